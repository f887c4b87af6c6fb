import { describe, expect, it } from 'vitest';
import { formatDate, relativeTime } from './dates';

const NOW = new Date('2025-03-10T12:00:00Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const ahead = (ms: number) => new Date(NOW.getTime() + ms).toISOString();

describe('relativeTime', () => {
  it('says "just now" within a minute either way', () => {
    expect(relativeTime(ago(20_000), NOW, 'en')).toBe('just now');
    expect(relativeTime(ahead(59_000), NOW, 'en')).toBe('just now');
  });

  it('picks the largest whole unit', () => {
    expect(relativeTime(ago(5 * 60_000), NOW, 'en')).toBe('5 minutes ago');
    expect(relativeTime(ago(3 * 3_600_000), NOW, 'en')).toBe('3 hours ago');
    expect(relativeTime(ago(86_400_000), NOW, 'en')).toBe('yesterday');
    expect(relativeTime(ahead(3 * 86_400_000), NOW, 'en')).toBe('in 3 days');
    expect(relativeTime(ahead(400 * 86_400_000), NOW, 'en')).toBe('next year');
  });

  it('returns text it cannot parse as it is', () => {
    expect(relativeTime('not a date', NOW, 'en')).toBe('not a date');
    expect(formatDate('not a date')).toBe('not a date');
  });
});
