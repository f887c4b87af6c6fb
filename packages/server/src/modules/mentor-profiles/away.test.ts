import { beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { useTestApp } from '../../testing/test-app.js';
import { signUpPerson } from '../../testing/graphql-client.js';
import { createMentee, createMentor, MESSAGE, SEND_REQUEST, type Person } from '../../testing/mentoring.js';

const server = useTestApp();
let mentor: Person;
let mentee: Person;

beforeAll(async () => {
  [mentor, mentee] = await Promise.all([createMentor(server.app, 'Away Mentor', { expertise: ['Leadership'] }), createMentee(server.app, 'Eager Mentee')]);
});

const SET_AWAY = `mutation($away: Boolean!) { setMentorAway(input: { away: $away }) { mentorProfile { away awaySince } userErrors { field code } } }`;
const found = async () =>
  (await mentee.client.data(`{ searchMentors(query: "leadership") { nodes { user { id } } } }`)).searchMentors.nodes.map((n: { user: { id: string } }) => n.user.id);
const recommended = async () => (await mentee.client.data(`{ recommendedMentors { mentor { user { id } } } }`)).recommendedMentors.map((m: { mentor: { user: { id: string } } }) => m.mentor.user.id);
const ask = async () =>
  (await mentee.client.data(SEND_REQUEST, { input: { mentorId: mentor.userId, message: MESSAGE, clientMutationId: randomUUID() } })).sendMentorshipRequest;

describe('a mentor away', () => {
  it('is hidden from search and recommendations and refuses requests until back', async () => {
    expect(await found()).toEqual([mentor.userId]);
    expect(await recommended()).toContain(mentor.userId);

    const { setMentorAway } = await mentor.client.data(SET_AWAY, { away: true });
    expect(setMentorAway.userErrors).toEqual([]);
    expect(setMentorAway.mentorProfile.away).toBe(true);
    expect(new Date(setMentorAway.mentorProfile.awaySince).getTime()).toBeGreaterThan(Date.now() - 60_000);

    expect(await found()).toEqual([]);
    expect(await recommended()).not.toContain(mentor.userId);
    const refused = await ask();
    expect(refused).toEqual({ request: null, userErrors: [{ field: ['mentorId'], code: 'MENTOR_AWAY', message: expect.any(String) }] });
    const { viewer } = await mentee.client.data(`{ viewer { mentorshipRequests(direction: SENT) { totalCount } } }`);
    expect(viewer.mentorshipRequests.totalCount).toBe(0); // nothing was written

    const back = await mentor.client.data(SET_AWAY, { away: false });
    expect(back.setMentorAway.mentorProfile).toEqual({ away: false, awaySince: null });
    expect(await found()).toEqual([mentor.userId]);
    expect((await ask()).userErrors).toEqual([]);
  });

  it('needs a mentor profile', async () => {
    const someone = await signUpPerson(server.app, 'No Profile');
    const { setMentorAway } = await someone.client.data(SET_AWAY, { away: true });
    expect(setMentorAway).toEqual({ mentorProfile: null, userErrors: [{ field: ['away'], code: 'NOT_FOUND' }] });
  });
});
