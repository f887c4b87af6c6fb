import { describe, expect, it } from 'vitest';
import type { NeedsAssessmentFieldsFragment } from '../../graphql/documents';
import { emptyGoal, emptyReflection, emptySkillGap, toFormValues, toInput, validate, type NeedsAssessmentValues } from './needs-assessment-form';

const saved: NeedsAssessmentFieldsFragment = {
  id: 'TmVlZHNBc3Nlc3NtZW50OjE=',
  goals: [{ id: '0b8f5a52-5f43-4c43-9d1e-5f1c2b7f9a10', title: 'Lead a project', horizon: 'LONG_TERM', whyItMatters: 'I want more ownership.' }],
  skillsToDevelop: [{ name: 'Facilitation', currentLevel: 2, targetLevel: 4 }],
  reflections: [{ situation: 'A launch slipped', whatWorked: 'Daily check-ins', whatDidNot: 'Late scope cuts' }],
  supportKinds: ['CAREER_GUIDANCE'],
  preferredFormats: ['VIDEO'],
  preferredCadence: null,
  preferredLanguages: ['pt', 'en'],
  timeZone: null,
  updatedAt: '2025-03-10T12:00:00.000Z',
};

const values = (overrides: Partial<NeedsAssessmentValues>): NeedsAssessmentValues => ({
  ...toFormValues(null, 'Europe/Lisbon'),
  goals: [],
  skillsToDevelop: [],
  reflections: [],
  ...overrides,
});

describe('toFormValues', () => {
  it('starts a first assessment with one row of each to fill in, in the browser’s zone', () => {
    const fresh = toFormValues(null, 'Europe/Lisbon');
    expect(fresh.goals).toHaveLength(1);
    expect(fresh.skillsToDevelop).toEqual([expect.objectContaining({ name: '', currentLevel: null, targetLevel: null })]);
    expect(fresh.reflections).toHaveLength(1);
    expect(fresh.timeZone).toBe('Europe/Lisbon');
    expect(fresh.preferredCadence).toBe('');
  });

  it('loads a saved assessment, filling only a missing time zone', () => {
    const loaded = toFormValues(saved, 'Europe/Lisbon');
    expect(loaded.goals[0]).toMatchObject({ title: 'Lead a project', horizon: 'LONG_TERM' });
    expect(loaded.skillsToDevelop[0]).toMatchObject({ currentLevel: 2, targetLevel: 4 });
    expect(loaded.timeZone).toBe('Europe/Lisbon');
    expect(toFormValues({ ...saved, timeZone: 'Asia/Tokyo' }, 'Europe/Lisbon').timeZone).toBe('Asia/Tokyo');
  });

  it('gives every row its own key', () => {
    const loaded = toFormValues({ ...saved, goals: [saved.goals[0]!, { ...saved.goals[0]!, title: 'Other' }] }, 'UTC');
    expect(new Set(loaded.goals.map((goal) => goal.key)).size).toBe(2);
  });
});

describe('toInput', () => {
  it('sends the whole assessment, trimmed, without row keys', () => {
    const { input } = toInput(toFormValues(saved, 'UTC'));
    expect(input).toEqual({
      goals: [{ id: '0b8f5a52-5f43-4c43-9d1e-5f1c2b7f9a10', title: 'Lead a project', horizon: 'LONG_TERM', whyItMatters: 'I want more ownership.' }],
      skillsToDevelop: [{ name: 'Facilitation', currentLevel: 2, targetLevel: 4 }],
      reflections: [{ situation: 'A launch slipped', whatWorked: 'Daily check-ins', whatDidNot: 'Late scope cuts' }],
      supportKinds: ['CAREER_GUIDANCE'],
      preferredFormats: ['VIDEO'],
      preferredCadence: null,
      preferredLanguages: ['pt', 'en'],
      timeZone: 'UTC',
    });
  });

  it('drops rows left empty and remembers which rows were sent', () => {
    const { input, rows } = toInput(
      values({
        goals: [emptyGoal(), { ...emptyGoal(), title: '  Speak at a meetup ' }],
        skillsToDevelop: [emptySkillGap()],
        reflections: [emptyReflection(), emptyReflection(), { ...emptyReflection(), situation: 'A tough review' }],
      }),
    );
    // A new goal has no id yet: the server gives it one.
    expect(input.goals).toEqual([{ title: 'Speak at a meetup', horizon: 'SHORT_TERM', whyItMatters: '' }]);
    expect(input.skillsToDevelop).toEqual([]);
    expect(rows).toEqual({ goals: [1], skillsToDevelop: [], reflections: [2] });
  });

  it('sends no preference as null', () => {
    const { input } = toInput(values({ preferredCadence: '', timeZone: '' }));
    expect(input.preferredCadence).toBeNull();
    expect(input.timeZone).toBeNull();
  });
});

describe('validate', () => {
  it('accepts empty rows, which are not sent', () => {
    expect(validate(toFormValues(null, 'UTC'))).toEqual({});
  });

  it('asks for what a started row lacks', () => {
    const errors = validate(
      values({
        goals: [{ ...emptyGoal(), whyItMatters: 'Because' }],
        skillsToDevelop: [{ ...emptySkillGap(), currentLevel: 3 }],
        reflections: [{ ...emptyReflection(), whatWorked: 'Pairing' }],
      }),
    );
    expect(errors).toEqual({
      'goals.0.title': 'Name the goal, or remove it.',
      'skillsToDevelop.0.name': 'Name the skill, or remove it.',
      'skillsToDevelop.0.targetLevel': 'Choose where you want to be.',
      'reflections.0.situation': 'Describe the situation, or remove this reflection.',
    });
  });

  it('wants the target level above the current one', () => {
    const errors = validate(values({ skillsToDevelop: [{ ...emptySkillGap(), name: 'SQL', currentLevel: 3, targetLevel: 3 }] }));
    expect(errors).toEqual({ 'skillsToDevelop.0.targetLevel': 'Aim above where you are now.' });
    expect(validate(values({ skillsToDevelop: [{ ...emptySkillGap(), name: 'SQL', currentLevel: 3, targetLevel: 4 }] }))).toEqual({});
  });
});
