import type { EntityManager } from '@mikro-orm/postgresql';
import type { Realtime } from '../../events/realtime.js';
import { globalId } from '../../graphql/relay/node.js';
import { MentorshipStatus } from '../mentorships/mentorship.types.js';
import { mentorshipHealth, reviewDueAt, stallOf } from '../insights/mentorship-health.js';
import { deliverNudges, type Nudge } from './deliver.js';
import { NudgeKind } from './nudge.types.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** How long before a request expires its mentor is reminded. */
export const REQUEST_WARNING_HOURS = 48;
/** How long before the end of its due day a milestone is "due soon". */
export const MILESTONE_WARNING_HOURS = 48;
/** Milestones that went overdue longer ago than this are not chased any more (e.g. after an outage, or at launch). */
export const OVERDUE_LOOKBACK_DAYS = 7;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const names = async (em: EntityManager, uuids: string[]) =>
  new Map(
    (await em.execute<{ uuid: string; display_name: string }[]>(`select uuid, display_name from users where uuid in (select jsonb_array_elements_text(?::jsonb)::uuid)`, [
      JSON.stringify([...new Set(uuids)]),
    ])).map((row) => [row.uuid, row.display_name]),
  );

/** Open requests expiring within two days: their mentor, unless away, is reminded once per request. */
export async function expiringRequestNudges(em: EntityManager, now: Date): Promise<Nudge[]> {
  const rows = await em.execute<{ uuid: string; mentor_uuid: string; mentee_name: string; expires_at: Date | string }[]>(
    `select r.uuid, r.mentor_uuid, u.display_name as mentee_name, r.expires_at
       from mentorship_requests r join users u on u.uuid = r.mentee_uuid
       left join mentor_profiles p on p.user_uuid = r.mentor_uuid
      where r.status = 'PENDING' and r.expires_at > ? and r.expires_at <= ? and p.away_since is null`,
    [now, new Date(now.getTime() + REQUEST_WARNING_HOURS * HOUR_MS)],
  );
  return rows.map((row) => {
    const expiresAt = new Date(row.expires_at);
    const hours = Math.max(1, Math.round((expiresAt.getTime() - now.getTime()) / HOUR_MS));
    return {
      kind: NudgeKind.REQUEST_EXPIRING,
      subjectUuid: row.uuid,
      recipientUuid: row.mentor_uuid,
      periodKey: expiresAt.toISOString(),
      message: `${row.mentee_name}’s request expires in ${plural(hours, 'hour')}. Answer it, or switch on “away” if you cannot take requests now.`,
      path: '/requests',
      payload: { requestId: globalId('MentorshipRequest', row.uuid), expiresAt: expiresAt.toISOString() },
    };
  });
}

/** Active mentorships with no session for twice their cadence: both people, and the program's admins, once per stall. */
export async function stalledMentorshipNudges(em: EntityManager, now: Date): Promise<Nudge[]> {
  const stalled = (await mentorshipHealth(em, { status: MentorshipStatus.ACTIVE }, now)).flatMap((row) => {
    const stall = stallOf(row, now);
    return stall ? [{ row, stall }] : [];
  });
  if (!stalled.length) return [];
  const programUuids = [...new Set(stalled.map(({ row }) => row.programUuid).filter((uuid): uuid is string => uuid !== null))];
  const admins = await em.execute<{ program_uuid: string; user_uuid: string }[]>(
    `select p.uuid as program_uuid, om.user_uuid from programs p
       join organization_members om on om.organization_uuid = p.organization_uuid and om.role = 'ADMIN'
      where p.uuid in (select jsonb_array_elements_text(?::jsonb)::uuid)`,
    [JSON.stringify(programUuids)],
  );
  const named = await names(em, stalled.flatMap(({ row }) => [row.mentorUuid, row.menteeUuid]));
  return stalled.flatMap(({ row, stall }) => {
    const mentorshipId = globalId('Mentorship', row.uuid);
    const base = { kind: NudgeKind.MENTORSHIP_STALLED, subjectUuid: row.uuid, periodKey: stall.periodKey };
    const payload = { mentorshipId, daysWithoutSession: stall.daysWithoutSession };
    const pair: Nudge[] = [
      [row.mentorUuid, row.menteeUuid],
      [row.menteeUuid, row.mentorUuid],
    ].map(([recipientUuid, otherUuid]) => ({
      ...base,
      recipientUuid: recipientUuid!,
      message: `You and ${named.get(otherUuid!)} have not had a session for ${plural(stall.daysWithoutSession, 'day')}. Time to schedule the next one?`,
      path: `/mentorships/${mentorshipId}`,
      payload,
    }));
    const toAdmins: Nudge[] = admins
      .filter((admin) => admin.program_uuid === row.programUuid && admin.user_uuid !== row.mentorUuid && admin.user_uuid !== row.menteeUuid)
      .map((admin) => ({
        ...base,
        recipientUuid: admin.user_uuid,
        message: `${named.get(row.menteeUuid)} and ${named.get(row.mentorUuid)} have not had a session for ${plural(stall.daysWithoutSession, 'day')}.`,
        path: `/programs/${globalId('Program', row.programUuid!)}`,
        payload: { ...payload, programId: globalId('Program', row.programUuid!) },
      }));
    return [...pair, ...toAdmins];
  });
}

