/** Meeting recurrence: the form's presets as RRULEs, and a plain-words description of a rule. */

export type RecurrencePreset = 'once' | 'weekly' | 'biweekly' | 'monthly' | 'custom';

export const RECURRENCE_PRESETS: { value: RecurrencePreset; label: string }[] = [
  { value: 'once', label: 'Once' },
  { value: 'weekly', label: 'Weekly' },
  { value: 'biweekly', label: 'Every two weeks' },
  { value: 'monthly', label: 'Monthly' },
  { value: 'custom', label: 'Custom rule' },
];

/**
 * The RRULE to send: null for one meeting; the presets end after `count`
 * meetings (the server wants every series to end); a custom rule as typed.
 */
export function recurrenceRule(preset: RecurrencePreset, count: number, custom = ''): string | null {
  switch (preset) {
    case 'once':
      return null;
    case 'weekly':
      return `FREQ=WEEKLY;COUNT=${count}`;
    case 'biweekly':
      return `FREQ=WEEKLY;INTERVAL=2;COUNT=${count}`;
    case 'monthly':
      return `FREQ=MONTHLY;COUNT=${count}`;
    case 'custom': {
      const rule = custom.trim().replace(/^RRULE:/i, '');
      return rule ? rule.toUpperCase() : null;
    }
  }
}

/** A quick check before sending; the server has the final word (INVALID_RECURRENCE). */
export function customRuleProblem(rule: string): string | null {
  const text = rule.trim().replace(/^RRULE:/i, '').toUpperCase();
  if (!text) return 'Write a rule, e.g. FREQ=WEEKLY;INTERVAL=2;COUNT=10.';
  const parts = Object.fromEntries(text.split(';').map((part) => part.split('=') as [string, string]));
  if (!parts.FREQ) return 'A rule starts with FREQ, e.g. FREQ=WEEKLY.';
  if (!parts.COUNT && !parts.UNTIL) return 'Say when it ends: add COUNT=… or UNTIL=….';
  return null;
}

const FREQ_WORDS: Record<string, [string, string]> = {
  DAILY: ['day', 'days'],
  WEEKLY: ['week', 'weeks'],
  MONTHLY: ['month', 'months'],
  YEARLY: ['year', 'years'],
};

/** "Every 2 weeks, 10 times"; "Once" for no rule; the rule itself when it is beyond these words. */
export function describeRecurrence(rule: string | null | undefined): string {
  if (!rule) return 'Once';
  const parts = Object.fromEntries(rule.split(';').map((part) => part.split('=') as [string, string]));
  const words = FREQ_WORDS[parts.FREQ ?? ''];
  if (!words) return rule;
  const interval = Number(parts.INTERVAL ?? 1);
  const every = interval === 1 ? `Every ${words[0]}` : interval === 2 ? `Every two ${words[1]}` : `Every ${interval} ${words[1]}`;
  const end = parts.COUNT ? `, ${parts.COUNT} times` : parts.UNTIL ? `, until ${parts.UNTIL.slice(0, 4)}-${parts.UNTIL.slice(4, 6)}-${parts.UNTIL.slice(6, 8)}` : '';
  return `${every}${end}`;
}
