import type { AtRiskReasonKind, MentorshipStatus, ProgramInsightsQuery } from '@mentorspace/schema';
import { MENTORSHIP_STATUSES } from './agreement';

type ProgramNode = Extract<NonNullable<ProgramInsightsQuery['node']>, { __typename: 'Program' }>;
export type Insights = NonNullable<ProgramNode['insights']>;

/** Mantine colour names (`spruce.6`) for each status, in lifecycle order. */
export function statusChartData(byStatus: Insights['mentorshipsByStatus']): { name: string; value: number; color: string }[] {
  return byStatus
    .filter((entry) => entry.count > 0)
    .map((entry) => {
      const status = MENTORSHIP_STATUSES[entry.status as MentorshipStatus];
      return { name: status.label, value: entry.count, color: `${status.color}.6` };
    });
}

const SHORT_DATE = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** One bar per week, labelled by its Monday ("Sep 7"). */
export function weeklyChartData(weekly: Insights['sessions']['weekly']): { week: string; Sessions: number }[] {
  return weekly.map((week) => ({ week: SHORT_DATE.format(new Date(`${week.weekStart}T00:00:00Z`)), Sessions: week.sessions }));
}

/** Held against promised, as a whole percentage; null when nothing was promised yet. */
export function cadencePercent(sessions: Insights['sessions']): number | null {
  return sessions.expected > 0 ? Math.round((sessions.held / sessions.expected) * 100) : null;
}

/** Stacked bars: goals done or open; milestones done, open or overdue. */
export function completionChartData(goals: Insights['goals']): { item: string; Done: number; Open: number; Overdue: number }[] {
  return [
    { item: 'Goals', Done: goals.goalsCompleted, Open: goals.goals - goals.goalsCompleted, Overdue: 0 },
    {
      item: 'Milestones',
      Done: goals.milestonesDone,
      Open: goals.milestones - goals.milestonesDone - goals.milestonesOverdue,
      Overdue: goals.milestonesOverdue,
    },
  ];
}

/** Average ratings (1 to 5) as bars: feedback aspects, then the review rating. Empty when hidden (fewer than three people). */
export function ratingsChartData(feedback: Insights['feedback'], reviews: Insights['reviews']): { aspect: string; Average: number }[] {
  const bars = feedback
    ? [
        { aspect: 'Helpfulness', Average: feedback.helpfulness },
        { aspect: 'Clarity', Average: feedback.clarity },
        { aspect: 'Preparation', Average: feedback.preparation },
        { aspect: 'Listening', Average: feedback.listening },
      ]
    : [];
  if (reviews.averageRating !== null) bars.push({ aspect: 'Review rating', Average: reviews.averageRating });
  return bars;
}

export function responseChartData(requests: Insights['requests']): { span: string; Requests: number }[] {
  return requests.buckets.map((bucket) => ({ span: bucket.label, Requests: bucket.count }));
}

export const REASON_LABELS: Record<AtRiskReasonKind, { label: string; color: string }> = {
  NO_RECENT_SESSION: { label: 'No recent session', color: 'orange' },
  REVIEW_OVERDUE: { label: 'Review overdue', color: 'yellow' },
  UNANSWERED_MESSAGE: { label: 'Unanswered message', color: 'red' },
};

/** Hours as people say them: "5 h", "1.3 days". */
export function formatHours(hours: number | null): string {
  if (hours === null) return '—';
  return hours < 48 ? `${Math.round(hours)} h` : `${Math.round((hours / 24) * 10) / 10} days`;
}

/** "new-managers-program-insights-2026-11-26.csv" */
export function csvFilename(programName: string, generatedAt: string): string {
  const slug = programName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'program';
  return `${slug}-insights-${generatedAt.slice(0, 10)}.csv`;
}
