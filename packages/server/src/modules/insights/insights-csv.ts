import type { Program } from '../programs/program.entity.js';
import type { ProgramInsights } from './insights.types.js';

/** One CSV field: quoted when it holds a comma, quote or line break; formulas defused for spreadsheets. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`; // CSV injection: a spreadsheet would run it
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The insights as `section,metric,value` rows (RFC 4180, CRLF line ends), one
 * figure per row so any spreadsheet or script reads it without knowing the
 * layout; at-risk mentorships follow, one row per reason.
 */
export function insightsCsv(program: Program, insights: Omit<ProgramInsights, 'csv'>): string {
  const rows: (string | number | null)[][] = [['section', 'metric', 'value']];
  const add = (section: string, metric: string, value: string | number | null) => rows.push([section, metric, value]);
  add('program', 'name', program.name);
  add('program', 'generated_at', insights.generatedAt.toISOString());
  add('mentorships', 'active', insights.activeMentorships);
  for (const { status, count } of insights.mentorshipsByStatus) add('mentorships', status.toLowerCase(), count);
  const { sessions, goals, reviews, feedback, requests } = insights;
  add('sessions', 'held', sessions.held);
  add('sessions', 'expected', sessions.expected);
  add('sessions', 'mentorships_measured', sessions.mentorshipsMeasured);
  add('sessions', 'mentorships_on_cadence', sessions.mentorshipsOnCadence);
  for (const week of sessions.weekly) add('sessions_per_week', week.weekStart, week.sessions);
  add('goals', 'goals', goals.goals);
  add('goals', 'goals_completed', goals.goalsCompleted);
  add('goals', 'milestones', goals.milestones);
  add('goals', 'milestones_done', goals.milestonesDone);
  add('goals', 'milestones_overdue', goals.milestonesOverdue);
  add('reviews', 'reviews', reviews.reviews);
  add('reviews', 'raters', reviews.raters);
  add('reviews', 'average_rating', reviews.averageRating);
  add('reviews', 'average_progress', reviews.averageProgress);
  add('feedback', 'givers', feedback?.givers ?? null);
  for (const key of ['helpfulness', 'clarity', 'preparation', 'listening'] as const) add('feedback', `average_${key}`, feedback?.[key] ?? null);
  add('requests', 'received', requests.received);
  add('requests', 'answered', requests.answered);
  add('requests', 'open', requests.open);
  add('requests', 'expired_unanswered', requests.expiredUnanswered);
  add('requests', 'median_hours_to_answer', requests.medianHoursToAnswer);
  add('requests', 'average_hours_to_answer', requests.averageHoursToAnswer);
  for (const bucket of requests.buckets) add('requests_answered', bucket.label, bucket.count);
  rows.push([]);
  rows.push(['at_risk_mentorship', 'mentor', 'mentee', 'reason', 'since', 'detail']);
  for (const risk of insights.atRisk) {
    for (const reason of risk.reasons) {
      rows.push([risk.mentorshipId, risk.mentor.displayName, risk.mentee.displayName, reason.kind, reason.since.toISOString(), reason.detail]);
    }
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
