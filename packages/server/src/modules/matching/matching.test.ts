import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app.js';
import { createMentee, createMentor, matchPair, type Person } from '../../testing/mentoring.js';

const server = useTestApp();
let mentee: Person;

const RECOMMEND = `query($weights: MatchWeightsInput) {
  recommendedMentors(first: 10, weights: $weights) {
    mentor { headline } score parts { factor value weight contribution explanation }
  }
}`;

beforeAll(async () => {
  mentee = await createMentee(server.app, 'Seeker');
  await mentee.client.data(`mutation { updateNeedsAssessment(input: {
    skillsToDevelop: [{ name: "Public speaking", currentLevel: 1, targetLevel: 4 }],
    preferredLanguages: ["pt"], timeZone: "Europe/Lisbon"
  }) { userErrors { code } } }`);
  await createMentor(server.app, 'Coach', { headline: 'Speaking coach', skills: [{ name: 'Public speaking', level: 5 }], languages: ['en'] });
  await createMentor(server.app, 'Lusophone', { headline: 'Portuguese-speaking generalist', languages: ['pt'] });
  await createMentor(server.app, 'Closed', { headline: 'Not taking requests', skills: [{ name: 'Public speaking', level: 5 }], acceptingRequests: false });
  await createMentor(server.app, 'Full', { headline: 'No places', skills: [{ name: 'Public speaking', level: 5 }], capacity: 0 });
  const partner = await createMentor(server.app, 'Partner', { headline: 'Already my mentor', skills: [{ name: 'Public speaking', level: 5 }], languages: ['pt'] });
  await matchPair(mentee, partner);
});

const recommend = async (weights?: Record<string, number>) => (await mentee.client.data(RECOMMEND, { weights })).recommendedMentors;

describe('recommended mentors', () => {
  it('leave out mentors who are full, closed, already matched, or the mentee', async () => {
    const names = (await recommend()).map((match: { mentor: { headline: string } }) => match.mentor.headline);
    expect(new Set(names)).toEqual(new Set(['Speaking coach', 'Portuguese-speaking generalist']));
  });

  it('explain every part, and follow the weights given', async () => {
    const bySkills = await recommend({ SKILLS: 10, LANGUAGE: 1 });
    expect(bySkills[0].mentor.headline).toBe('Speaking coach');
    expect(bySkills[0].parts.find((part: { factor: string }) => part.factor === 'SKILLS').explanation).toBe(
      'Covers 1 of your 1 skills to develop (Public speaking).',
    );
    const byLanguage = await recommend({ SKILLS: 1, LANGUAGE: 10 });
    expect(byLanguage[0].mentor.headline).toBe('Portuguese-speaking generalist');
    for (const match of byLanguage) {
      expect(match.parts).toHaveLength(6);
      expect(match.parts.reduce((sum: number, part: { contribution: number }) => sum + part.contribution, 0)).toBeCloseTo(match.score);
    }
  });

  it('use the weights the mentee saved', async () => {
    const { saveMatchingWeights } = await mentee.client.data(`mutation { saveMatchingWeights(input: { LANGUAGE: 10, SKILLS: 0 }) { ok userErrors { code } } }`);
    expect(saveMatchingWeights.ok).toBe(true);
    expect((await recommend())[0].mentor.headline).toBe('Portuguese-speaking generalist');
    const { viewer } = await mentee.client.data(`{ viewer { matchingWeights { LANGUAGE SKILLS GOALS } } }`);
    expect(viewer.matchingWeights).toEqual({ LANGUAGE: 10, SKILLS: 0, GOALS: 2 });
  });

  it('refuse weights out of range, or all zero, and keep the saved ones', async () => {
    const outOfRange = await mentee.client.data(`mutation { saveMatchingWeights(input: { LANGUAGE: 11 }) { ok userErrors { field code } } }`);
    expect(outOfRange.saveMatchingWeights.userErrors).toEqual([{ field: ['LANGUAGE'], code: 'OUT_OF_RANGE' }]);
    const allZero = await mentee.client.data(
      `mutation { saveMatchingWeights(input: { SKILLS: 0, GOALS: 0, AVAILABILITY: 0, LANGUAGE: 0, CAPACITY: 0, RESPONSIVENESS: 0 }) { ok userErrors { code } } }`,
    );
    expect(allZero.saveMatchingWeights.userErrors).toEqual([{ code: 'OUT_OF_RANGE' }]);
    const { viewer } = await mentee.client.data(`{ viewer { matchingWeights { LANGUAGE } } }`);
    expect(viewer.matchingWeights.LANGUAGE).toBe(10);
  });
});
