import { describe, expect, it } from 'vitest';
import { occurrencesBetween, recurrenceProblem } from './occurrences.js';

const base = { timeZone: 'Europe/Lisbon', durationMinutes: 45, overrides: [], records: [], cancelledAt: null };
const ALL = [new Date('2020-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z')] as const;

describe('meeting occurrences', () => {
  it('keep the wall-clock time across daylight saving', () => {
    // Lisbon moves from UTC+0 to UTC+1 on 2027-03-28.
    const meeting = { ...base, localStart: '2027-03-16T18:00', recurrence: 'FREQ=WEEKLY;INTERVAL=2;COUNT=3' };
    expect(occurrencesBetween(meeting, ...ALL).map((o) => o.startsAt.toISOString())).toEqual([
      '2027-03-16T18:00:00.000Z',
      '2027-03-30T17:00:00.000Z',
      '2027-04-13T17:00:00.000Z',
    ]);
  });

  it('apply moved and cancelled occurrences, and only those in the window', () => {
    const meeting = {
      ...base,
      timeZone: 'UTC',
      localStart: '2027-01-04T09:00',
      recurrence: 'FREQ=WEEKLY;COUNT=4',
      overrides: [
        { originalStart: '2027-01-11T09:00:00.000Z', newStart: '2027-01-12T10:00:00.000Z', cancelled: false },
        { originalStart: '2027-01-18T09:00:00.000Z', newStart: null, cancelled: true },
      ],
    };
    const occurrences = occurrencesBetween(meeting, new Date('2027-01-10T00:00:00Z'), new Date('2027-01-20T00:00:00Z'));
    expect(occurrences.map((o) => [o.startsAt.toISOString(), o.rescheduled, o.cancelled])).toEqual([
      ['2027-01-12T10:00:00.000Z', true, false],
      ['2027-01-18T09:00:00.000Z', false, true],
    ]);
    expect(occurrences[0]!.endsAt.toISOString()).toBe('2027-01-12T10:45:00.000Z');
  });

  it.each([
    ['FREQ=WEEKLY', /ends/],
    ['FREQ=SOMETIMES;COUNT=3', /not a valid RRULE/],
    ['FREQ=DAILY;COUNT=500', /at most 200/],
    ['FREQ=WEEKLY;UNTIL=20400101T000000Z', /at most 3 years/],
    ['DTSTART:20270101T000000Z\nRRULE:FREQ=DAILY;COUNT=2', /only the RRULE part/],
  ])('refuse the rule %s', (rule, message) => {
    expect(recurrenceProblem(rule, '2027-01-04T09:00')).toMatch(message);
  });

  it('accept common series', () => {
    for (const rule of ['FREQ=WEEKLY;COUNT=10', 'FREQ=WEEKLY;INTERVAL=2;UNTIL=20271231T000000Z', 'FREQ=MONTHLY;BYDAY=+1TU;COUNT=6']) {
      expect(recurrenceProblem(rule, '2027-01-04T09:00')).toBeNull();
    }
  });
});
