import type { EntityManager } from '@mikro-orm/postgresql';
import { MeetingCadence } from '../needs-assessments/needs-assessment.types.js';
import { MentorshipStatus } from '../mentorships/mentorship.types.js';

const DAY_MS = 86_400_000;

/** Days between sessions each cadence promises; "as needed" promises none. */
export const CADENCE_DAYS: Record<MeetingCadence, number | null> = {
  [MeetingCadence.WEEKLY]: 7,
  [MeetingCadence.EVERY_TWO_WEEKS]: 14,
  [MeetingCadence.MONTHLY]: 30,
  [MeetingCadence.AS_NEEDED]: null,
};

/** A mentorship is stalled after this many agreed intervals without a session. */
export const STALL_FACTOR = 2;
/** How long a message may wait for an answer when no agreement says otherwise. */
export const DEFAULT_RESPONSE_HOURS = 72;

/** One mentorship's facts, as one row of one query. */
export type HealthRow = {
  uuid: string;
  mentorUuid: string;
  menteeUuid: string;
  programUuid: string | null;
  status: MentorshipStatus;
  startedAt: Date | null;
  endedAt: Date | null;
  /** From the agreement in effect (the newest version both acknowledged); null without one. */
  cadence: MeetingCadence | null;
  reviewEveryWeeks: number | null;
  responseTimeHours: number | null;
  /** Days on which the pair met: a live session opened, or a meeting recorded as attended. */
  sessionDays: number;
  lastSessionAt: Date | null;
  lastReviewAt: Date | null;
  lastMessageAuthorUuid: string | null;
  lastMessageAt: Date | null;
  /** Whether the other person has read the last message. */
  lastMessageRead: boolean;
};

/**
 * Sessions held, as (mentorship, time) pairs: a live session room opened, or
 * a meeting occurrence recorded with someone attending. Meetings that took
 * place in a room would count twice, so callers count distinct days.
 */
export const HELD_SESSIONS_SQL = `
  select ls.mentorship_uuid, ls.created_at as at from live_sessions ls
  union all
  select mt.mentorship_uuid, (r->>'originalStart')::timestamptz as at
    from meetings mt cross join lateral jsonb_array_elements(mt.records) r
   where jsonb_array_length(coalesce(r->'attendedUserIds', '[]'::jsonb)) > 0`;

/**
 * The facts about a set of mentorships that insights and reminders judge
 * them by, in one query (no per-mentorship round trips). Only what happened
 * up to `now` counts, so a test's clock decides.
 */
export async function mentorshipHealth(
  em: EntityManager,
  scope: { programUuid: string } | { status: MentorshipStatus },
  now: Date,
): Promise<HealthRow[]> {
  const [where, param] = 'programUuid' in scope ? ['m.program_uuid = ?', scope.programUuid] : ['m.status = ?', scope.status];
  const rows = await em.execute<Record<string, unknown>[]>(
    `with ms as (select * from mentorships m where ${where}),
     agreement as (
       select distinct on (v.mentorship_uuid) v.mentorship_uuid, v.terms
         from agreement_versions v join ms on ms.uuid = v.mentorship_uuid
        where (select count(*) from agreement_acknowledgements a where a.agreement_version_uuid = v.uuid) = 2
        order by v.mentorship_uuid, v.version desc),
     held as (select h.mentorship_uuid, h.at from (${HELD_SESSIONS_SQL}) h join ms on ms.uuid = h.mentorship_uuid where h.at <= ?),
     sessions as (
       select mentorship_uuid, count(distinct (at at time zone 'UTC')::date) as days, max(at) as last_at
         from held group by mentorship_uuid),
     reviews as (
       select pr.mentorship_uuid, max(pr.created_at) as last_at
         from progress_reviews pr join ms on ms.uuid = pr.mentorship_uuid
        where pr.created_at <= ? group by pr.mentorship_uuid),
     last_message as (
       select distinct on (ls.mentorship_uuid) ls.mentorship_uuid, msg.author_uuid, msg.created_at,
              -- Read by the other person (their read marker reached it): seen, even if it needed no reply.
              exists (select 1 from live_session_read_markers rm
                       where rm.session_uuid = msg.session_uuid and rm.user_uuid <> msg.author_uuid and rm.last_read_seq >= msg.seq) as read_by_other
         from messages msg join live_sessions ls on ls.uuid = msg.session_uuid join ms on ms.uuid = ls.mentorship_uuid
        where msg.deleted_at is null and msg.author_uuid is not null and msg.created_at <= ?
        order by ls.mentorship_uuid, msg.created_at desc, msg.seq desc)
     select ms.uuid, ms.mentor_uuid, ms.mentee_uuid, ms.program_uuid, ms.status, ms.started_at, ms.ended_at,
            agreement.terms->>'meetingCadence' as cadence,
            (agreement.terms->>'reviewEveryWeeks')::int as review_every_weeks,
            (agreement.terms->>'responseTimeHours')::int as response_time_hours,
            coalesce(sessions.days, 0)::int as session_days, sessions.last_at as last_session_at,
            reviews.last_at as last_review_at,
            last_message.author_uuid as last_message_author_uuid, last_message.created_at as last_message_at,
            coalesce(last_message.read_by_other, false) as last_message_read
       from ms
       left join agreement on agreement.mentorship_uuid = ms.uuid
       left join sessions on sessions.mentorship_uuid = ms.uuid
       left join reviews on reviews.mentorship_uuid = ms.uuid
       left join last_message on last_message.mentorship_uuid = ms.uuid
      order by ms.created_at, ms.uuid`,
    [param, now, now, now],
  );
  const date = (value: unknown) => (value == null ? null : new Date(value as string | Date));
  return rows.map((row) => ({
    uuid: row.uuid as string,
    mentorUuid: row.mentor_uuid as string,
    menteeUuid: row.mentee_uuid as string,
    programUuid: (row.program_uuid as string | null) ?? null,
    status: row.status as MentorshipStatus,
    startedAt: date(row.started_at),
    endedAt: date(row.ended_at),
    cadence: (row.cadence as MeetingCadence | null) ?? null,
    reviewEveryWeeks: (row.review_every_weeks as number | null) ?? null,
    responseTimeHours: (row.response_time_hours as number | null) ?? null,
    sessionDays: Number(row.session_days),
    lastSessionAt: date(row.last_session_at),
    lastReviewAt: date(row.last_review_at),
    lastMessageAuthorUuid: (row.last_message_author_uuid as string | null) ?? null,
    lastMessageAt: date(row.last_message_at),
    lastMessageRead: Boolean(row.last_message_read),
  }));
}

