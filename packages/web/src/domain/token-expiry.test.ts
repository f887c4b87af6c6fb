import { describe, expect, it } from 'vitest';
import { dateInputValue, expiresAtFor } from './token-expiry';

const NOW = new Date(2025, 2, 10, 12, 0, 0); // 10 March 2025, noon local time

describe('expiresAtFor', () => {
  it('is null for a token that never expires', () => {
    expect(expiresAtFor('never', '', NOW)).toEqual({ ok: true, expiresAt: null });
  });

  it('counts preset days from now', () => {
    const result = expiresAtFor('30', '', NOW);
    expect(result).toEqual({ ok: true, expiresAt: new Date(NOW.getTime() + 30 * 86_400_000).toISOString() });
  });

  it('ends a chosen date at the last moment of that local day', () => {
    const result = expiresAtFor('custom', '2025-05-03', NOW);
    expect(result).toEqual({ ok: true, expiresAt: new Date(2025, 4, 3, 23, 59, 59, 999).toISOString() });
  });

  it('refuses a missing, impossible, past or too distant date', () => {
    expect(expiresAtFor('custom', '', NOW)).toMatchObject({ ok: false });
    expect(expiresAtFor('custom', '2025-02-30', NOW)).toMatchObject({ ok: false, error: 'Choose a real date.' });
    expect(expiresAtFor('custom', '2025-03-09', NOW)).toMatchObject({ ok: false, error: 'Choose a date in the future.' });
    expect(expiresAtFor('custom', '2026-06-01', NOW)).toMatchObject({ ok: false, error: expect.stringMatching(/at most 366 days/) });
  });

  it('accepts today, which still has hours left', () => {
    expect(expiresAtFor('custom', '2025-03-10', NOW)).toMatchObject({ ok: true });
  });
});

describe('dateInputValue', () => {
  it('pads months and days', () => {
    expect(dateInputValue(new Date(2025, 0, 5))).toBe('2025-01-05');
  });
});
