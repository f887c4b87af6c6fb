import type { EntityManager } from '@mikro-orm/postgresql';
import { globalId } from '../../graphql/relay/node.js';
import { User } from '../accounts/user.entity.js';
import { MIN_GROUP_FOR_AGGREGATES, type FeedbackService } from '../feedback/feedback.service.js';
import { MentorshipStatus } from '../mentorships/mentorship.types.js';
import type { Program } from '../programs/program.entity.js';
import { EnrollmentRole, EnrollmentStatus } from '../programs/program.types.js';
import { AtRiskReasonKind, type AtRiskMentorship, type ProgramInsights } from './insights.types.js';
import { expectedSessions, HELD_SESSIONS_SQL, mentorshipHealth, reviewDueAt, stallOf, unansweredMessageOf } from './mentorship-health.js';
import { insightsCsv } from './insights-csv.js';

const WEEKS_SHOWN = 12;
const STATUS_ORDER = [
  MentorshipStatus.PENDING_AGREEMENT,
  MentorshipStatus.ACTIVE,
  MentorshipStatus.PAUSED,
  MentorshipStatus.COMPLETED,
  MentorshipStatus.CANCELLED,
];
const RESPONSE_BUCKETS = [
  { label: 'Within a day', maxHours: 24 },
  { label: '1–3 days', maxHours: 72 },
  { label: '3–7 days', maxHours: 168 },
  { label: 'Over a week', maxHours: Infinity },
];
const round1 = (value: number) => Math.round(value * 10) / 10;
const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A program's figures for its admins: a handful of aggregate queries over
 * the whole program (never one per mentorship), judged against each pair's
 * agreement. Ratings appear only as averages over three or more people.
 */
export class InsightsService {
  constructor(private readonly deps: { feedback: FeedbackService }) {}

  async forProgram(em: EntityManager, program: Program, now: Date = new Date()): Promise<ProgramInsights> {
    const health = await mentorshipHealth(em, { programUuid: program.uuid }, now);

    const byStatus = new Map<MentorshipStatus, number>();
    for (const row of health) byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + 1);

    let held = 0;
    let expected = 0;
    let measured = 0;
    let onCadence = 0;
    for (const row of health) {
      const promised = expectedSessions(row, now);
      if (promised === null) continue;
      measured += 1;
      held += row.sessionDays;
      expected += promised;
      if (row.sessionDays >= promised) onCadence += 1;
    }

