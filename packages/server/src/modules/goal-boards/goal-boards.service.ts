import { LockMode, UniqueConstraintViolationException, wrap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { generateJitteredKeyBetween, generateNKeysBetween } from 'fractional-indexing-jittered';
import { z } from 'zod';
import type { Realtime } from '../../events/realtime.js';
import { UserErrorCode } from '../../graphql/errors.js';
import { userError, validate, type UserError } from '../../graphql/relay/user-error.js';
import { globalId, idOfType } from '../../graphql/relay/node.js';
import type { Outcome } from '../accounts/accounts.service.js';
import { User } from '../accounts/user.entity.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';
import { ActionItem } from '../live-sessions/action-item.entity.js';
import type { LiveSessionsService } from '../live-sessions/live-sessions.service.js';
import { OPEN_MENTORSHIP_STATUSES } from '../mentorships/mentorship.types.js';
import { list, requiredText, shortText, calendarDate } from '../mentor-profiles/profile-rules.js';
import { BoardLane, GoalBoard } from './goal-board.entity.js';
import { Goal, Milestone } from './goal.entity.js';
import { BoardSnapshots, type BoardSnapshot } from './board-snapshot.js';

export const boardStream = (boardUuid: string): string => `board:${boardUuid}`;
export const DEFAULT_LANES = ['Not started', 'In progress', 'Done'];

const date = calendarDate();
const goalFields = {
  title: requiredText(200, 'a title'),
  description: shortText(4_000, 'the description'),
  whyItMatters: shortText(1_000, 'why it matters'),
  linkedSkills: list(requiredText(60, 'each skill'), 10, 'skills'),
  targetDate: date.nullable(),
  progressOverride: z.number().int().min(0, 'Progress goes from 0 to 100.').max(100, 'Progress goes from 0 to 100.').nullable(),
};
const createSchema = z.object({
  ...goalFields,
  description: goalFields.description.default(''),
  whyItMatters: goalFields.whyItMatters.default(''),
  linkedSkills: goalFields.linkedSkills.default([]),
  targetDate: goalFields.targetDate.optional(),
  progressOverride: goalFields.progressOverride.optional(),
  clientMutationId: z.string().trim().min(1, 'Send a client id to make retries safe.').max(100),
});
const updateSchema = z.object(goalFields).partial();

/** What a goal's events carry: enough for a client to apply the change without asking. */
export function goalSnapshot(goal: Goal, milestones?: Milestone[]) {
  return {
    goalId: goal.id,
    laneId: globalId('BoardLane', goal.lane.unwrap().uuid),
    position: goal.position,
    title: goal.title,
    description: goal.description,
    whyItMatters: goal.whyItMatters,
    linkedSkills: goal.linkedSkills,
    targetDate: goal.targetDate,
    ownerId: goal.owner ? globalId('User', goal.owner.unwrap().uuid) : null,
    progressOverride: goal.progressOverride,
    version: goal.version,
    archived: goal.archivedAt !== null,
    ...(milestones ? { milestones: milestones.map((m) => ({ milestoneId: m.id, title: m.title, done: m.done, dueOn: m.dueOn, position: m.position })) } : {}),
  };
}

/** `items` sorted into one list per key, in the order of `keys` (what a DataLoader batch returns). */
function groupBy<T>(keys: readonly string[], items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

export const byPosition = <T extends { position: string }>(a: T, b: T) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0);

/**
 * A sort key between two neighbours among `siblings` (sorted, without the
 * item being placed; either neighbour may be absent). If the neighbours moved
 * meanwhile and no longer bracket a gap, the item goes right after `after`.
 * Jitter keeps two simultaneous inserts apart. Cards in a lane and lanes on a
 * board are placed alike.
 */
export function keyBetweenNeighbours<T extends { id: string; position: string }>(
  siblings: readonly T[],
  afterId: string | null | undefined,
  beforeId: string | null | undefined,
  notFound: string,
): { position: string } | { userErrors: UserError[] } {
  const find = (id: string | null | undefined, field: string) => {
    if (!id) return { item: null };
    const item = siblings.find((sibling) => sibling.id === id);
    return item ? { item } : { error: userError(field, UserErrorCode.NOT_FOUND, notFound) };
  };
  const after = find(afterId, 'afterId');
  const before = find(beforeId, 'beforeId');
  const errors = [after.error, before.error].filter((error): error is UserError => Boolean(error));
  if (errors.length) return { userErrors: errors };
  const next = (key: string) => siblings.find((sibling) => sibling.position > key)?.position ?? null;
  const previous = (key: string) => [...siblings].reverse().find((sibling) => sibling.position < key)?.position ?? null;
  let lower: string | null;
  let upper: string | null;
  if (after.item && before.item && after.item.position < before.item.position) {
    [lower, upper] = [after.item.position, before.item.position];
  } else if (after.item) {
    [lower, upper] = [after.item.position, next(after.item.position)]; // also when the neighbours moved meanwhile
  } else if (before.item) {
    [lower, upper] = [previous(before.item.position), before.item.position];
  } else {
    [lower, upper] = [siblings.at(-1)?.position ?? null, null]; // at the end
  }
  return { position: generateJitteredKeyBetween(lower, upper) };
}

/**
 * The shared goal board: lanes, goals with milestones, moves by fractional
 * index, and version-checked edits. Every change is an event on the board's
 * stream in the same transaction.
 */
export class GoalBoardsService {
  /** Repeated board reads at one head share one read of the rows (see BoardSnapshot): hence every change appends a board event. */
  readonly snapshots: BoardSnapshots;

  constructor(private readonly deps: { realtime: Realtime; liveSessions: LiveSessionsService }) {
    this.snapshots = new BoardSnapshots(deps.realtime);
  }

  /** For batching (GoalBoardLoaders): the boards' stream heads, in one statement. */
  heads(boardUuids: readonly string[]): Promise<number[]> {
    return this.deps.realtime.heads(boardUuids.map(boardStream));
  }

  /** The board's lanes, goals, milestones and activity as of `head`, read before (see BoardSnapshot). */
  snapshot(em: EntityManager, board: GoalBoard, head: number): Promise<BoardSnapshot> {
    return this.snapshots.at(em, board, boardStream(board.uuid), head);
  }

  /** The board, if `userUuid` is one of its mentorship's two people and the mentorship is open. */
  async access(em: EntityManager, userUuid: string, boardUuid: string): Promise<GoalBoard | null> {
    const board = await em.findOne(GoalBoard, { uuid: boardUuid }, { populate: ['mentorship'] });
    const mentorship = board?.mentorship.getEntity();
    if (!board || !mentorship || !OPEN_MENTORSHIP_STATUSES.includes(mentorship.status)) return null;
    return [mentorship.mentor.unwrap().uuid, mentorship.mentee.unwrap().uuid].includes(userUuid) ? board : null;
  }

  /** The mentorship's board, created with the default lanes on first use. */
  async forMentorship(em: EntityManager, mentorship: Mentorship): Promise<GoalBoard> {
    const existing = await em.findOne(GoalBoard, { mentorship });
    if (existing) return existing;
    try {
      return await em.fork().transactional(async (tx) => {
        const board = tx.create(GoalBoard, { mentorship: mentorship.uuid });
        const positions = generateNKeysBetween(null, null, DEFAULT_LANES.length);
        DEFAULT_LANES.forEach((name, index) => tx.create(BoardLane, { board, name, position: positions[index]! }));
        return board;
      }).then((board) => em.findOneOrFail(GoalBoard, { uuid: board.uuid }));
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) return em.findOneOrFail(GoalBoard, { mentorship }); // created by the other person just now
      throw error;
    }
  }

  lanes(em: EntityManager, board: GoalBoard): Promise<BoardLane[]> {
    return em.find(BoardLane, { board }).then((lanes) => lanes.sort(byPosition));
  }

  goalsInLane(em: EntityManager, lane: BoardLane): Promise<Goal[]> {
    return em.find(Goal, { lane, archivedAt: null }).then((goals) => goals.sort(byPosition));
  }

  archivedGoals(em: EntityManager, board: GoalBoard): Promise<Goal[]> {
    return em.find(Goal, { board, archivedAt: { $ne: null } }, { orderBy: { archivedAt: 'desc' } });
  }

  milestones(em: EntityManager, goal: Goal): Promise<Milestone[]> {
    return em.find(Milestone, { goal }).then((milestones) => milestones.sort(byPosition));
  }

  /** For batching (GoalBoardLoaders): the live goals of each lane, in order, in one statement. */
  async goalsInLanes(em: EntityManager, laneUuids: readonly string[]): Promise<Goal[][]> {
    const goals = await em.find(Goal, { lane: { $in: [...new Set(laneUuids)] }, archivedAt: null });
    return groupBy(laneUuids, goals.sort(byPosition), (goal) => goal.lane.unwrap().uuid);
  }

  /** For batching (GoalBoardLoaders): each goal's milestones, in order, in one statement. */
  async milestonesOfGoals(em: EntityManager, goalUuids: readonly string[]): Promise<Milestone[][]> {
    const milestones = await em.find(Milestone, { goal: { $in: [...new Set(goalUuids)] } });
    return groupBy(goalUuids, milestones.sort(byPosition), (milestone) => milestone.goal.unwrap().uuid);
  }

  /**
   * For batching (GoalBoardLoaders): owners. Owners are one of the pair, whom a
   * request has mostly loaded already (the viewer; the board query's mentor and
   * mentee): those come from its identity map, the rest in one statement.
   */
  async users(em: EntityManager, userUuids: readonly string[]): Promise<(User | null)[]> {
    const loaded = (uuid: string) => {
      const user = em.getUnitOfWork().getById<User>(User.name, uuid);
      return user && wrap(user).isInitialized() ? user : null; // not a bare reference (a goal's `owner` is one)
    };
    const missing = [...new Set(userUuids)].filter((uuid) => !loaded(uuid));
    if (missing.length) await em.find(User, { uuid: { $in: missing } });
    return userUuids.map(loaded);
  }

  /** From its milestones unless set by hand. */
  progress(goal: Goal, milestones: readonly Milestone[]): { percent: number; manual: boolean } {
    if (goal.progressOverride !== null) return { percent: goal.progressOverride, manual: true };
    const done = milestones.filter((milestone) => milestone.done).length;
    return { percent: milestones.length ? Math.round((done / milestones.length) * 100) : 0, manual: false };
  }

  private async boardById(em: EntityManager, user: User, boardId: string): Promise<GoalBoard | null> {
    const uuid = idOfType(boardId, 'GoalBoard');
    return uuid ? this.access(em, user.uuid, uuid) : null;
  }

  /** A goal on a board the user may edit, locked for the rest of the transaction when `lock`. */
  private async goalById(em: EntityManager, user: User, goalId: string, lock = false): Promise<{ goal: Goal; board: GoalBoard } | null> {
    const uuid = idOfType(goalId, 'Goal');
    const goal = uuid ? await em.findOne(Goal, { uuid }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) : null;
    const board = goal ? await this.access(em, user.uuid, goal.board.unwrap().uuid) : null;
    return goal && board ? { goal, board } : null;
  }

  private async laneOf(em: EntityManager, board: GoalBoard, laneId: string): Promise<BoardLane | null> {
    const uuid = idOfType(laneId, 'BoardLane');
    return uuid ? em.findOne(BoardLane, { uuid, board }) : null;
  }

  /** `undefined` when the id is not one of the pair; `null` for nobody. */
  private async memberUuid(em: EntityManager, board: GoalBoard, userId: string | null | undefined): Promise<string | null | undefined> {
    if (!userId) return null;
    const uuid = idOfType(userId, 'User');
    const mentorship = await em.findOneOrFail(Mentorship, { uuid: board.mentorship.unwrap().uuid });
    return uuid && [mentorship.mentor.unwrap().uuid, mentorship.mentee.unwrap().uuid].includes(uuid) ? uuid : undefined;
  }

  /** A sort key for a card between two neighbours in a lane (see `keyBetweenNeighbours`). */
  private async positionIn(
    em: EntityManager,
    lane: BoardLane,
    moving: Goal | null,
    afterId?: string | null,
    beforeId?: string | null,
  ): Promise<{ position: string } | { userErrors: UserError[] }> {
    const siblings = (await this.goalsInLane(em, lane)).filter((goal) => goal.uuid !== moving?.uuid);
    return keyBetweenNeighbours(siblings, afterId, beforeId, 'Place it next to a card in the same lane of this board.');
  }

  async createGoal(
    em: EntityManager,
    user: User,
    input: { boardId: string; laneId: string; ownerId?: string | null; afterId?: string | null; beforeId?: string | null } & Record<string, unknown>,
  ): Promise<Outcome<Goal>> {
    const valid = validate(createSchema, input);
    if (!valid.ok) return valid;
    const board = await this.boardById(em, user, input.boardId);
    if (!board) return { ok: false, userErrors: [userError('boardId', UserErrorCode.NOT_FOUND, 'No such board of yours.')] };
    const retried = await em.findOne(Goal, { board, clientMutationId: valid.value.clientMutationId });
    if (retried) return { ok: true, value: retried };
    const lane = await this.laneOf(em, board, input.laneId);
    if (!lane) return { ok: false, userErrors: [userError('laneId', UserErrorCode.NOT_FOUND, 'No such lane on this board.')] };
    const owner = await this.memberUuid(em, board, input.ownerId);
    if (owner === undefined) return { ok: false, userErrors: [userError('ownerId', UserErrorCode.NOT_FOUND, 'The owner is one of the two of you.')] };
    const placed = await this.positionIn(em, lane, null, input.afterId, input.beforeId);
    if ('userErrors' in placed) return { ok: false, userErrors: placed.userErrors };
    try {
      const goal = await em.transactional(async (tx) => {
        const created = tx.create(Goal, { ...valid.value, board: board.uuid, lane: lane.uuid, owner: owner ?? null, position: placed.position });
        await tx.flush();
        await this.append(tx, board, 'goal.created', user, goalSnapshot(created, []));
        return created;
      });
      return { ok: true, value: goal };
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      return { ok: true, value: await em.fork().findOneOrFail(Goal, { board: board.uuid, clientMutationId: valid.value.clientMutationId }) };
    }
  }

  /** Edits a goal's content if nobody changed it since `expectedVersion`; otherwise CONFLICT with the goal as it now is. */
  async updateGoal(
    em: EntityManager,
    user: User,
    input: { id: string; expectedVersion: number; ownerId?: string | null } & Record<string, unknown>,
  ): Promise<{ goal: Goal | null; userErrors: UserError[] }> {
    const { id, expectedVersion, ownerId, ...fields } = input;
    const changes = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    const valid = validate(updateSchema, changes);
    if (!valid.ok) return { goal: null, userErrors: valid.userErrors };
    return em.transactional(async (tx) => {
      const found = await this.goalById(tx, user, id, true);
      if (!found) return { goal: null, userErrors: [userError('id', UserErrorCode.NOT_FOUND, 'No such goal on your boards.')] };
      const { goal, board } = found;
      if (goal.version !== expectedVersion) {
        return {
          goal,
          userErrors: [userError('expectedVersion', UserErrorCode.CONFLICT, `Someone changed this goal since version ${expectedVersion}; it is at version ${goal.version}.`)],
        };
      }
      if (ownerId !== undefined) {
        const owner = await this.memberUuid(tx, board, ownerId);
        if (owner === undefined) return { goal: null, userErrors: [userError('ownerId', UserErrorCode.NOT_FOUND, 'The owner is one of the two of you.')] };
        goal.owner = owner ? tx.getReference(User, owner, { wrapped: true }) : null;
      }
      Object.assign(goal, valid.value);
      goal.version += 1;
      await tx.flush();
      await this.append(tx, board, 'goal.updated', user, goalSnapshot(goal));
      return { goal, userErrors: [] };
    });
  }

  async moveGoal(
    em: EntityManager,
    user: User,
    input: { id: string; laneId: string; afterId?: string | null; beforeId?: string | null },
  ): Promise<Outcome<Goal>> {
    return em.transactional(async (tx) => {
      const found = await this.goalById(tx, user, input.id, true);
      if (!found) return { ok: false as const, userErrors: [userError('id', UserErrorCode.NOT_FOUND, 'No such goal on your boards.')] };
      const { goal, board } = found;
      const lane = await this.laneOf(tx, board, input.laneId);
      if (!lane) return { ok: false as const, userErrors: [userError('laneId', UserErrorCode.NOT_FOUND, 'No such lane on this board.')] };
      const placed = await this.positionIn(tx, lane, goal, input.afterId, input.beforeId);
      if ('userErrors' in placed) return { ok: false as const, userErrors: placed.userErrors };
      const fromLane = await tx.findOneOrFail(BoardLane, { uuid: goal.lane.unwrap().uuid });
      goal.lane = tx.getReference(BoardLane, lane.uuid, { wrapped: true });
      goal.position = placed.position;
      await tx.flush();
      await this.append(tx, board, 'goal.moved', user, { goalId: goal.id, title: goal.title, laneId: lane.id, laneName: lane.name, fromLaneName: fromLane.name, position: goal.position });
      return { ok: true as const, value: goal };
    });
  }

  async setArchived(em: EntityManager, user: User, goalId: string, archived: boolean): Promise<Outcome<Goal>> {
    const found = await this.goalById(em, user, goalId);
    if (!found) return { ok: false, userErrors: [userError('id', UserErrorCode.NOT_FOUND, 'No such goal on your boards.')] };
    const { goal, board } = found;
    goal.archivedAt = archived ? (goal.archivedAt ?? new Date()) : null;
    await em.transactional(async (tx) => {
      await tx.flush();
      await this.append(tx, board, archived ? 'goal.archived' : 'goal.restored', user, { goalId: goal.id, title: goal.title });
    });
    return { ok: true, value: goal };
  }

  async addMilestone(em: EntityManager, user: User, input: { goalId: string; title: string; dueOn?: string | null }): Promise<Outcome<Milestone>> {
    const valid = validate(z.object({ title: requiredText(200, 'a title'), dueOn: date.nullish() }), input);
    if (!valid.ok) return valid;
    const found = await this.goalById(em, user, input.goalId);
    if (!found) return { ok: false, userErrors: [userError('goalId', UserErrorCode.NOT_FOUND, 'No such goal on your boards.')] };
    const existing = await this.milestones(em, found.goal);
    const milestone = await em.transactional(async (tx) => {
      const created = tx.create(Milestone, { goal: found.goal.uuid, title: valid.value.title, dueOn: valid.value.dueOn ?? null, position: generateJitteredKeyBetween(existing.at(-1)?.position ?? null, null) });
      await tx.flush();
      await this.append(tx, found.board, 'milestone.added', user, { goalId: found.goal.id, goalTitle: found.goal.title, milestoneId: created.id, title: created.title, dueOn: created.dueOn, done: false, position: created.position });
      return created;
    });
    return { ok: true, value: milestone };
  }

  /**
   * Makes a session's action item a milestone of a goal on the same
   * mentorship's board (its title and due date), with an event on the board's
   * stream and one on the room's, in one transaction. Once per action item:
   * asking again for the same goal returns that milestone (a safe retry).
   */
  async convertActionItem(em: EntityManager, user: User, input: { actionItemId: string; goalId: string }): Promise<Outcome<Milestone>> {
    const itemUuid = idOfType(input.actionItemId, 'ActionItem');
    const item = itemUuid ? await em.findOne(ActionItem, { uuid: itemUuid }) : null;
    const session = item ? await this.deps.liveSessions.access(em, user.uuid, item.session.unwrap().uuid) : null;
    if (!item || !session) return { ok: false, userErrors: [userError('actionItemId', UserErrorCode.NOT_FOUND, 'No such action item of yours.')] };
    const found = await this.goalById(em, user, input.goalId);
    if (!found || found.board.mentorship.unwrap().uuid !== session.mentorship.unwrap().uuid) {
      return { ok: false, userErrors: [userError('goalId', UserErrorCode.NOT_FOUND, 'Choose a goal on the board of this session\'s mentorship.')] };
    }
    const { goal, board } = found;
    if (goal.archivedAt) return { ok: false, userErrors: [userError('goalId', UserErrorCode.INVALID_STATE, 'That goal is archived; restore it first.')] };
    const already = async (manager: EntityManager): Promise<Outcome<Milestone> | null> => {
      const existing = await manager.findOne(Milestone, { fromActionItem: item.uuid });
      if (!existing) return null;
      return existing.goal.unwrap().uuid === goal.uuid
        ? { ok: true, value: existing }
        : { ok: false, userErrors: [userError('actionItemId', UserErrorCode.DUPLICATE, 'It is a milestone of another goal already.')] };
    };
    const earlier = await already(em);
    if (earlier) return earlier;
    try {
      const milestone = await em.transactional(async (tx) => {
        const last = (await this.milestones(tx, goal)).at(-1);
        const created = tx.create(Milestone, {
          goal: goal.uuid,
          title: item.title,
          dueOn: item.dueOn,
          position: generateJitteredKeyBetween(last?.position ?? null, null),
          fromActionItem: item.uuid,
        });
        await tx.flush();
        await this.append(tx, board, 'milestone.added', user, {
          goalId: goal.id, goalTitle: goal.title, milestoneId: created.id, title: created.title, dueOn: created.dueOn, done: false, position: created.position, fromActionItemId: item.id,
        });
        await this.deps.liveSessions.append(tx, session, 'action_item.converted', user, {
          actionItemId: item.id, milestoneId: created.id, goalId: goal.id, goalTitle: goal.title, title: created.title,
        });
        return created;
      });
      return { ok: true, value: milestone };
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      return (await already(em.fork())) ?? { ok: false, userErrors: [userError('actionItemId', UserErrorCode.DUPLICATE, 'It is a milestone already.')] };
    }
  }

  async updateMilestone(
    em: EntityManager,
    user: User,
    input: { milestoneId: string; title?: string | null; dueOn?: string | null; done?: boolean | null; remove?: boolean | null },
  ): Promise<Outcome<Milestone>> {
    const uuid = idOfType(input.milestoneId, 'Milestone');
    const milestone = uuid ? await em.findOne(Milestone, { uuid }, { populate: ['goal'] }) : null;
    const board = milestone ? await this.access(em, user.uuid, milestone.goal.getEntity().board.unwrap().uuid) : null;
    if (!milestone || !board) return { ok: false, userErrors: [userError('milestoneId', UserErrorCode.NOT_FOUND, 'No such milestone on your boards.')] };
    const valid = validate(z.object({ title: requiredText(200, 'a title').nullish(), dueOn: date.nullish() }), input);
    if (!valid.ok) return valid;
    if (valid.value.title) milestone.title = valid.value.title;
    if (input.dueOn !== undefined) milestone.dueOn = valid.value.dueOn ?? null;
    if (input.done != null) milestone.done = input.done;
    const goal = milestone.goal.getEntity();
    await em.transactional(async (tx) => {
      if (input.remove) tx.remove(tx.getReference(Milestone, milestone.uuid));
      await tx.flush();
      await this.append(tx, board, input.remove ? 'milestone.removed' : 'milestone.updated', user, {
        goalId: goal.id,
        goalTitle: goal.title,
        milestoneId: milestone.id,
        title: milestone.title,
        dueOn: milestone.dueOn,
        done: milestone.done,
      });
    });
    return { ok: true, value: milestone };
  }

  async renameLane(em: EntityManager, user: User, input: { laneId: string; name: string }): Promise<Outcome<BoardLane>> {
    const valid = validate(z.object({ name: requiredText(40, 'a name') }), input);
    if (!valid.ok) return valid;
    const uuid = idOfType(input.laneId, 'BoardLane');
    const lane = uuid ? await em.findOne(BoardLane, { uuid }) : null;
    const board = lane ? await this.access(em, user.uuid, lane.board.unwrap().uuid) : null;
    if (!lane || !board) return { ok: false, userErrors: [userError('laneId', UserErrorCode.NOT_FOUND, 'No such lane on your boards.')] };
    lane.name = valid.value.name;
    await em.transactional(async (tx) => {
      await tx.flush();
      await this.append(tx, board, 'lane.renamed', user, { laneId: lane.id, name: lane.name });
    });
    return { ok: true, value: lane };
  }

  /**
   * Puts a lane between two of its board's lanes (or at the end), by a
   * fractional index like cards: two people reordering lanes at once both
   * succeed and end up seeing one order.
   */
  async moveLane(em: EntityManager, user: User, input: { laneId: string; afterId?: string | null; beforeId?: string | null }): Promise<Outcome<BoardLane>> {
    return em.transactional(async (tx) => {
      const uuid = idOfType(input.laneId, 'BoardLane');
      const lane = uuid ? await tx.findOne(BoardLane, { uuid }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      const board = lane ? await this.access(tx, user.uuid, lane.board.unwrap().uuid) : null;
      if (!lane || !board) return { ok: false as const, userErrors: [userError('laneId', UserErrorCode.NOT_FOUND, 'No such lane on your boards.')] };
      const siblings = (await this.lanes(tx, board)).filter((other) => other.uuid !== lane.uuid);
      const placed = keyBetweenNeighbours(siblings, input.afterId, input.beforeId, 'Place it next to a lane of the same board.');
      if ('userErrors' in placed) return { ok: false as const, userErrors: placed.userErrors };
      lane.position = placed.position;
      await tx.flush();
      await this.append(tx, board, 'lane.moved', user, { laneId: lane.id, name: lane.name, position: lane.position });
      return { ok: true as const, value: lane };
    });
  }

  /**
   * "I am on the board, editing this goal (or not)": an ephemeral `presence`
   * signal on the board's stream for the partner, never stored. Clients send
   * it on changes and as a heartbeat, and drop what is not renewed.
   */
  async signalActivity(
    em: EntityManager,
    user: User,
    input: { boardId: string; goalId?: string | null; editing: boolean; status: string },
  ): Promise<UserError[]> {
    const board = await this.boardById(em, user, input.boardId);
    if (!board) return [userError('boardId', UserErrorCode.NOT_FOUND, 'No such board of yours.')];
    let goalId: string | null = null;
    if (input.goalId) {
      const uuid = idOfType(input.goalId, 'Goal');
      const goal = uuid ? await em.findOne(Goal, { uuid, board }) : null;
      if (!goal) return [userError('goalId', UserErrorCode.NOT_FOUND, 'No such goal on this board.')];
      goalId = goal.id;
    } else if (input.editing) {
      return [userError('goalId', UserErrorCode.REQUIRED, 'Say which goal you are editing.')];
    }
    this.deps.realtime.signal(
      boardStream(board.uuid),
      'presence',
      { userId: user.id, displayName: user.displayName, status: input.status, goalId, editing: input.editing },
      user.uuid,
    );
    return [];
  }

  append(tx: EntityManager, board: GoalBoard, type: string, actor: User, payload: Record<string, unknown>) {
    return this.deps.realtime.append(tx, boardStream(board.uuid), type, { ...payload, actorName: actor.displayName }, actor.uuid);
  }
}
