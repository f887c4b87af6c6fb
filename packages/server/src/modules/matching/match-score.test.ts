import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, MATCH_FACTORS, scoreMatch, weeklyOverlapHours, type MatchFactor, type MatchWeights, type MenteeNeeds, type MentorOffer } from './match-score.js';

// Fixed fixtures: a mentee in Lisbon who wants to get better at public
// speaking and SQL, in Portuguese first, and mentors who differ in one way each.
const AT = new Date('2026-11-25T12:00:00Z'); // Lisbon is on UTC then; New York on UTC-5
const mentee: MenteeNeeds = {
  skillsToDevelop: [
    { name: 'Public speaking', currentLevel: 1, targetLevel: 4 },
    { name: 'SQL', currentLevel: 2, targetLevel: 3 },
  ],
  goals: [
    { id: 'g1', title: 'Present at a design review', horizon: 'SHORT_TERM' as never, whyItMatters: 'Visibility' },
    { id: 'g2', title: 'Grow into data engineering', horizon: 'LONG_TERM' as never, whyItMatters: '' },
  ],
  preferredLanguages: ['pt', 'en'],
  timeZone: 'Europe/Lisbon',
};
const base: MentorOffer = {
  headline: 'Mentor',
  expertise: [],
  skills: [],
  languages: ['de'],
  timeZone: 'Asia/Tokyo',
  availability: [{ weekday: 1, startTime: '02:00', endTime: '04:00' }], // Tokyo at 2am: Lisbon's night
  capacity: 4,
  openMentorships: 3,
  medianResponseHours: 24 * 10,
};
/** For each factor, a mentor who is better than `base` in that one way only. */
const betterIn: Record<MatchFactor, MentorOffer> = {
  SKILLS: { ...base, skills: [{ name: 'public speaking', level: 5 }] },
  GOALS: { ...base, expertise: ['Data engineering'] },
  AVAILABILITY: { ...base, timeZone: 'Europe/Lisbon', availability: [{ weekday: 2, startTime: '18:00', endTime: '21:00' }] },
  LANGUAGE: { ...base, languages: ['pt'] },
  CAPACITY: { ...base, openMentorships: 0 },
  RESPONSIVENESS: { ...base, medianResponseHours: 3 },
};
const only = (factor: MatchFactor, weight = 10): MatchWeights =>
  Object.fromEntries(MATCH_FACTORS.map((f) => [f, f === factor ? weight : 1])) as MatchWeights;
const score = (mentor: MentorOffer, weights: MatchWeights) => scoreMatch(mentee, mentor, weights, AT).score;

describe('match scores', () => {
  it.each(MATCH_FACTORS)('rank the mentor better in %s higher, more so the more it weighs, and not at all at weight 0', (factor) => {
    const better = betterIn[factor];
    expect(score(better, only(factor, 1))).toBeGreaterThan(score(base, only(factor, 1)));
    const lead = (weight: number) => score(better, only(factor, weight)) - score(base, only(factor, weight));
    expect(lead(10)).toBeGreaterThan(lead(1));
    expect(lead(0)).toBeCloseTo(0, 10);
  });

  it('flip the order of two mentors when the mentee swaps which factor matters', () => {
    const skilled = betterIn.SKILLS;
    const speaksPortuguese = betterIn.LANGUAGE;
    expect(score(skilled, { ...DEFAULT_WEIGHTS, SKILLS: 10, LANGUAGE: 1 })).toBeGreaterThan(score(speaksPortuguese, { ...DEFAULT_WEIGHTS, SKILLS: 10, LANGUAGE: 1 }));
    expect(score(speaksPortuguese, { ...DEFAULT_WEIGHTS, SKILLS: 1, LANGUAGE: 10 })).toBeGreaterThan(score(skilled, { ...DEFAULT_WEIGHTS, SKILLS: 1, LANGUAGE: 10 }));
  });

  it('explain every part in a sentence, with contributions that add up to the score', () => {
    const result = scoreMatch(mentee, { ...betterIn.SKILLS, skills: [{ name: 'Public speaking', level: 5 }, { name: 'SQL', level: 2 }] }, DEFAULT_WEIGHTS, AT);
    const skills = result.parts.find((part) => part.factor === 'SKILLS')!;
    expect(skills.explanation).toBe('Covers 2 of your 2 skills to develop (Public speaking, SQL).');
    // Public speaking (gap 3) fully, SQL (gap 1) at half: (3 + 0.5) / 4.
    expect(skills.value).toBeCloseTo(0.875);
    expect(result.parts.reduce((sum, part) => sum + part.contribution, 0)).toBeCloseTo(result.score);
    expect(result.parts.map((part) => part.factor)).toEqual([...MATCH_FACTORS]);
    for (const part of result.parts) expect(part.explanation).toMatch(/\.$/);
  });

  it('count availability across time zones', () => {
    // New York 13:00-17:00 is Lisbon 18:00-22:00 in November: all four hours in the mentee's day.
    const newYork = { ...base, timeZone: 'America/New_York', availability: [{ weekday: 3, startTime: '13:00', endTime: '17:00' }] };
    expect(weeklyOverlapHours(mentee, newYork, AT)).toBe(4);
    // New York 17:00-19:00 is Lisbon 22:00-00:00: outside the mentee's day.
    expect(weeklyOverlapHours(mentee, { ...newYork, availability: [{ weekday: 3, startTime: '17:00', endTime: '19:00' }] }, AT)).toBe(0);
  });
});
