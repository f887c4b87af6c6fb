import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { Realtime } from '../../events/realtime.js';
import type { EventRowSpec } from '../../events/stream-log.js';
import { UserErrorCode } from '../../graphql/errors.js';
import { userError, validate, type UserError } from '../../graphql/relay/user-error.js';
import { globalId, idOfType } from '../../graphql/relay/node.js';
import type { Outcome } from '../accounts/accounts.service.js';
import { User } from '../accounts/user.entity.js';
import type { MentorshipsService } from '../mentorships/mentorships.service.js';
import type { MeetingsService } from '../meetings/meetings.service.js';
import { occurrenceAt } from '../meetings/occurrences.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';
import { OPEN_MENTORSHIP_STATUSES } from '../mentorships/mentorship.types.js';
import { requiredText, shortText, calendarDate } from '../mentor-profiles/profile-rules.js';
import { ActionItem } from './action-item.entity.js';
import { LiveSession, ReadMarker } from './live-session.entity.js';

/** The stream of one room. */
export const sessionStream = (sessionUuid: string): string => `session:${sessionUuid}`;

/** The session, if `userUuid` is one of its (loaded) mentorship's two people and the mentorship is open. */
function allows(session: LiveSession | null, userUuid: string): LiveSession | null {
  if (!session) return null;
  const mentorship = session.mentorship.getEntity();
  const member = [mentorship.mentor.unwrap().uuid, mentorship.mentee.unwrap().uuid].includes(userUuid);
  return member && OPEN_MENTORSHIP_STATUSES.includes(mentorship.status) ? session : null;
}

const NOT_FOUND = (field = 'sessionId'): UserError[] => [userError(field, UserErrorCode.NOT_FOUND, 'No such session of yours.')];

/**
 * Live rooms: who may enter (the mentorship's two people, while it is open),
 * shared notes with conflict detection, action items, read markers, and the
 * ephemeral presence and typing signals.
 */
export class LiveSessionsService {
  constructor(private readonly deps: { realtime: Realtime; mentorships: MentorshipsService; meetings: MeetingsService }) {}

  /** The session, if `userUuid` is one of its mentorship's two people and the mentorship is open. */
  async access(em: EntityManager, userUuid: string, sessionUuid: string): Promise<LiveSession | null> {
    return allows(await em.findOne(LiveSession, { uuid: sessionUuid }, { populate: ['mentorship'] }), userUuid);
  }

  private roomChecks: DataLoader<string, { mentorUuid: string; menteeUuid: string; status: string } | null> | undefined;

  /**
   * `access` for the hot paths, as a yes or no: every chat message checks it,
   * and the room streams re-check it (see `roomStream`). The
   * checks made in the same tick go to Postgres as one plain query (no
   * entities to build). Nothing is kept between ticks, so each check sees the
   * mentorship as it is then.
   */
  mayEnter(em: EntityManager, userUuid: string, sessionUuid: string): Promise<boolean> {
    // Built on first use, from the first caller's entity manager; every batch reads through a fresh fork of it.
    this.roomChecks ??= new DataLoader(
      async (uuids) => {
        const rows = await em.fork().execute<{ uuid: string; mentor_uuid: string; mentee_uuid: string; status: string }[]>(
          `select s.uuid, m.mentor_uuid, m.mentee_uuid, m.status
             from live_sessions s join mentorships m on m.uuid = s.mentorship_uuid
            where s.uuid in (${uuids.map(() => '?').join(', ')})`,
          [...uuids],
        );
        const byUuid = new Map(rows.map((row) => [row.uuid, { mentorUuid: row.mentor_uuid, menteeUuid: row.mentee_uuid, status: row.status }]));
        return uuids.map((uuid) => byUuid.get(uuid) ?? null);
      },
      { cache: false, maxBatchSize: 500 },
    );
    return this.roomChecks
      .load(sessionUuid)
      .then((room) => Boolean(room && [room.mentorUuid, room.menteeUuid].includes(userUuid) && (OPEN_MENTORSHIP_STATUSES as string[]).includes(room.status)));
  }

