import { describe, expect, it } from 'vitest';
import { COMMON_LANGUAGES, languageLabel, languageName, languageOptions } from './languages';

describe('languageName', () => {
  it('names a code in the given locale', () => {
    expect(languageName('pt', 'en')).toBe('Portuguese');
    expect(languageName('de', 'fr')).toBe('allemand');
  });

  it('falls back to the code for one it cannot name', () => {
    expect(languageName('qq', 'en')).toBe('qq');
  });
});

describe('languageLabel', () => {
  it('adds the language’s own name, so either can be searched', () => {
    expect(languageLabel('de', 'en')).toBe('German · Deutsch');
  });

  it('does not repeat a name that is the same in both', () => {
    expect(languageLabel('en', 'en')).toBe('English');
  });
});

describe('languageOptions', () => {
  it('offers every common language once, as two-letter codes, sorted by label', () => {
    const options = languageOptions('en');
    expect(options.map((o) => o.value).sort()).toEqual([...new Set(COMMON_LANGUAGES)].sort());
    expect(options.every((o) => /^[a-z]{2}$/.test(o.value))).toBe(true);
    const labels = options.map((o) => o.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('keeps saved codes outside the common list, normalised, and drops ones that are not codes', () => {
    const options = languageOptions('en', ['LB', 'en', 'english', ' fy ']);
    const values = options.map((o) => o.value);
    expect(values).toContain('lb');
    expect(values).toContain('fy');
    expect(values).not.toContain('english');
    expect(values.filter((v) => v === 'en')).toHaveLength(1);
    expect(options.find((o) => o.value === 'lb')?.label).toMatch(/^Luxembourgish/);
  });
});