/**
 * Milestones not done on active mentorships' boards: "due soon" from two days
 * before the end of the due day (UTC), "overdue" once it has passed. Each goes
 * to the goal's owner, or to both people when the goal has none.
 */
export async function milestoneNudges(em: EntityManager, now: Date): Promise<Nudge[]> {
  const rows = await em.execute<{ uuid: string; title: string; due_on: string; goal_title: string; owner_uuid: string | null; mentor_uuid: string; mentee_uuid: string; mentorship_uuid: string }[]>(
    `select mi.uuid, mi.title, to_char(mi.due_on, 'YYYY-MM-DD') as due_on, g.title as goal_title, g.owner_uuid,
            m.mentor_uuid, m.mentee_uuid, m.uuid as mentorship_uuid
       from milestones mi join goals g on g.uuid = mi.goal_uuid join goal_boards b on b.uuid = g.board_uuid
       join mentorships m on m.uuid = b.mentorship_uuid
      where not mi.done and mi.due_on is not null and g.archived_at is null and m.status = 'ACTIVE'
        and mi.due_on between (?::date - ?::int) and (?::date + 2)`,
    [now.toISOString().slice(0, 10), OVERDUE_LOOKBACK_DAYS, now.toISOString().slice(0, 10)],
  );
  return rows.flatMap((row) => {
    const dueEnd = new Date(`${row.due_on}T00:00:00Z`).getTime() + DAY_MS; // the end of the due day
    const overdue = now.getTime() >= dueEnd;
    if (!overdue && now.getTime() < dueEnd - MILESTONE_WARNING_HOURS * HOUR_MS) return [];
    if (overdue && now.getTime() >= dueEnd + OVERDUE_LOOKBACK_DAYS * DAY_MS) return [];
    const mentorshipId = globalId('Mentorship', row.mentorship_uuid);
    return (row.owner_uuid ? [row.owner_uuid] : [row.mentor_uuid, row.mentee_uuid]).map((recipientUuid) => ({
      kind: overdue ? NudgeKind.MILESTONE_OVERDUE : NudgeKind.MILESTONE_DUE_SOON,
      subjectUuid: row.uuid,
      recipientUuid,
      periodKey: row.due_on,
      message: overdue
        ? `“${row.title}” (${row.goal_title}) was due on ${row.due_on} and is not done yet.`
        : `“${row.title}” (${row.goal_title}) is due on ${row.due_on}.`,
      path: `/mentorships/${mentorshipId}/board`,
      payload: { mentorshipId, milestoneId: globalId('Milestone', row.uuid), dueOn: row.due_on },
    }));
  });
}

/** Active mentorships whose progress review is overdue on the agreed cadence: both people, once per due date. */
export async function overdueReviewNudges(em: EntityManager, now: Date): Promise<Nudge[]> {
  const rows = await mentorshipHealth(em, { status: MentorshipStatus.ACTIVE }, now);
  return rows.flatMap((row) => {
    const due = reviewDueAt(row);
    if (!due || due > now) return [];
    const mentorshipId = globalId('Mentorship', row.uuid);
    return [row.mentorUuid, row.menteeUuid].map((recipientUuid) => ({
      kind: NudgeKind.REVIEW_OVERDUE,
      subjectUuid: row.uuid,
      recipientUuid,
      periodKey: due.toISOString(),
      message: `Your progress review was due on ${due.toISOString().slice(0, 10)}. Take a few minutes to look back together.`,
      path: `/mentorships/${mentorshipId}/reviews`,
      payload: { mentorshipId, dueAt: due.toISOString() },
    }));
  });
}

/**
 * Every reminder due at `now`, each sent once across all instances (see
 * `deliverNudges`). Takes the clock as an argument so tests decide the time.
 */
export async function sendDueNudges(em: EntityManager, realtime: Realtime, now: Date, options: { publicUrl: string }): Promise<number> {
  const nudges = [
    ...(await expiringRequestNudges(em, now)),
    ...(await stalledMentorshipNudges(em, now)),
    ...(await milestoneNudges(em, now)),
    ...(await overdueReviewNudges(em, now)),
  ];
  return deliverNudges(em, realtime, nudges, options);
}