export type Stall = { since: Date; periodKey: string; daysWithoutSession: number };

/**
 * Stalled: active, with a cadence agreed, and no session for twice that
 * interval since the last one (or since it started). The period key is the
 * last session's time, so a new stall after they meet again is a new one.
 */
export function stallOf(row: HealthRow, now: Date): Stall | null {
  const days = row.cadence ? CADENCE_DAYS[row.cadence] : null;
  if (row.status !== MentorshipStatus.ACTIVE || !days || !row.startedAt) return null;
  const last = row.lastSessionAt && row.lastSessionAt > row.startedAt ? row.lastSessionAt : row.startedAt;
  const since = new Date(last.getTime() + STALL_FACTOR * days * DAY_MS);
  if (now < since) return null;
  return { since, periodKey: last.toISOString(), daysWithoutSession: Math.floor((now.getTime() - last.getTime()) / DAY_MS) };
}

/** When the next progress review is due: the agreed weeks after the last one (or the start). Null without an agreement. */
export function reviewDueAt(row: HealthRow): Date | null {
  if (row.status !== MentorshipStatus.ACTIVE || !row.reviewEveryWeeks || !row.startedAt) return null;
  const from = row.lastReviewAt ?? row.startedAt;
  return new Date(from.getTime() + row.reviewEveryWeeks * 7 * DAY_MS);
}

/**
 * The last message, when the other person has neither answered nor read it
 * within the agreed response time. (A read closing "see you Tuesday" needs
 * no answer; an unread one is a sign nobody is looking.)
 */
export function unansweredMessageOf(row: HealthRow, now: Date): { since: Date; waitingUuid: string } | null {
  if (row.status !== MentorshipStatus.ACTIVE || !row.lastMessageAt || !row.lastMessageAuthorUuid || row.lastMessageRead) return null;
  const hours = row.responseTimeHours ?? DEFAULT_RESPONSE_HOURS;
  const overdueAt = new Date(row.lastMessageAt.getTime() + hours * 3_600_000);
  return now >= overdueAt ? { since: overdueAt, waitingUuid: row.lastMessageAuthorUuid } : null;
}

/**
 * Sessions the agreed cadence promised so far: one per interval from the start
 * to the end (or now). Counted for active and completed mentorships with a
 * cadence; null for the others (paused time is not recorded, and "as needed"
 * promises nothing).
 */
export function expectedSessions(row: HealthRow, now: Date): number | null {
  const days = row.cadence ? CADENCE_DAYS[row.cadence] : null;
  if (!days || !row.startedAt || ![MentorshipStatus.ACTIVE, MentorshipStatus.COMPLETED].includes(row.status)) return null;
  const until = row.endedAt && row.endedAt < now ? row.endedAt : now;
  return Math.max(0, Math.floor((until.getTime() - row.startedAt.getTime()) / (days * DAY_MS)));
}