  async accessById(em: EntityManager, user: User, sessionId: string): Promise<LiveSession | null> {
    const uuid = idOfType(sessionId, 'LiveSession');
    return uuid ? this.access(em, user.uuid, uuid) : null;
  }

  async start(em: EntityManager, user: User, input: { mentorshipId: string; title: string }): Promise<Outcome<LiveSession>> {
    const valid = validate(z.object({ title: requiredText(120, 'a title') }), input);
    if (!valid.ok) return valid;
    const uuid = idOfType(input.mentorshipId, 'Mentorship');
    const mentorship = uuid ? await this.deps.mentorships.loadForMember(em, user, uuid) : null;
    if (!mentorship || !OPEN_MENTORSHIP_STATUSES.includes(mentorship.status)) {
      return { ok: false, userErrors: [userError('mentorshipId', UserErrorCode.NOT_FOUND, 'No open mentorship of yours has that id.')] };
    }
    const session = await em.transactional(async (tx) => {
      const created = tx.create(LiveSession, { mentorship: mentorship.uuid, title: valid.value.title });
      await tx.flush();
      await this.deps.mentorships.notifyBoth(tx, mentorship, 'session.started', user, { sessionId: created.id, title: created.title });
      return created;
    });
    return { ok: true, value: session };
  }

  /**
   * The room of one meeting occurrence, opened by whichever of the two comes
   * first: both get the same room (one per occurrence, by a unique key), and
   * the partner is told once, by whoever created it.
   */
  async openForMeeting(em: EntityManager, user: User, input: { meetingId: string; originalStart: Date }): Promise<Outcome<LiveSession>> {
    const meeting = await this.deps.meetings.forMember(em, user, input.meetingId);
    if (!meeting) return { ok: false, userErrors: [userError('meetingId', UserErrorCode.NOT_FOUND, 'No such meeting of yours.')] };
    const occurrence = occurrenceAt(meeting, input.originalStart);
    if (!occurrence) return { ok: false, userErrors: [userError('originalStart', UserErrorCode.NOT_FOUND, 'The series has no meeting then.')] };
    if (occurrence.cancelled) return { ok: false, userErrors: [userError('originalStart', UserErrorCode.INVALID_STATE, 'That meeting was cancelled.')] };
    const key = { meeting: meeting.uuid, occurrenceStart: occurrence.originalStart };
    const existing = await em.findOne(LiveSession, key);
    if (existing) return { ok: true, value: existing };
    const mentorship = meeting.mentorship.getEntity();
    const day = occurrence.startsAt.toLocaleDateString('en', { timeZone: meeting.timeZone, day: 'numeric', month: 'short' });
    try {
      const session = await em.fork().transactional(async (tx) => {
        const created = tx.create(LiveSession, { mentorship: mentorship.uuid, title: `${meeting.title} · ${day}`, ...key });
        await tx.flush();
        await this.deps.mentorships.notifyBoth(tx, mentorship, 'session.started', user, { sessionId: created.id, title: created.title, meetingId: meeting.id });
        return created;
      });
      return { ok: true, value: await em.findOneOrFail(LiveSession, { uuid: session.uuid }) };
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      // Both opened it at the same moment: the first one's room stands.
      return { ok: true, value: await em.findOneOrFail(LiveSession, key) };
    }
  }

  list(em: EntityManager, mentorship: Mentorship): Promise<LiveSession[]> {
    return em.find(LiveSession, { mentorship }, { orderBy: { createdAt: 'desc' }, limit: 100 });
  }

