/** When a new personal access token stops working: a preset, a date, or never. */

export type ExpiryChoice = '7' | '30' | '90' | '365' | 'custom' | 'never';

export const EXPIRY_CHOICES: ReadonlyArray<{ value: ExpiryChoice; label: string }> = [
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '1 year' },
  { value: 'custom', label: 'On a date…' },
  { value: 'never', label: 'Never' },
];

/** The server refuses anything later than this many days ahead. */
export const MAX_TOKEN_LIFETIME_DAYS = 366;
const DAY_MS = 86_400_000;

export type ExpiryResult = { ok: true; expiresAt: string | null } | { ok: false; error: string };

/**
 * The `expiresAt` to send: `null` for never; a number of days from `now`; or
 * the end of a chosen day (`YYYY-MM-DD`) in the browser's time zone, so a
 * token "expiring on 3 May" still works all of 3 May.
 */
export function expiresAtFor(choice: ExpiryChoice, customDate: string, now: Date = new Date()): ExpiryResult {
  if (choice === 'never') return { ok: true, expiresAt: null };
  if (choice !== 'custom') return { ok: true, expiresAt: new Date(now.getTime() + Number(choice) * DAY_MS).toISOString() };

  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(customDate);
  if (!match) return { ok: false, error: 'Choose the date it should stop working.' };
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const end = new Date(year, month - 1, day, 23, 59, 59, 999);
  if (end.getMonth() !== month - 1 || end.getDate() !== day) return { ok: false, error: 'Choose a real date.' };
  if (end.getTime() <= now.getTime()) return { ok: false, error: 'Choose a date in the future.' };
  if (end.getTime() > now.getTime() + MAX_TOKEN_LIFETIME_DAYS * DAY_MS) {
    return { ok: false, error: `A token lives at most ${MAX_TOKEN_LIFETIME_DAYS} days; choose an earlier date.` };
  }
  return { ok: true, expiresAt: end.toISOString() };
}

/** `YYYY-MM-DD` in local time, for `<input type="date">`'s min and max. */
export function dateInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
