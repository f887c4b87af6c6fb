import { describe, expect, it } from 'vitest';
import { blankIn, compactList, toFormRows } from './compact-lists';

describe('compactList', () => {
  it('drops blank rows and remembers where the others came from', () => {
    const rows = [{ title: 'Lead a team' }, { title: '' }, { title: 'Speak at a meetup' }];
    expect(compactList(rows, (row) => row.title === '')).toEqual({
      items: [{ title: 'Lead a team' }, { title: 'Speak at a meetup' }],
      formIndex: [0, 2],
    });
  });
});

describe('toFormRows', () => {
  it('moves errors for sent items onto the form rows they came from', () => {
    const errors = [
      { field: ['goals', '1', 'title'], message: 'Keep a goal to 120 characters or fewer.' },
      { field: ['skillsToDevelop', '0', 'targetLevel'], message: 'Aim above where you are now.' },
    ];
    expect(toFormRows(errors, { goals: [0, 2], skillsToDevelop: [3] })).toEqual([
      { field: ['goals', '2', 'title'], message: 'Keep a goal to 120 characters or fewer.' },
      { field: ['skillsToDevelop', '3', 'targetLevel'], message: 'Aim above where you are now.' },
    ]);
  });

  it('leaves errors about whole lists, other fields and unknown rows alone', () => {
    const errors = [
      { field: ['goals'], message: 'Name each goal once.' },
      { field: ['timeZone'], message: 'Choose a time zone from the list.' },
      { field: ['goals', '7', 'title'], message: 'No such row.' },
      { field: [], message: 'Something else.' },
    ];
    expect(toFormRows(errors, { goals: [0, 2] })).toEqual(errors);
  });
});

describe('blankIn', () => {
  type Goal = { title: string; horizon: string; whyItMatters: string };
  type Gap = { name: string; currentLevel: number | null; targetLevel: number | null };

  it('looks only at the fields named, ignoring defaults such as a horizon', () => {
    const blankGoal = blankIn<Goal>('title', 'whyItMatters');
    expect(blankGoal({ title: '  ', horizon: 'SHORT_TERM', whyItMatters: '' })).toBe(true);
    expect(blankGoal({ title: '', horizon: 'SHORT_TERM', whyItMatters: 'Because' })).toBe(false);
  });

  it('counts null as blank and a chosen level as filled in', () => {
    const blankGap = blankIn<Gap>('name', 'currentLevel', 'targetLevel');
    expect(blankGap({ name: '', currentLevel: null, targetLevel: null })).toBe(true);
    expect(blankGap({ name: '', currentLevel: 2, targetLevel: null })).toBe(false);
  });
});