  /** Saves the notes unless someone saved since `expectedVersion`: then CONFLICT, with the current notes in the payload. */
  async updateNotes(
    em: EntityManager,
    user: User,
    input: { sessionId: string; notes: string; expectedVersion: number },
  ): Promise<{ session: LiveSession | null; userErrors: UserError[] }> {
    const valid = validate(z.object({ notes: shortText(20_000, 'the notes') }), input);
    if (!valid.ok) return { session: null, userErrors: valid.userErrors };
    const allowed = await this.accessById(em, user, input.sessionId);
    if (!allowed) return { session: null, userErrors: NOT_FOUND() };
    return em.transactional(async (tx) => {
      const session = await tx.findOneOrFail(LiveSession, { uuid: allowed.uuid }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (session.notesVersion !== input.expectedVersion) {
        return {
          session,
          userErrors: [
            userError('expectedVersion', UserErrorCode.CONFLICT, `The notes changed since version ${input.expectedVersion}; they are at version ${session.notesVersion}. Merge, then save again.`),
          ],
        };
      }
      session.notes = valid.value.notes;
      session.notesVersion += 1;
      session.notesUpdatedAt = new Date();
      await tx.flush();
      await this.append(tx, session, 'notes.updated', user, { notes: session.notes, version: session.notesVersion });
      return { session, userErrors: [] };
    });
  }

  async createActionItem(
    em: EntityManager,
    user: User,
    input: { sessionId: string; title: string; assigneeId?: string | null; dueOn?: string | null },
  ): Promise<Outcome<ActionItem>> {
    const valid = validate(
      z.object({ title: requiredText(200, 'what is to be done'), dueOn: calendarDate().nullish() }),
      input,
    );
    if (!valid.ok) return valid;
    const session = await this.accessById(em, user, input.sessionId);
    if (!session) return { ok: false, userErrors: NOT_FOUND() };
    const assignee = await this.memberById(em, session, input.assigneeId);
    if (assignee === undefined) return { ok: false, userErrors: [userError('assigneeId', UserErrorCode.NOT_FOUND, 'Assign it to one of the two of you.')] };
    const item = await em.transactional(async (tx) => {
      const created = tx.create(ActionItem, { session: session.uuid, title: valid.value.title, dueOn: valid.value.dueOn ?? null, assignee: assignee?.uuid ?? null });
      await tx.flush();
      await this.append(tx, session, 'action_item.created', user, actionItemPayload(created));
      return created;
    });
    return { ok: true, value: item };
  }

  async updateActionItem(
    em: EntityManager,
    user: User,
    input: { actionItemId: string; title?: string | null; done?: boolean | null; dueOn?: string | null; assigneeId?: string | null },
  ): Promise<Outcome<ActionItem>> {
    const uuid = idOfType(input.actionItemId, 'ActionItem');
    const item = uuid ? await em.findOne(ActionItem, { uuid }) : null;
    const session = item ? await this.access(em, user.uuid, item.session.unwrap().uuid) : null;
    if (!item || !session) return { ok: false, userErrors: [userError('actionItemId', UserErrorCode.NOT_FOUND, 'No such action item of yours.')] };
    const valid = validate(
      z.object({ title: requiredText(200, 'what is to be done').nullish(), dueOn: calendarDate().nullish() }),
      input,
    );
    if (!valid.ok) return valid;
    if (input.assigneeId !== undefined) {
      const assignee = await this.memberById(em, session, input.assigneeId);
      if (assignee === undefined) return { ok: false, userErrors: [userError('assigneeId', UserErrorCode.NOT_FOUND, 'Assign it to one of the two of you.')] };
      item.assignee = assignee ? em.getReference(User, assignee.uuid, { wrapped: true }) : null;
    }
    if (valid.value.title) item.title = valid.value.title;
    if (input.dueOn !== undefined) item.dueOn = valid.value.dueOn ?? null;
    if (input.done != null) item.done = input.done;
    await em.transactional(async (tx) => {
      await tx.flush();
      await this.append(tx, session, 'action_item.updated', user, actionItemPayload(item));
    });
    return { ok: true, value: item };
  }

  actionItems(em: EntityManager, session: LiveSession): Promise<ActionItem[]> {
    return em.find(ActionItem, { session }, { orderBy: { createdAt: 'asc' } });
  }

  /** Records how far `user` has read; the other person sees it live as "seen". Never moves backwards. */
  async markRead(em: EntityManager, user: User, input: { sessionId: string; seq: number }): Promise<UserError[]> {
    const session = await this.accessById(em, user, input.sessionId);
    if (!session) return NOT_FOUND();
    const head = await this.deps.realtime.head(sessionStream(session.uuid));
    if (!Number.isInteger(input.seq) || input.seq < 0 || input.seq > head) {
      return [userError('seq', UserErrorCode.OUT_OF_RANGE, `Mark a seq between 0 and ${head}.`)];
    }
    await em.transactional(async (tx) => {
      const moved = await tx.execute<{ last_read_seq: number }[]>(
        `insert into live_session_read_markers (uuid, session_uuid, user_uuid, last_read_seq) values (gen_random_uuid(), ?, ?, ?)
         on conflict (session_uuid, user_uuid) do update set last_read_seq = greatest(live_session_read_markers.last_read_seq, excluded.last_read_seq)
         returning last_read_seq`,
        [session.uuid, user.uuid, input.seq],
      );
      await this.append(tx, session, 'read.marked', user, { userId: user.id, seq: moved[0]!.last_read_seq });
    });
    return [];
  }

  readMarkers(em: EntityManager, session: LiveSession): Promise<ReadMarker[]> {
    return em.find(ReadMarker, { session }, { populate: ['user'] });
  }

  /** Presence heartbeat or typing: delivered live to the room, never stored. */
  signal(session: LiveSession, user: User, type: 'presence' | 'typing', payload: Record<string, unknown>): void {
    this.deps.realtime.signal(sessionStream(session.uuid), type, { userId: user.id, displayName: user.displayName, ...payload }, user.uuid);
  }

  append(tx: EntityManager, session: Pick<LiveSession, 'uuid'>, type: string, actor: User, payload: Record<string, unknown>) {
    return this.deps.realtime.append(tx, sessionStream(session.uuid), type, { ...payload, actorName: actor.displayName }, actor.uuid);
  }

  /**
   * `append` and the feature's own row in one statement outside a transaction
   * (see `Realtime.appendWithRow`), written only if `actor` may be in the room
   * (the same rule as `access`, checked in that statement). Null when not.
   * The row's SQL finds the session as `i.args->>'sessionUuid'`.
   */
  appendWithRow(em: EntityManager, sessionUuid: string, type: string, actor: User, payload: Record<string, unknown>, row: Omit<EventRowSpec, 'guard' | 'params'>) {
    return this.deps.realtime.appendWithRow(em, sessionStream(sessionUuid), type, { ...payload, actorName: actor.displayName }, actor.uuid, {
      ...row,
      args: { ...row.args, sessionUuid },
      guard: `exists (select 1 from live_sessions s join mentorships m on m.uuid = s.mentorship_uuid
                       where s.uuid = (i.args->>'sessionUuid')::uuid and i.actor_id::uuid in (m.mentor_uuid, m.mentee_uuid)
                         and m.status in (${OPEN_MENTORSHIP_STATUSES.map(() => '?').join(', ')}))`,
      params: [...OPEN_MENTORSHIP_STATUSES],
    });
  }

  /** `undefined` when the id is not one of the pair; `null` for no one. */
  private async memberById(em: EntityManager, session: LiveSession, userId: string | null | undefined): Promise<User | null | undefined> {
    if (!userId) return null;
    const uuid = idOfType(userId, 'User');
    const mentorship = await em.findOneOrFail(Mentorship, { uuid: session.mentorship.unwrap().uuid });
    if (!uuid || ![mentorship.mentor.unwrap().uuid, mentorship.mentee.unwrap().uuid].includes(uuid)) return undefined;
    return em.findOne(User, { uuid });
  }
}

const actionItemPayload = (item: ActionItem) => ({
  actionItemId: item.id,
  title: item.title,
  done: item.done,
  dueOn: item.dueOn,
  assigneeId: item.assignee ? globalId('User', item.assignee.unwrap().uuid) : null,
});
