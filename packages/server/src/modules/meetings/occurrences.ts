import rrule from 'rrule';
import { wallClockToInstant } from '../../time/zones.js';
import type { MeetingOccurrence, OccurrenceOverride, OccurrenceRecord } from './meeting.types.js';

const { rrulestr } = rrule;

/** The most occurrences a series may have, and how far ahead it may run. */
export const MAX_OCCURRENCES = 200;
export const MAX_SERIES_YEARS = 3;

const floating = (localStart: string) => new Date(`${localStart}:00Z`);

/**
 * Why an RRULE is not acceptable, or null. It must parse, produce at least
 * one occurrence, and end (COUNT or UNTIL) within the limits.
 */
export function recurrenceProblem(recurrence: string, localStart: string): string | null {
  if (recurrence.length > 300 || /DTSTART|\n/i.test(recurrence)) return 'Give only the RRULE part, such as FREQ=WEEKLY;INTERVAL=2;COUNT=10.';
  let rule;
  try {
    rule = rrulestr(recurrence.replace(/^RRULE:/i, ''), { dtstart: floating(localStart) });
  } catch {
    return 'That is not a valid RRULE; try FREQ=WEEKLY;INTERVAL=2;COUNT=10.';
  }
  if (!rule.options.count && !rule.options.until) return 'Say when the series ends, with COUNT or UNTIL.';
  const limit = new Date(floating(localStart).getTime() + MAX_SERIES_YEARS * 365 * 86_400_000);
  const all = rule.between(floating(localStart), limit, true, (_, index) => index <= MAX_OCCURRENCES);
  if (!all.length) return 'That rule produces no meetings.';
  if (all.length > MAX_OCCURRENCES) return `A series has at most ${MAX_OCCURRENCES} meetings.`;
  if (rule.options.until && rule.options.until > limit) return `A series runs at most ${MAX_SERIES_YEARS} years.`;
  return null;
}

/** Every occurrence between two instants, with overrides and records applied. */
export function occurrencesBetween(
  meeting: { localStart: string; timeZone: string; durationMinutes: number; recurrence: string | null; overrides: OccurrenceOverride[]; records: OccurrenceRecord[]; cancelledAt: Date | null },
  from: Date,
  to: Date,
): MeetingOccurrence[] {
  const starts = meeting.recurrence
    ? rrulestr(meeting.recurrence.replace(/^RRULE:/i, ''), { dtstart: floating(meeting.localStart) })
        .all((_, index) => index < MAX_OCCURRENCES)
        .map((wallClock) => wallClockToInstant(wallClock, meeting.timeZone))
    : [wallClockToInstant(floating(meeting.localStart), meeting.timeZone)];
  const durationMs = meeting.durationMinutes * 60_000;
  return starts
    .map((originalStart) => {
      const override = meeting.overrides.find((o) => o.originalStart === originalStart.toISOString());
      const record = meeting.records.find((r) => r.originalStart === originalStart.toISOString());
      const startsAt = override?.newStart ? new Date(override.newStart) : originalStart;
      return {
        originalStart,
        startsAt,
        endsAt: new Date(startsAt.getTime() + durationMs),
        cancelled: Boolean(meeting.cancelledAt) || Boolean(override?.cancelled),
        rescheduled: Boolean(override?.newStart),
        attendedUserIds: record?.attendedUserIds ?? [],
        notes: record?.notes ?? '',
      };
    })
    .filter((occurrence) => occurrence.endsAt > from && occurrence.startsAt < to)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** The occurrence the series had at `originalStart` (before any moves), or null. */
export function occurrenceAt(
  meeting: Parameters<typeof occurrencesBetween>[0],
  originalStart: Date,
): MeetingOccurrence | null {
  const original = originalStart.toISOString();
  return occurrencesBetween(meeting, new Date(0), new Date(8.64e15)).find((o) => o.originalStart.toISOString() === original) ?? null;
}
