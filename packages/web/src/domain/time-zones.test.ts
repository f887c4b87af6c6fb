import { describe, expect, it } from 'vitest';
import { initialTimeZone, isTimeZone, timeZoneLabel, timeZoneOptions, utcOffset } from './time-zones';

// A fixed winter instant, so daylight saving never changes the expectations.
const JANUARY = new Date('2025-01-15T12:00:00Z');
const JULY = new Date('2025-07-15T12:00:00Z');

describe('utcOffset', () => {
  it('formats whole, half-hour and negative offsets', () => {
    expect(utcOffset('Asia/Kolkata', JANUARY)).toBe('UTC+05:30');
    expect(utcOffset('America/Sao_Paulo', JANUARY)).toBe('UTC−03:00');
    expect(utcOffset('Asia/Tokyo', JANUARY)).toBe('UTC+09:00');
  });

  it('writes a zero offset like every other', () => {
    expect(utcOffset('UTC', JANUARY)).toBe('UTC+00:00');
    expect(utcOffset('Europe/Lisbon', JANUARY)).toBe('UTC+00:00');
  });

  it('follows daylight saving at the given instant', () => {
    expect(utcOffset('Europe/Lisbon', JULY)).toBe('UTC+01:00');
    expect(utcOffset('America/New_York', JULY)).toBe('UTC−04:00');
  });
});

describe('timeZoneLabel', () => {
  it('reads like a place, with its offset', () => {
    expect(timeZoneLabel('America/New_York', JANUARY)).toBe('America/New York (UTC−05:00)');
  });
});

describe('timeZoneOptions', () => {
  const zones = ['Europe/Lisbon', 'America/New_York', 'Asia/Kolkata', 'Europe/Berlin', 'Etc/GMT+2'];

  it('groups zones by region, A to Z, with "Other" last', () => {
    const groups = timeZoneOptions({ zones, at: JANUARY });
    expect(groups.map((g) => g.group)).toEqual(['America', 'Asia', 'Europe', 'Other']);
    expect(groups.find((g) => g.group === 'Europe')!.items.map((i) => i.value)).toEqual(['Europe/Berlin', 'Europe/Lisbon']);
  });

  it('labels each zone for searching by city or offset', () => {
    const groups = timeZoneOptions({ zones, at: JANUARY });
    const kolkata = groups.flatMap((g) => g.items).find((item) => item.value === 'Asia/Kolkata');
    expect(kolkata?.label).toBe('Asia/Kolkata (UTC+05:30)');
  });

  it('adds the saved and the browser’s zone when the list lacks them, once, and ignores invalid ones', () => {
    const groups = timeZoneOptions({ zones, include: ['UTC', 'Europe/Lisbon', 'Not/A_Zone', null], at: JANUARY });
    const values = groups.flatMap((g) => g.items.map((i) => i.value));
    expect(values).toContain('UTC');
    expect(values.filter((v) => v === 'Europe/Lisbon')).toHaveLength(1);
    expect(values).not.toContain('Not/A_Zone');
    expect(values).toHaveLength(zones.length + 1);
  });

  it('offers the browser’s own list by default', () => {
    const values = timeZoneOptions({ at: JANUARY }).flatMap((g) => g.items.map((i) => i.value));
    expect(values.length).toBeGreaterThan(300);
    expect(values).toContain('Europe/Lisbon');
  });
});

describe('isTimeZone', () => {
  it('accepts IANA names and rejects anything else', () => {
    expect(isTimeZone('Europe/Lisbon')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});

describe('initialTimeZone', () => {
  it('prefers the saved zone, then the browser’s, then UTC', () => {
    expect(initialTimeZone('Asia/Tokyo', 'Europe/Lisbon')).toBe('Asia/Tokyo');
    expect(initialTimeZone(null, 'Europe/Lisbon')).toBe('Europe/Lisbon');
    expect(initialTimeZone(undefined, undefined)).toBe('UTC');
  });
});
