import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app.js';
import { createMentee, createMentor, matchPair, type Person } from '../../testing/mentoring.js';
import { LiveCollector, wsClientFor } from '../../testing/ws-client.js';
import { idOfType } from '../../graphql/relay/node.js';
import { Goal, Milestone } from './goal.entity.js';
import { User } from '../accounts/user.entity.js';
import { BoardLane, GoalBoard } from './goal-board.entity.js';

const server = useTestApp();

const BOARD = `query($id: ID!) { node(id: $id) { ... on Mentorship { goalBoard {
  id head lanes { id name goals { id title version position progress { percent manual } milestones { title done } } }
  activity { sentence }
} } } }`;
const CREATE = `mutation($input: CreateGoalInput!) { createGoal(input: $input) { goal { id title version laneId } userErrors { field code } } }`;
const UPDATE = `mutation($input: UpdateGoalInput!) { updateGoal(input: $input) { goal { title version description } userErrors { field code } } }`;
const MOVE = `mutation($input: MoveGoalInput!) { moveGoal(input: $input) { goal { id laneId position } userErrors { field code } } }`;
const MOVE_LANE = `mutation($input: MoveLaneInput!) { moveLane(input: $input) { lane { id name position } userErrors { field code } } }`;
const SIGNAL = `mutation($input: SignalBoardActivityInput!) { signalBoardActivity(input: $input) { ok userErrors { field code } } }`;
const CONVERT = `mutation($input: ConvertActionItemToMilestoneInput!) {
  convertActionItemToMilestone(input: $input) { milestone { id title dueOn done goal { id title } } userErrors { field code } }
}`;
const BOARD_EVENTS = `subscription($boardId: ID!, $after: Int) { boardEvents(boardId: $boardId, after: $after) { seq type payload actorId ephemeral } }`;
const UNKNOWN_LANE = 'Qm9hcmRMYW5lOjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA==';

type Lane = { id: string; name: string; goals: { id: string; title: string; version: number; position: string }[] };
type Board = { id: string; head: number; lanes: Lane[]; activity: { sentence: string }[] };

async function pairWithBoard(): Promise<{ mentor: Person; mentee: Person; mentorshipId: string; board: Board }> {
  const [mentor, mentee] = await Promise.all([createMentor(server.app, 'Mentor'), createMentee(server.app, 'Ana')]);
  const mentorshipId = await matchPair(mentee, mentor);
  // Both open the board at once: one board is created.
  const [a, b] = await Promise.all([mentor.client.data(BOARD, { id: mentorshipId }), mentee.client.data(BOARD, { id: mentorshipId })]);
  expect(a.node.goalBoard.id).toBe(b.node.goalBoard.id);
  return { mentor, mentee, mentorshipId, board: a.node.goalBoard };
}

const board = async (person: Person, mentorshipId: string): Promise<Board> => (await person.client.data(BOARD, { id: mentorshipId })).node.goalBoard;
const titles = (lane: Lane) => lane.goals.map((goal) => goal.title);

async function addGoal(person: Person, b: Board, laneIndex: number, title: string): Promise<string> {
  const { createGoal } = await person.client.data(CREATE, { input: { boardId: b.id, laneId: b.lanes[laneIndex]!.id, title, clientMutationId: randomUUID() } });
  expect(createGoal.userErrors).toEqual([]);
  return createGoal.goal.id;
}

