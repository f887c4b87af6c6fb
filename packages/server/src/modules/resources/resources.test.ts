import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app.js';
import { createMentee, createMentor, matchPair } from '../../testing/mentoring.js';
import { signUpPerson, type TestClient } from '../../testing/graphql-client.js';
import { Resource } from './resource.entity.js';

const server = useTestApp();

const SHARE = `mutation($input: ShareResourceInput!) { shareResource(input: $input) { resource { id title kind goalIds recommended } userErrors { field code } } }`;

describe('resources', () => {
  it('are shared in the mentorship, attached to its goals, and recommended with a notification', async () => {
    const [mentor, mentee] = await Promise.all([createMentor(server.app, 'Mentor'), createMentee(server.app, 'Mentee')]);
    const mentorshipId = await matchPair(mentee, mentor);
    const { node } = await mentee.client.data(`query($m: ID!) { node(id: $m) { ... on Mentorship { goalBoard { id lanes { id } } } } }`, { m: mentorshipId });
    const { createGoal } = await mentee.client.data(
      `mutation($b: ID!, $l: ID!, $c: String!) { createGoal(input: { boardId: $b, laneId: $l, title: "Speak up", clientMutationId: $c }) { goal { id } } }`,
      { b: node.goalBoard.id, l: node.goalBoard.lanes[0].id, c: randomUUID() },
    );
    const goalId = createGoal.goal.id;
    const { shareResource } = await mentor.client.data(SHARE, {
      input: { mentorshipId, title: 'Talk Like TED', kind: 'BOOK', goalIds: [goalId], recommend: true, url: 'https://example.com/book' },
    });
    expect(shareResource.resource).toMatchObject({ title: 'Talk Like TED', kind: 'BOOK', goalIds: [goalId], recommended: true });
    const { viewer } = await mentee.client.data(`{ viewer { notifications(first: 1) { nodes { type payload } } } }`);
    expect(viewer.notifications.nodes[0]).toMatchObject({ type: 'resource.recommended', payload: { title: 'Talk Like TED' } });
    const library = await mentee.client.data(`query($m: ID!) { node(id: $m) { ... on Mentorship { resources { title } } } }`, { m: mentorshipId });
    expect(library.node.resources).toEqual([{ title: 'Talk Like TED' }]);
  });

  it.each([
    [{ url: 'ftp://files' }, ['url'], 'INVALID'],
    [{ goalIds: ['R29hbDowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA='] }, ['goalIds', '0'], 'NOT_FOUND'],
    [{ title: '' }, ['title'], 'REQUIRED'],
  ])('refuse %o and store nothing', async (change, field, code) => {
    const [mentor, mentee] = await Promise.all([createMentor(server.app, 'Mentor'), createMentee(server.app, 'Mentee')]);
    const mentorshipId = await matchPair(mentee, mentor);
    const before = await server.app.orm.em.fork().count(Resource, {});
    const { shareResource } = await mentor.client.data(SHARE, { input: { mentorshipId, title: 'Thing', kind: 'ARTICLE', ...change } });
    expect(shareResource).toMatchObject({ resource: null, userErrors: [{ field, code }] });
    expect(await server.app.orm.em.fork().count(Resource, {})).toBe(before);
  });

  describe('in a program', () => {
    const LIBRARY = `query($p: ID!) { node(id: $p) { ... on Program { resources { id title addedBy { displayName } } } } }`;
    const library = async (client: TestClient, programId: string) => (await client.data(LIBRARY, { p: programId })).node?.resources ?? null;

    /** An admin's program with an approved mentor and a mentee whose enrolment is still pending. */
    async function program() {
      const admin = await signUpPerson(server.app, 'Admin');
      const { createOrganization } = await admin.client.data(`mutation { createOrganization(input: { name: "Acme" }) { organization { id } } }`);
      const { createProgram } = await admin.client.data(
        `mutation($o: ID!) { createProgram(input: { organizationId: $o, name: "Pilot", startsOn: "2027-01-01", endsOn: "2027-06-30" }) { program { id } } }`,
        { o: createOrganization.organization.id },
      );
      const programId: string = createProgram.program.id;
      const enrol = async (name: string, role: string) => {
        const person = await signUpPerson(server.app, name);
        const { enrollInProgram } = await person.client.data(`mutation($p: ID!, $r: EnrollmentRole!) { enrollInProgram(input: { programId: $p, role: $r }) { enrollment { id } } }`, {
          p: programId,
          r: role,
        });
        return { ...person, enrollmentId: enrollInProgram.enrollment.id as string };
      };
      const [mentor, pending] = await Promise.all([enrol('Approved Mentor', 'MENTOR'), enrol('Pending Mentee', 'MENTEE')]);
      await admin.client.data(`mutation($e: ID!) { reviewEnrollment(input: { enrollmentId: $e, approve: true }) { userErrors { code } } }`, { e: mentor.enrollmentId });
      const stranger = await signUpPerson(server.app, 'Stranger');
      return { admin, mentor, pending, stranger, programId };
    }

    it('are shared with everyone taking part: approved enrollees and admins list and add them', async () => {
      const { admin, mentor, programId } = await program();
      const first = await admin.client.data(SHARE, { input: { programId, title: 'Mentoring handbook', kind: 'ARTICLE', url: 'https://example.com/handbook' } });
      expect(first.shareResource).toMatchObject({ resource: { title: 'Mentoring handbook', kind: 'ARTICLE', goalIds: [], recommended: false }, userErrors: [] });
      const second = await mentor.client.data(SHARE, { input: { programId, title: 'Active listening course', kind: 'COURSE' } });
      expect(second.shareResource.userErrors).toEqual([]);
      for (const who of [admin, mentor]) {
        expect(await library(who.client, programId)).toEqual([
          { id: second.shareResource.resource.id, title: 'Active listening course', addedBy: { displayName: 'Approved Mentor' } },
          { id: first.shareResource.resource.id, title: 'Mentoring handbook', addedBy: { displayName: 'Admin' } },
        ]);
        const { node } = await who.client.data(`query($id: ID!) { node(id: $id) { ... on Resource { title } } }`, { id: first.shareResource.resource.id });
        expect(node).toEqual({ title: 'Mentoring handbook' });
      }
      const programsOf = async (client: TestClient) => (await client.data(`{ viewer { programs { id name } } }`)).viewer.programs;
      expect(await programsOf(admin.client)).toEqual([{ id: programId, name: 'Pilot' }]);
      expect(await programsOf(mentor.client)).toEqual([{ id: programId, name: 'Pilot' }]);
    });

    it('are hidden from people not taking part (a pending enrolment is not enough), who cannot add any', async () => {
      const { admin, pending, stranger, programId } = await program();
      const { shareResource } = await admin.client.data(SHARE, { input: { programId, title: 'Members only', kind: 'BOOK' } });
      const before = await server.app.orm.em.fork().count(Resource, {});
      for (const who of [pending, stranger]) {
        expect(await library(who.client, programId)).toBeNull();
        expect((await who.client.data(`query($id: ID!) { node(id: $id) { id } }`, { id: shareResource.resource.id })).node).toBeNull();
        expect((await who.client.data(`{ viewer { programs { id } } }`)).viewer.programs).toEqual([]);
        const attempt = await who.client.data(SHARE, { input: { programId, title: 'Sneaked in', kind: 'OTHER' } });
        expect(attempt.shareResource).toEqual({ resource: null, userErrors: [{ field: ['programId'], code: 'NOT_FOUND' }] });
      }
      expect(await server.app.orm.em.fork().count(Resource, {})).toBe(before);
    });

    it.each([
      ['both a mentorship and a program', (ids: Ids) => ({ mentorshipId: ids.mentorshipId, programId: ids.programId }), ['programId'], 'INVALID'],
      ['neither', () => ({}), ['mentorshipId'], 'REQUIRED'],
      ['goals in a program', (ids: Ids) => ({ programId: ids.programId, goalIds: [ids.goalId] }), ['goalIds'], 'INVALID'],
      ['a recommendation in a program', (ids: Ids) => ({ programId: ids.programId, recommend: true }), ['recommend'], 'INVALID'],
      ['an unknown program', () => ({ programId: 'UHJvZ3JhbTowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA=' }), ['programId'], 'NOT_FOUND'],
    ])('refuse %s and store nothing', async (_, scope, field, code) => {
      const { admin, programId } = await program();
      // The admin is also a mentee in a mentorship, with a goal on its board.
      const mentor = await createMentor(server.app, 'Mentor');
      await admin.client.data(`mutation { completeOnboarding(input: { asMentor: false, asMentee: true }) { userErrors { code } } }`);
      const mentorshipId = await matchPair(admin, mentor);
      const goalId = await goalOn(admin.client, mentorshipId);
      const before = await server.app.orm.em.fork().count(Resource, {});
      const { shareResource } = await admin.client.data(SHARE, { input: { title: 'Thing', kind: 'ARTICLE', ...scope({ mentorshipId, programId, goalId }) } });
      expect(shareResource).toEqual({ resource: null, userErrors: [{ field, code }] });
      expect(await server.app.orm.em.fork().count(Resource, {})).toBe(before);
    });
  });
});

type Ids = { mentorshipId: string; programId: string; goalId: string };

async function goalOn(client: TestClient, mentorshipId: string): Promise<string> {
  const { node } = await client.data(`query($m: ID!) { node(id: $m) { ... on Mentorship { goalBoard { id lanes { id } } } } }`, { m: mentorshipId });
  const { createGoal } = await client.data(
    `mutation($b: ID!, $l: ID!, $c: String!) { createGoal(input: { boardId: $b, laneId: $l, title: "Speak up", clientMutationId: $c }) { goal { id } } }`,
    { b: node.goalBoard.id, l: node.goalBoard.lanes[0].id, c: randomUUID() },
  );
  return createGoal.goal.id;
}
