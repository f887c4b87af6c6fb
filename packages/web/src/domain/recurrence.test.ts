import { describe, expect, it } from 'vitest';
import { customRuleProblem, describeRecurrence, recurrenceRule } from './recurrence';

describe('recurrence', () => {
  it('turns presets into rules that end', () => {
    expect(recurrenceRule('once', 10)).toBeNull();
    expect(recurrenceRule('weekly', 10)).toBe('FREQ=WEEKLY;COUNT=10');
    expect(recurrenceRule('biweekly', 6)).toBe('FREQ=WEEKLY;INTERVAL=2;COUNT=6');
    expect(recurrenceRule('monthly', 12)).toBe('FREQ=MONTHLY;COUNT=12');
    expect(recurrenceRule('custom', 0, ' rrule:freq=monthly;byday=+1tu;count=6 ')).toBe('FREQ=MONTHLY;BYDAY=+1TU;COUNT=6');
  });

  it('checks a custom rule has a frequency and an end', () => {
    expect(customRuleProblem('')).toMatch(/Write a rule/);
    expect(customRuleProblem('COUNT=3')).toMatch(/FREQ/);
    expect(customRuleProblem('FREQ=WEEKLY')).toMatch(/ends/);
    expect(customRuleProblem('FREQ=WEEKLY;UNTIL=20271231')).toBeNull();
  });

  it('describes rules in words', () => {
    expect(describeRecurrence(null)).toBe('Once');
    expect(describeRecurrence('FREQ=WEEKLY;INTERVAL=2;COUNT=10')).toBe('Every two weeks, 10 times');
    expect(describeRecurrence('FREQ=MONTHLY;UNTIL=20271231')).toBe('Every month, until 2027-12-31');
    expect(describeRecurrence('FREQ=HOURLY;COUNT=2')).toBe('FREQ=HOURLY;COUNT=2');
  });
});
