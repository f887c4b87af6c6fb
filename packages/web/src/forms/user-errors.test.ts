import { describe, expect, it } from 'vitest';
import { fieldMatcher, formPath, mapUserErrors } from './user-errors';

describe('formPath', () => {
  it('joins an input path the way @mantine/form names nested fields', () => {
    expect(formPath(['skills', '2', 'level'])).toBe('skills.2.level');
    expect(formPath(['email'])).toBe('email');
    expect(formPath([])).toBe('');
  });
});

describe('fieldMatcher', () => {
  const shows = fieldMatcher(['headline', 'skills', 'skills.*.name', 'skills.*.level']);

  it('matches exact names and list items by index', () => {
    expect(shows('headline')).toBe(true);
    expect(shows('skills')).toBe(true);
    expect(shows('skills.0.name')).toBe(true);
    expect(shows('skills.12.level')).toBe(true);
  });

  it('does not match other names, partial paths or non-numeric indexes', () => {
    expect(shows('bio')).toBe(false);
    expect(shows('skills.0')).toBe(false);
    expect(shows('skills.x.name')).toBe(false);
    expect(shows('skills.0.name.extra')).toBe(false);
    expect(shows('headlines')).toBe(false);
  });
});

describe('mapUserErrors', () => {
  const shows = fieldMatcher(['email', 'password', 'expertise', 'skills', 'skills.*.name', 'skills.*.level']);

  it('puts an error next to the field its path names', () => {
    const mapped = mapUserErrors(
      [
        { field: ['email'], message: 'Enter a valid email address.' },
        { field: ['skills', '2', 'level'], message: 'Levels go from 1 to 5.' },
      ],
      { shows },
    );
    expect(mapped).toEqual({
      fields: { email: 'Enter a valid email address.', 'skills.2.level': 'Levels go from 1 to 5.' },
      form: [],
    });
  });

  it('sends errors with no field, or a field the form does not show, to the form', () => {
    const mapped = mapUserErrors(
      [
        { field: [], message: 'That email and password do not match.' },
        { field: ['tokenId'], message: 'No such token of yours.' },
      ],
      { shows },
    );
    expect(mapped.fields).toEqual({});
    expect(mapped.form).toEqual(['That email and password do not match.', 'No such token of yours.']);
  });

  it('falls back to the nearest ancestor the form shows', () => {
    const mapped = mapUserErrors([{ field: ['expertise', '3'], message: 'Keep each area to 60 characters.' }], { shows });
    expect(mapped.fields).toEqual({ expertise: 'Keep each area to 60 characters.' });
  });

  it('keeps every distinct message for one field, once each', () => {
    const mapped = mapUserErrors(
      [
        { field: ['password'], message: 'Use at least 10 characters.' },
        { field: ['password'], message: 'Use at least 10 characters.' },
        { field: ['password'], message: 'This password is too common.' },
      ],
      { shows },
    );
    expect(mapped.fields).toEqual({ password: 'Use at least 10 characters. This password is too common.' });
  });

  it('renames input paths the form names differently', () => {
    const mapped = mapUserErrors([{ field: ['expiresAt'], message: 'The expiry must be in the future.' }], {
      shows: fieldMatcher(['expiry']),
      aliases: { expiresAt: 'expiry' },
    });
    expect(mapped.fields).toEqual({ expiry: 'The expiry must be in the future.' });
  });
});
