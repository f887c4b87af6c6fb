import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app.js';
import { signUpPerson, TestClient, tokenClient } from '../../testing/graphql-client.js';

const server = useTestApp();
let mentor: TestClient;

beforeAll(async () => {
  ({ client: mentor } = await signUpPerson(server.app, 'Mentor'));
});

const PROFILE_FIELDS = `id headline bio expertise skills { name level } yearsOfExperience industries qualities communicationStyle
  languages timeZone availability { weekday startTime endTime } capacity acceptingRequests formats visibility`;
const UPDATE = `mutation($input: UpdateMentorProfileInput!) {
  updateMentorProfile(input: $input) { mentorProfile { ${PROFILE_FIELDS} } userErrors { field code message } }
}`;
const MINE = `{ viewer { mentorProfile { ${PROFILE_FIELDS} } } }`;

const complete = {
  headline: 'Engineering manager who grew from support',
  bio: 'Twelve years in software, the last five leading teams.',
  expertise: ['Engineering management', 'Career change'],
  skills: [
    { name: 'Delegation', level: 5 },
    { name: 'TypeScript', level: 4 },
  ],
  yearsOfExperience: 12,
  industries: ['Fintech'],
  qualities: ['patient', 'direct'],
  communicationStyle: 'Short calls, written follow-ups.',
  languages: ['en', 'pt'],
  timeZone: 'Europe/Lisbon',
  availability: [{ weekday: 2, startTime: '18:00', endTime: '20:00' }],
  capacity: 3,
  acceptingRequests: true,
  formats: ['INFORMAL', 'VIDEO'],
  visibility: 'MEMBERS',
};

describe('the mentor profile', () => {
  it('is created by the first update and changed field by field after', async () => {
    const created = await mentor.data(UPDATE, { input: complete });
    expect(created.updateMentorProfile.userErrors).toEqual([]);
    expect(created.updateMentorProfile.mentorProfile).toMatchObject(complete);
    const changed = await mentor.data(UPDATE, { input: { headline: 'Engineering manager', capacity: 2 } });
    expect(changed.updateMentorProfile.mentorProfile).toMatchObject({ ...complete, headline: 'Engineering manager', capacity: 2 });
    expect((await mentor.data(MINE)).viewer.mentorProfile).toMatchObject({ headline: 'Engineering manager', skills: complete.skills });
  });

  it.each([
    [{ timeZone: 'Mars/Olympus_Mons' }, ['timeZone'], 'INVALID_TIME_ZONE'],
    [{ skills: [{ name: 'Go', level: 6 }] }, ['skills', '0', 'level'], 'OUT_OF_RANGE'],
    [{ skills: [{ name: 'Go', level: 0 }] }, ['skills', '0', 'level'], 'OUT_OF_RANGE'],
    [{ skills: [{ name: 'Go', level: 3 }, { name: 'go', level: 4 }] }, ['skills'], 'DUPLICATE'],
    [{ bio: 'b'.repeat(4_001) }, ['bio'], 'TOO_LONG'],
    [{ headline: 'h'.repeat(121) }, ['headline'], 'TOO_LONG'],
    [{ languages: ['english'] }, ['languages', '0'], 'INVALID_LANGUAGE'],
    [{ capacity: -1 }, ['capacity'], 'OUT_OF_RANGE'],
    [{ expertise: Array.from({ length: 21 }, (_, i) => `Area ${i}`) }, ['expertise'], 'TOO_MANY'],
    [{ availability: [{ weekday: 8, startTime: '09:00', endTime: '10:00' }] }, ['availability', '0', 'weekday'], 'OUT_OF_RANGE'],
    [{ availability: [{ weekday: 1, startTime: '10:00', endTime: '09:00' }] }, ['availability', '0', 'endTime'], 'OUT_OF_RANGE'],
    [{ availability: [{ weekday: 1, startTime: '9am', endTime: '10:00' }] }, ['availability', '0', 'startTime'], 'INVALID'],
  ])('refuses %o with a user error and changes nothing', async (change, field, code) => {
    const before = (await mentor.data(MINE)).viewer.mentorProfile;
    const { updateMentorProfile } = await mentor.data(UPDATE, { input: { headline: 'Changed?', ...change } });
    expect(updateMentorProfile.mentorProfile).toBeNull();
    expect(updateMentorProfile.userErrors).toContainEqual(expect.objectContaining({ field, code }));
    expect((await mentor.data(MINE)).viewer.mentorProfile).toEqual(before);
  });

  it('reports a malformed time once, not also as a window that ends before it starts', async () => {
    const { updateMentorProfile } = await mentor.data(UPDATE, { input: { availability: [{ weekday: 1, startTime: '25:00', endTime: '09:00' }] } });
    expect(updateMentorProfile.userErrors).toEqual([expect.objectContaining({ field: ['availability', '0', 'startTime'], code: 'INVALID' })]);
  });

  it('is seen by whom its visibility allows', async () => {
    const { client: member } = await signUpPerson(server.app, 'Member');
    const anonymous = new TestClient(server.app.url);
    const { client: readingBot } = await tokenClient(member, ['PROFILE_READ']);
    const { client: otherBot } = await tokenClient(member, ['SESSIONS_READ']);
    const profileId = (await mentor.data(MINE)).viewer.mentorProfile.id;
    const seenBy = async (client: TestClient) =>
      Boolean((await client.data(`query($id: ID!) { node(id: $id) { ... on MentorProfile { headline } } }`, { id: profileId })).node);

    const expectations = {
      PUBLIC: [true, true, true, false],
      MEMBERS: [true, false, true, false],
      HIDDEN: [false, false, false, false],
    } as const;
    for (const [visibility, [asMember, asAnonymous, asReadingBot, asOtherBot]] of Object.entries(expectations)) {
      await mentor.data(UPDATE, { input: { visibility } });
      expect([await seenBy(member), await seenBy(anonymous), await seenBy(readingBot), await seenBy(otherBot)], visibility).toEqual([
        asMember,
        asAnonymous,
        asReadingBot,
        asOtherBot,
      ]);
      expect(await seenBy(mentor)).toBe(true);
    }
  });
});