    const atRisk = await this.atRisk(em, health, now);
    const [weekly, goals, reviews, requests, feedback] = await Promise.all([
      this.weeklySessions(em, program.uuid, now),
      this.goals(em, program.uuid, now),
      this.reviews(em, program.uuid, now),
      this.requests(em, program, now),
      this.deps.feedback.programAverages(em, program.uuid),
    ]);
    const insights: Omit<ProgramInsights, 'csv'> = {
      generatedAt: now,
      activeMentorships: byStatus.get(MentorshipStatus.ACTIVE) ?? 0,
      mentorshipsByStatus: STATUS_ORDER.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
      sessions: { held, expected, mentorshipsMeasured: measured, mentorshipsOnCadence: onCadence, weekly },
      goals,
      reviews,
      feedback,
      requests,
      atRisk,
    };
    return { ...insights, csv: insightsCsv(program, insights) };
  }

  private async atRisk(em: EntityManager, health: Awaited<ReturnType<typeof mentorshipHealth>>, now: Date): Promise<AtRiskMentorship[]> {
    const flagged = health.flatMap((row) => {
      const reasons: AtRiskMentorship['reasons'] = [];
      const stall = stallOf(row, now);
      if (stall) reasons.push({ kind: AtRiskReasonKind.NO_RECENT_SESSION, since: stall.since, detail: `No session for ${stall.daysWithoutSession} days.` });
      const reviewDue = reviewDueAt(row);
      if (reviewDue && reviewDue <= now) {
        const days = Math.floor((now.getTime() - reviewDue.getTime()) / 86_400_000);
        reasons.push({ kind: AtRiskReasonKind.REVIEW_OVERDUE, since: reviewDue, detail: days ? `Progress review overdue by ${days} day${days === 1 ? '' : 's'}.` : 'Progress review due today.' });
      }
      const unanswered = unansweredMessageOf(row, now);
      if (unanswered) {
        const side = unanswered.waitingUuid === row.menteeUuid ? 'mentee' : 'mentor';
        reasons.push({ kind: AtRiskReasonKind.UNANSWERED_MESSAGE, since: unanswered.since, detail: `The ${side}’s last message has gone unread and unanswered past the agreed response time.` });
      }
      return reasons.length ? [{ row, reasons }] : [];
    });
    const users = new Map((await em.find(User, { uuid: { $in: flagged.flatMap(({ row }) => [row.mentorUuid, row.menteeUuid]) } })).map((u) => [u.uuid, u]));
    return flagged
      .map(({ row, reasons }) => ({ mentorshipId: globalId('Mentorship', row.uuid), mentor: users.get(row.mentorUuid)!, mentee: users.get(row.menteeUuid)!, reasons }))
      .sort((a, b) => b.reasons.length - a.reasons.length || a.mentee.displayName.localeCompare(b.mentee.displayName));
  }

  private async weeklySessions(em: EntityManager, programUuid: string, now: Date) {
    const rows = await em.execute<{ week_start: string; sessions: string }[]>(
      `with weeks as (
         select generate_series(date_trunc('week', (?::timestamptz at time zone 'UTC')) - interval '${WEEKS_SHOWN - 1} weeks',
                                date_trunc('week', (?::timestamptz at time zone 'UTC')), interval '1 week') as week_start),
       held as (
         select distinct h.mentorship_uuid, (h.at at time zone 'UTC')::date as day
           from (${HELD_SESSIONS_SQL}) h join mentorships m on m.uuid = h.mentorship_uuid
          where m.program_uuid = ? and h.at <= ?)
       select to_char(w.week_start, 'YYYY-MM-DD') as week_start, count(held.day) as sessions
         from weeks w left join held on held.day >= w.week_start::date and held.day < (w.week_start + interval '1 week')::date
        group by w.week_start order by w.week_start`,
      [now, now, programUuid, now],
    );
    return rows.map((row) => ({ weekStart: row.week_start, sessions: Number(row.sessions) }));
  }

  private async goals(em: EntityManager, programUuid: string, now: Date) {
    const [goals] = await em.execute<{ goals: string; completed: string }[]>(
      `select count(*) as goals,
              count(*) filter (where g.progress_override = 100 or (g.progress_override is null and mi.total > 0 and mi.done = mi.total)) as completed
         from goals g join goal_boards b on b.uuid = g.board_uuid join mentorships m on m.uuid = b.mentorship_uuid
         left join lateral (select count(*) as total, count(*) filter (where done) as done from milestones where goal_uuid = g.uuid) mi on true
        where m.program_uuid = ? and g.archived_at is null`,
      [programUuid],
    );
    const [milestones] = await em.execute<{ milestones: string; done: string; overdue: string }[]>(
      `select count(*) as milestones, count(*) filter (where mi.done) as done,
              count(*) filter (where not mi.done and mi.due_on < ?::date) as overdue
         from milestones mi join goals g on g.uuid = mi.goal_uuid join goal_boards b on b.uuid = g.board_uuid
         join mentorships m on m.uuid = b.mentorship_uuid
        where m.program_uuid = ? and g.archived_at is null`,
      [day(now), programUuid],
    );
    return {
      goals: Number(goals!.goals),
      goalsCompleted: Number(goals!.completed),
      milestones: Number(milestones!.milestones),
      milestonesDone: Number(milestones!.done),
      milestonesOverdue: Number(milestones!.overdue),
    };
  }

  private async reviews(em: EntityManager, programUuid: string, now: Date) {
    const [row] = await em.execute<{ reviews: string; raters: string; average_rating: string | null; average_progress: string | null }[]>(
      `with pr as (
         select pr.* from progress_reviews pr join mentorships m on m.uuid = pr.mentorship_uuid
          where m.program_uuid = ? and pr.created_at <= ?),
       ratings as (select r->>'userId' as rater, (r->>'rating')::int as rating from pr cross join lateral jsonb_array_elements(pr.ratings) r)
       select (select count(*) from pr) as reviews, (select count(distinct rater) from ratings) as raters,
              (select avg(rating) from ratings) as average_rating, (select avg(average_progress) from pr) as average_progress`,
      [programUuid, now],
    );
    const raters = Number(row!.raters);
    const enough = raters >= MIN_GROUP_FOR_AGGREGATES;
    return {
      reviews: Number(row!.reviews),
      raters,
      averageRating: enough && row!.average_rating !== null ? round1(Number(row!.average_rating)) : null,
      averageProgress: enough && row!.average_progress !== null ? round1(Number(row!.average_progress)) : null,
    };
  }

  private async requests(em: EntityManager, program: Program, now: Date) {
    const rows = await em.execute<{ status: string; expires_at: string | Date; hours: string | null }[]>(
      `select r.status, r.expires_at, extract(epoch from (r.responded_at - r.created_at)) / 3600 as hours
         from mentorship_requests r
        where r.mentor_uuid in (select e.user_uuid from program_enrollments e where e.program_uuid = ? and e.role = ? and e.status = ?)
          and r.created_at >= ?::date and r.created_at <= ?`,
      [program.uuid, EnrollmentRole.MENTOR, EnrollmentStatus.APPROVED, program.startsOn, now],
    );
    const hours = rows
      .filter((row) => row.hours !== null)
      .map((row) => Number(row.hours))
      .sort((a, b) => a - b);
    const unanswered = rows.filter((row) => row.hours === null);
    // Requests expire lazily: an open one past its time counts as expired.
    const isOpen = (row: (typeof rows)[number]) => (row.status === 'PENDING' || row.status === 'INFO_REQUESTED') && new Date(row.expires_at) > now;
    const open = unanswered.filter(isOpen).length;
    const median = hours.length ? (hours.length % 2 ? hours[(hours.length - 1) / 2]! : (hours[hours.length / 2 - 1]! + hours[hours.length / 2]!) / 2) : null;
    let previous = 0;
    const buckets = RESPONSE_BUCKETS.map(({ label, maxHours }) => {
      const count = hours.filter((h) => h >= previous && h < maxHours).length;
      previous = maxHours;
      return { label, count };
    });
    buckets.push({ label: 'Unanswered', count: unanswered.length });
    return {
      received: rows.length,
      answered: hours.length,
      open,
      expiredUnanswered: unanswered.filter((row) => row.status === 'EXPIRED' || ((row.status === 'PENDING' || row.status === 'INFO_REQUESTED') && !isOpen(row))).length,
      medianHoursToAnswer: median === null ? null : round1(median),
      averageHoursToAnswer: hours.length ? round1(hours.reduce((sum, h) => sum + h, 0) / hours.length) : null,
      buckets,
    };
  }
}

