import { describe, expect, it } from 'vitest';
import type { MentorProfileFieldsFragment } from '../../graphql/documents';
import { emptySkill, newWindow, toFormValues, toInput, validate, wholeNumberOrNull } from './profile-form';

const saved: MentorProfileFieldsFragment = {
  id: 'TWVudG9yUHJvZmlsZTox',
  headline: 'Engineering manager helping new leads',
  bio: 'Ten years of building teams.',
  expertise: ['Leadership'],
  skills: [{ name: 'Hiring', level: 4 }],
  yearsOfExperience: 12,
  industries: ['Fintech'],
  qualities: ['patient'],
  communicationStyle: 'Direct, kind.',
  languages: ['en', 'pt'],
  timeZone: 'Europe/Lisbon',
  availability: [{ weekday: 2, startTime: '18:00', endTime: '19:30' }],
  capacity: 3,
  acceptingRequests: false,
  formats: ['VIDEO'],
  visibility: 'PUBLIC',
  updatedAt: '2025-03-10T12:00:00.000Z',
};

describe('toFormValues', () => {
  it('starts a new profile with the server’s defaults and the browser’s zone', () => {
    const fresh = toFormValues(null, 'Asia/Tokyo');
    expect(fresh).toMatchObject({ capacity: 2, acceptingRequests: true, formats: ['INFORMAL', 'VIDEO'], visibility: 'MEMBERS', timeZone: 'Asia/Tokyo' });
    expect(fresh.skills).toHaveLength(1);
    expect(fresh.yearsOfExperience).toBe('');
  });

  it('round-trips a saved profile to the same input', () => {
    const { input } = toInput(toFormValues(saved, 'UTC'));
    expect(input).toEqual({
      headline: saved.headline,
      bio: saved.bio,
      yearsOfExperience: 12,
      expertise: ['Leadership'],
      skills: [{ name: 'Hiring', level: 4 }],
      industries: ['Fintech'],
      qualities: ['patient'],
      communicationStyle: 'Direct, kind.',
      formats: ['VIDEO'],
      languages: ['en', 'pt'],
      timeZone: 'Europe/Lisbon',
      availability: [{ weekday: 2, startTime: '18:00', endTime: '19:30' }],
      capacity: 3,
      acceptingRequests: false,
      visibility: 'PUBLIC',
    });
  });
});

describe('toInput', () => {
  it('drops empty skill rows, trims text and tags, and sends no years as null', () => {
    const values = { ...toFormValues(null, 'UTC'), headline: '  Hi  ', expertise: [' Design ', ' '], skills: [emptySkill(), { ...emptySkill(), name: 'Figma', level: 3 }] };
    const { input, rows } = toInput(values);
    expect(input.headline).toBe('Hi');
    expect(input.expertise).toEqual(['Design']);
    expect(input.skills).toEqual([{ name: 'Figma', level: 3 }]);
    expect(input.yearsOfExperience).toBeNull();
    expect(rows.skills).toEqual([1]);
  });
});

describe('wholeNumberOrNull', () => {
  it('reads what a number input holds', () => {
    expect(wholeNumberOrNull(5)).toBe(5);
    expect(wholeNumberOrNull('7')).toBe(7);
    expect(wholeNumberOrNull('')).toBeNull();
    expect(wholeNumberOrNull('abc')).toBeNull();
    expect(wholeNumberOrNull(2.9)).toBe(2);
  });
});

describe('validate', () => {
  it('is happy with a new profile', () => {
    expect(validate(toFormValues(null, 'UTC'))).toEqual({});
  });

  it('asks for a started skill’s name and level', () => {
    const values = { ...toFormValues(null, 'UTC'), skills: [{ ...emptySkill(), level: 2 }, { ...emptySkill(), name: 'SQL' }] };
    expect(validate(values)).toEqual({ 'skills.0.name': 'Name the skill, or remove it.', 'skills.1.level': 'Choose your level.' });
  });

  it('wants availability windows to end after they start', () => {
    const values = { ...toFormValues(null, 'UTC'), availability: [{ ...newWindow('3'), startTime: '10:00', endTime: '09:30' }] };
    expect(validate(values)).toEqual({ 'availability.0.endTime': 'End after it starts.' });
  });

  it('needs a capacity and a time zone', () => {
    expect(validate({ ...toFormValues(null, ''), capacity: '' })).toEqual({
      timeZone: 'Choose your time zone.',
      capacity: 'Say how many mentees you can take on (0 to 20).',
    });
  });
});