describe('the goal board', () => {
  it('starts with three lanes and takes goals idempotently', async () => {
    const { mentee, mentorshipId, board: b } = await pairWithBoard();
    expect(b.lanes.map((lane) => lane.name)).toEqual(['Not started', 'In progress', 'Done']);
    const input = { boardId: b.id, laneId: b.lanes[0]!.id, title: 'Lead a design review', clientMutationId: randomUUID() };
    const created = await Promise.all([1, 2, 3].map(() => mentee.client.data(CREATE, { input })));
    expect(new Set(created.map((c) => c.createGoal.goal.id)).size).toBe(1);
    expect(titles((await board(mentee, mentorshipId)).lanes[0]!)).toEqual(['Lead a design review']);
  });

  it.each([
    ['an unknown lane', { laneId: 'Qm9hcmRMYW5lOjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA==' }, ['laneId'], 'NOT_FOUND'],
    ['an empty title', { title: ' ' }, ['title'], 'REQUIRED'],
    ['a malformed target date', { targetDate: 'soon' }, ['targetDate'], 'INVALID'],
  ])('refuses %s and changes nothing', async (_, change, field, code) => {
    const { mentee, board: b } = await pairWithBoard();
    const before = await server.app.orm.em.fork().count(Goal, {});
    const { createGoal } = await mentee.client.data(CREATE, { input: { boardId: b.id, laneId: b.lanes[0]!.id, title: 'Goal', clientMutationId: randomUUID(), ...change } });
    expect(createGoal).toMatchObject({ goal: null, userErrors: [{ field, code }] });
    expect(await server.app.orm.em.fork().count(Goal, {})).toBe(before);
  });

  it('refuses an edit from a stale version with CONFLICT, carrying the other person\'s change', async () => {
    const { mentor, mentee, board: b } = await pairWithBoard();
    const id = await addGoal(mentee, b, 0, 'Speak up in meetings');
    const first = await mentor.client.data(UPDATE, { input: { id, expectedVersion: 1, description: 'Once a week' } });
    expect(first.updateGoal.goal).toEqual({ title: 'Speak up in meetings', version: 2, description: 'Once a week' });
    const late = await mentee.client.data(UPDATE, { input: { id, expectedVersion: 1, title: 'Speak up more' } });
    expect(late.updateGoal).toEqual({
      goal: { title: 'Speak up in meetings', version: 2, description: 'Once a week' },
      userErrors: [{ field: ['expectedVersion'], code: 'CONFLICT' }],
    });
  });

  it('moves cards between neighbours, and refuses a neighbour from another board', async () => {
    const { mentee, mentorshipId, board: b } = await pairWithBoard();
    const [one, two, three] = [await addGoal(mentee, b, 0, 'One'), await addGoal(mentee, b, 0, 'Two'), await addGoal(mentee, b, 0, 'Three')];
    await mentee.client.data(MOVE, { input: { id: three, laneId: b.lanes[0]!.id, afterId: one, beforeId: two } });
    expect(titles((await board(mentee, mentorshipId)).lanes[0]!)).toEqual(['One', 'Three', 'Two']);
    await mentee.client.data(MOVE, { input: { id: one, laneId: b.lanes[2]!.id } });
    const after = await board(mentee, mentorshipId);
    expect([titles(after.lanes[0]!), titles(after.lanes[2]!)]).toEqual([['Three', 'Two'], ['One']]);
    expect(after.activity[0]!.sentence).toBe('Ana moved “One” to Done');

    const other = await pairWithBoard();
    const foreign = await addGoal(other.mentee, other.board, 0, 'Elsewhere');
    const { moveGoal } = await mentee.client.data(MOVE, { input: { id: two, laneId: b.lanes[0]!.id, afterId: foreign } });
    expect(moveGoal.userErrors).toEqual([{ field: ['afterId'], code: 'NOT_FOUND' }]);
  });

  it('lets two people move cards at the same moment; both succeed and see one order', async () => {
    const { mentor, mentee, mentorshipId, board: b } = await pairWithBoard();
    const ids: string[] = [];
    for (const title of ['A', 'B', 'C', 'D']) ids.push(await addGoal(mentee, b, 1, title));
    // Both drop a card right after A at once.
    const [fromMentor, fromMentee] = await Promise.all([
      mentor.client.data(MOVE, { input: { id: ids[3], laneId: b.lanes[1]!.id, afterId: ids[0] } }),
      mentee.client.data(MOVE, { input: { id: ids[2], laneId: b.lanes[1]!.id, afterId: ids[0] } }),
    ]);
    expect([fromMentor.moveGoal.userErrors, fromMentee.moveGoal.userErrors]).toEqual([[], []]);
    const [seenByMentor, seenByMentee] = await Promise.all([board(mentor, mentorshipId), board(mentee, mentorshipId)]);
    expect(titles(seenByMentor.lanes[1]!)).toEqual(titles(seenByMentee.lanes[1]!));
    expect(titles(seenByMentor.lanes[1]!)[0]).toBe('A');
    expect(new Set(seenByMentor.lanes[1]!.goals.map((goal) => goal.position)).size).toBe(4);
  });

  it('derives progress from milestones unless set by hand', async () => {
    const { mentee, mentorshipId, board: b } = await pairWithBoard();
    const id = await addGoal(mentee, b, 1, 'Ship a side project');
    const ADD = `mutation($input: AddMilestoneInput!) { addMilestone(input: $input) { milestone { id } } }`;
    const m1 = (await mentee.client.data(ADD, { input: { goalId: id, title: 'Pick an idea' } })).addMilestone.milestone.id;
    await mentee.client.data(ADD, { input: { goalId: id, title: 'Launch' } });
    await mentee.client.data(`mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { milestone { done } } }`, { input: { milestoneId: m1, done: true } });
    const goal = (await board(mentee, mentorshipId)).lanes[1]!.goals[0] as unknown as { progress: unknown; milestones: unknown };
    expect(goal).toMatchObject({ progress: { percent: 50, manual: false }, milestones: [{ title: 'Pick an idea', done: true }, { title: 'Launch', done: false }] });
    const outOfRange = await mentee.client.data(UPDATE, { input: { id, expectedVersion: 1, progressOverride: 150 } });
    expect(outOfRange.updateGoal.userErrors).toEqual([{ field: ['progressOverride'], code: 'OUT_OF_RANGE' }]);
    await mentee.client.data(UPDATE, { input: { id, expectedVersion: 1, progressOverride: 80 } });
    expect(((await board(mentee, mentorshipId)).lanes[1]!.goals[0] as unknown as { progress: unknown }).progress).toEqual({ percent: 80, manual: true });
  });

  it('streams every change to both people, in order', async () => {
    const { mentor, mentee, board: b } = await pairWithBoard();
    const SUB = `subscription($boardId: ID!, $after: Int) { boardEvents(boardId: $boardId, after: $after) { seq type payload ephemeral } }`;
    const watching = new LiveCollector(wsClientFor(server.app, mentor.client), SUB, { boardId: b.id, after: 0 }, 'boardEvents');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const id = await addGoal(mentee, b, 0, 'Live goal');
    await mentee.client.data(MOVE, { input: { id, laneId: b.lanes[1]!.id } });
    await expect.poll(() => watching.stored.map((event) => [event.seq, event.type])).toEqual([[1, 'goal.created'], [2, 'goal.moved']]);
    expect(watching.stored[1]!.payload).toMatchObject({ goalId: id, laneId: b.lanes[1]!.id, actorName: 'Ana' });
    await watching.close();
    expect(await server.app.orm.em.fork().count(GoalBoard, {})).toBeGreaterThan(0);
  });

  it('reorders lanes between neighbours, for both people, and refuses lanes of another board', async () => {
    const { mentor, mentee, mentorshipId, board: b } = await pairWithBoard();
    const [notStarted, inProgress, done] = b.lanes.map((lane) => lane.id);
    const { moveLane } = await mentee.client.data(MOVE_LANE, { input: { laneId: done, beforeId: notStarted } });
    expect(moveLane).toMatchObject({ lane: { id: done, name: 'Done' }, userErrors: [] });
    await mentor.client.data(MOVE_LANE, { input: { laneId: inProgress, afterId: done, beforeId: notStarted } });
    const seen = await board(mentor, mentorshipId);
    expect(seen.lanes.map((lane) => lane.name)).toEqual(['Done', 'In progress', 'Not started']);
    expect(seen.activity.map((item) => item.sentence).slice(0, 2)).toEqual(['Mentor moved the lane In progress', 'Ana moved the lane Done']);
    // Last, with no neighbours named.
    await mentee.client.data(MOVE_LANE, { input: { laneId: done } });
    expect((await board(mentee, mentorshipId)).lanes.map((lane) => lane.name)).toEqual(['In progress', 'Not started', 'Done']);

    const other = await pairWithBoard();
    const positions = async () => (await server.app.orm.em.fork().find(BoardLane, {}, { orderBy: { uuid: 'asc' } })).map((lane) => lane.position);
    const before = await positions();
    for (const [input, field] of [
      [{ laneId: UNKNOWN_LANE }, 'laneId'],
      [{ laneId: 'not an id' }, 'laneId'],
      [{ laneId: notStarted, afterId: other.board.lanes[0]!.id }, 'afterId'],
      [{ laneId: notStarted, beforeId: other.board.lanes[1]!.id }, 'beforeId'],
      [{ laneId: notStarted, afterId: notStarted }, 'afterId'],
    ] as const) {
      const result = await mentee.client.data(MOVE_LANE, { input });
      expect(result.moveLane, JSON.stringify(input)).toEqual({ lane: null, userErrors: [{ field: [field], code: 'NOT_FOUND' }] });
    }
    // Someone else's lane, even with neighbours from their own board.
    const stranger = await other.mentee.client.data(MOVE_LANE, { input: { laneId: notStarted, afterId: other.board.lanes[0]!.id } });
    expect(stranger.moveLane).toEqual({ lane: null, userErrors: [{ field: ['laneId'], code: 'NOT_FOUND' }] });
    expect(await positions()).toEqual(before);
  });

  it("streams lane moves, and who is on the board editing which goal as ephemeral presence, never stored", async () => {
    const { mentor, mentee, mentorshipId, board: b } = await pairWithBoard();
    const goalId = await addGoal(mentee, b, 0, 'Mentor a junior');
    const watching = new LiveCollector(wsClientFor(server.app, mentor.client), BOARD_EVENTS, { boardId: b.id, after: 0 }, 'boardEvents');
    try {
      // A stored event arriving proves the live subscription is in place (signals are never replayed).
      await expect.poll(() => watching.stored.map((event) => event.type)).toEqual(['goal.created']);
      await mentee.client.data(MOVE_LANE, { input: { laneId: b.lanes[2]!.id, beforeId: b.lanes[0]!.id } });
      await expect.poll(() => watching.stored.map((event) => event.type)).toEqual(['goal.created', 'lane.moved']);
      expect(watching.stored[1]!.payload).toMatchObject({ laneId: b.lanes[2]!.id, name: 'Done', actorName: 'Ana' });

      // Bad signals are refused and nothing goes out.
      const other = await pairWithBoard();
      const foreignGoal = await addGoal(other.mentee, other.board, 0, 'Elsewhere');
      const refused = [
        [mentee, { boardId: b.id, goalId: foreignGoal, editing: true }, 'goalId', 'NOT_FOUND'],
        [mentee, { boardId: b.id, editing: true }, 'goalId', 'REQUIRED'],
        [mentee, { boardId: other.board.id, editing: false }, 'boardId', 'NOT_FOUND'],
        [other.mentee, { boardId: b.id, goalId, editing: true }, 'boardId', 'NOT_FOUND'],
      ] as const;
      for (const [who, input, field, code] of refused) {
        const { signalBoardActivity } = await who.client.data(SIGNAL, { input });
        expect(signalBoardActivity, JSON.stringify(input)).toEqual({ ok: false, userErrors: [{ field: [field], code }] });
      }

      const { signalBoardActivity } = await mentee.client.data(SIGNAL, { input: { boardId: b.id, goalId, editing: true } });
      expect(signalBoardActivity).toEqual({ ok: true, userErrors: [] });
      await mentee.client.data(SIGNAL, { input: { boardId: b.id, status: 'OFFLINE' } });
      await expect.poll(() => watching.events.filter((event) => event.ephemeral).length).toBe(2);
      const signals = watching.events.filter((event) => event.ephemeral) as (typeof watching.events[number] & { actorId: string })[];
      expect(signals.map(({ seq, type, payload, actorId }) => ({ seq, type, payload, actorId }))).toEqual([
        { seq: null, type: 'presence', actorId: mentee.userId, payload: { userId: mentee.userId, displayName: 'Ana', status: 'ONLINE', goalId, editing: true } },
        { seq: null, type: 'presence', actorId: mentee.userId, payload: { userId: mentee.userId, displayName: 'Ana', status: 'OFFLINE', goalId: null, editing: false } },
      ]);
      // Never stored: the stream's head did not move.
      expect((await board(mentor, mentorshipId)).head).toBe(2);
    } finally {
      await watching.close();
    }
  });

  it('makes a session action item a milestone of a goal on the same board, once, with an event on both streams', async () => {
    const { mentor, mentee, mentorshipId, board: b } = await pairWithBoard();
    const goalId = await addGoal(mentee, b, 1, 'Lead a design review');
    const secondGoal = await addGoal(mentee, b, 1, 'Write it up');
    const { startLiveSession } = await mentor.client.data(`mutation($m: ID!) { startLiveSession(input: { mentorshipId: $m, title: "Weekly" }) { session { id head } } }`, {
      m: mentorshipId,
    });
    const sessionId = startLiveSession.session.id;
    const { createActionItem } = await mentor.client.data(
      `mutation($s: ID!) { createActionItem(input: { sessionId: $s, title: "Book a room for the review", dueOn: "2027-03-01" }) { actionItem { id } } }`,
      { s: sessionId },
    );
    const actionItemId = createActionItem.actionItem.id;
    const heads = async () => {
      const { node } = await mentor.client.data(`query($s: ID!) { node(id: $s) { ... on LiveSession { head mentorship { goalBoard { head } } } } }`, { s: sessionId });
      return { session: node.head, board: node.mentorship.goalBoard.head };
    };
    const start = await heads();

    // Bad input first: nothing is created and no event is appended.
    const other = await pairWithBoard();
    const foreignGoal = await addGoal(other.mentee, other.board, 0, 'Elsewhere');
    const { createActionItem: foreignItem } = await other.mentor.client.data(
      `mutation($m: ID!) { startLiveSession(input: { mentorshipId: $m, title: "Theirs" }) { session { id } } }`,
      { m: other.mentorshipId },
    ).then(({ startLiveSession: s }) =>
      other.mentor.client.data(`mutation($s: ID!) { createActionItem(input: { sessionId: $s, title: "Their task" }) { actionItem { id } } }`, { s: s.session.id }),
    );
    const milestonesBefore = await server.app.orm.em.fork().count(Milestone, {});
    for (const [who, input, field, code] of [
      [mentee, { actionItemId, goalId: foreignGoal }, 'goalId', 'NOT_FOUND'],
      [mentee, { actionItemId, goalId: 'garbage' }, 'goalId', 'NOT_FOUND'],
      [mentee, { actionItemId: foreignItem.actionItem.id, goalId }, 'actionItemId', 'NOT_FOUND'],
      [other.mentee, { actionItemId, goalId: foreignGoal }, 'actionItemId', 'NOT_FOUND'],
      [other.mentee, { actionItemId, goalId }, 'actionItemId', 'NOT_FOUND'],
    ] as const) {
      const { convertActionItemToMilestone } = await who.client.data(CONVERT, { input });
      expect(convertActionItemToMilestone, JSON.stringify(input)).toEqual({ milestone: null, userErrors: [{ field: [field], code }] });
    }
    expect(await server.app.orm.em.fork().count(Milestone, {})).toBe(milestonesBefore);
    expect(await heads()).toEqual(start);

    const { convertActionItemToMilestone: made } = await mentee.client.data(CONVERT, { input: { actionItemId, goalId } });
    expect(made).toMatchObject({
      milestone: { title: 'Book a room for the review', dueOn: '2027-03-01', done: false, goal: { id: goalId, title: 'Lead a design review' } },
      userErrors: [],
    });
    expect(await heads()).toEqual({ session: start.session + 1, board: start.board + 1 });

    // Again for the same goal: the same milestone (a safe retry). For another goal: refused.
    const again = await mentee.client.data(CONVERT, { input: { actionItemId, goalId } });
    expect(again.convertActionItemToMilestone.milestone.id).toBe(made.milestone.id);
    const elsewhere = await mentor.client.data(CONVERT, { input: { actionItemId, goalId: secondGoal } });
    expect(elsewhere.convertActionItemToMilestone).toEqual({ milestone: null, userErrors: [{ field: ['actionItemId'], code: 'DUPLICATE' }] });
    expect(await heads()).toEqual({ session: start.session + 1, board: start.board + 1 });

    const { node } = await mentor.client.data(`query($s: ID!) { node(id: $s) { ... on LiveSession { actionItems { title milestone { id goal { title } } } } } }`, { s: sessionId });
    expect(node.actionItems).toEqual([{ title: 'Book a room for the review', milestone: { id: made.milestone.id, goal: { title: 'Lead a design review' } } }]);
    const [sessionEvents, boardEvents] = await Promise.all([
      server.app.realtime.read(`session:${idOfType(sessionId, 'LiveSession')}`, start.session, 1),
      server.app.realtime.read(`board:${idOfType(b.id, 'GoalBoard')}`, start.board, 1),
    ]);
    expect(sessionEvents[0]).toMatchObject({ type: 'action_item.converted', payload: { actionItemId, milestoneId: made.milestone.id, goalId, goalTitle: 'Lead a design review' } });
    expect(boardEvents[0]).toMatchObject({ type: 'milestone.added', payload: { goalId, milestoneId: made.milestone.id, title: 'Book a room for the review', fromActionItemId: actionItemId } });
    const goal = (await board(mentee, mentorshipId)).lanes[1]!.goals.find((g) => g.id === goalId) as unknown as { milestones: unknown };
    expect(goal.milestones).toEqual([{ title: 'Book a room for the review', done: false }]);
  });

  it('shows a change made by any write path in the next read (board snapshots are keyed by the stream head)', async () => {
    const { mentor, mentee, mentorshipId, board: b } = await pairWithBoard();
    const FULL = `query($id: ID!) { node(id: $id) { ... on Mentorship { goalBoard { id head
      lanes { id name position goals { id title description whyItMatters linkedSkills targetDate owner { id displayName } laneId position version archivedAt
        progress { percent manual } milestones { id title done dueOn position } } }
      archivedGoals { id title laneId version archivedAt owner { id } progress { percent manual } }
      activity(first: 5) { seq sentence }
    } } } }`;
    const read = async () => (await mentee.client.data(FULL, { id: mentorshipId })).node.goalBoard;
    let previous = await read();
    // After each write: the next read (a snapshot at the new head, or a stale one if the write appended no event)
    // equals a read with every snapshot forgotten, and shows the change.
    const afterWrite = async (what: string, write: () => Promise<unknown>) => {
      await write();
      const next = await read();
      server.app.services.goalBoards.snapshots.clear();
      expect(next, what).toEqual(await read());
      expect(next, what).not.toEqual(previous);
      previous = next;
    };
    const call = (person: Person, mutation: string, input: object) => person.client.data(mutation, { input });
    let goalId = '';
    let milestoneId = '';
    await afterWrite('createGoal', async () => void (goalId = await addGoal(mentee, b, 0, 'Lead a design review')));
    await read(); // a snapshot at this head, for the next write to make stale
    await afterWrite('updateGoal (content and owner)', () => call(mentee, UPDATE, { id: goalId, expectedVersion: 1, title: 'Lead two reviews', ownerId: mentor.userId }));
    await afterWrite('updateGoal (progress by hand)', () => call(mentor, UPDATE, { id: goalId, expectedVersion: 2, progressOverride: 40 }));
    await afterWrite('updateGoal (progress back to milestones)', () => call(mentor, UPDATE, { id: goalId, expectedVersion: 3, progressOverride: null }));
    await afterWrite('moveGoal', () => call(mentee, MOVE, { id: goalId, laneId: b.lanes[1]!.id }));
    await afterWrite('addMilestone', async () => {
      const { addMilestone } = await call(mentee, `mutation($input: AddMilestoneInput!) { addMilestone(input: $input) { milestone { id } } }`, { goalId, title: 'Draft' });
      milestoneId = addMilestone.milestone.id;
    });
    const UPDATE_MILESTONE = `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { milestone { id } userErrors { code } } }`;
    await afterWrite('updateMilestone', () => call(mentee, UPDATE_MILESTONE, { milestoneId, done: true, dueOn: '2027-02-01' }));
    await afterWrite('archiveGoal', () => call(mentee, `mutation($input: GoalIdInput!) { archiveGoal(input: $input) { goal { id } } }`, { id: goalId }));
    await afterWrite('restoreGoal', () => call(mentee, `mutation($input: GoalIdInput!) { restoreGoal(input: $input) { goal { id } } }`, { id: goalId }));
    await afterWrite('updateMilestone (remove)', () => call(mentee, UPDATE_MILESTONE, { milestoneId, remove: true }));
    await afterWrite('renameLane', () => call(mentor, `mutation($input: RenameLaneInput!) { renameLane(input: $input) { lane { id } } }`, { laneId: b.lanes[2]!.id, name: 'Shipped' }));
    await afterWrite('moveLane', () => call(mentor, MOVE_LANE, { laneId: b.lanes[2]!.id, afterId: null, beforeId: b.lanes[0]!.id }));
    await afterWrite('convertActionItemToMilestone', async () => {
      const { startLiveSession } = await mentor.client.data(`mutation($m: ID!) { startLiveSession(input: { mentorshipId: $m, title: "Weekly" }) { session { id } } }`, { m: mentorshipId });
      const { createActionItem } = await mentor.client.data(`mutation($s: ID!) { createActionItem(input: { sessionId: $s, title: "Book a room" }) { actionItem { id } } }`, {
        s: startLiveSession.session.id,
      });
      const { convertActionItemToMilestone } = await call(mentee, CONVERT, { actionItemId: createActionItem.actionItem.id, goalId });
      expect(convertActionItemToMilestone.userErrors).toEqual([]);
    });
  });

  it('reads a board in the same number of SQL statements whatever its size (list fields are batched)', async () => {
    const { mentor, mentee, mentorshipId, board: b } = await pairWithBoard();
    const em = server.app.orm.em.fork();
    const writer = await em.findOneOrFail(User, { uuid: idOfType(mentee.userId, 'User')! });
    const owners = [mentee.userId, mentor.userId, null];
    let written = 0;
    const addGoals = async (count: number) => {
      for (let i = 0; i < count; i++, written++) {
        const goal = await server.app.services.goalBoards.createGoal(em.fork(), writer, {
          boardId: b.id, laneId: b.lanes[written % 3]!.id, title: `Goal ${written}`, ownerId: owners[written % 3], clientMutationId: randomUUID(),
        });
        if (!goal.ok) throw new Error(JSON.stringify(goal.userErrors));
        for (const title of ['Draft', 'Review']) await server.app.services.goalBoards.addMilestone(em.fork(), writer, { goalId: goal.value.id, title });
        if (written % 5 === 4) await server.app.services.goalBoards.setArchived(em.fork(), writer, goal.value.id, true);
      }
    };
    // Owners, milestones and progress; the partner's User row not loaded first. (Owners of archived cards
    // are left out: whether their batch or the live cards' loads the partner first is a race.)
    const query = `query($id: ID!) { node(id: $id) { ... on Mentorship { goalBoard { lanes { goals {
      id owner { displayName } progress { percent } milestones { title done } } }
      archivedGoals { id progress { percent } }
    } } } }`;
    const statementsFor = async (goals: number) => {
      const knex = server.app.orm.em.getConnection().getKnex();
      let statements = 0;
      const count = () => void statements++;
      knex.on('query', count);
      try {
        const { node } = await mentee.client.data(query, { id: mentorshipId });
        const lanes = node.goalBoard.lanes as { goals: { owner: unknown; milestones: unknown[] }[] }[];
        expect(lanes.flatMap((lane) => lane.goals).length + node.goalBoard.archivedGoals.length).toBe(goals);
        expect(lanes.flatMap((lane) => lane.goals).every((goal) => goal.milestones.length === 2)).toBe(true);
      } finally {
        knex.off('query', count);
      }
      return statements;
    };
    await addGoals(5);
    const small = await statementsFor(5);
    await addGoals(45);
    expect(await statementsFor(50)).toBe(small);
  });
});
