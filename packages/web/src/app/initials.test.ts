import { describe, expect, it } from 'vitest';
import { initials } from './initials';

describe('initials', () => {
  it('takes the first and last words', () => {
    expect(initials('Ada Lovelace')).toBe('AL');
    expect(initials('  Maria  da  Silva ')).toBe('MS');
    expect(initials('ada')).toBe('A');
  });

  it('copes with letters outside ASCII and with nothing at all', () => {
    expect(initials('émile zola')).toBe('ÉZ');
    expect(initials('   ')).toBe('?');
  });
});
