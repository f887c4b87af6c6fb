import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { startTestApp } from '../../testing/test-app.js';
import { createMentee, createMentor, matchPair } from '../../testing/mentoring.js';
import { Resource } from './resource.entity.js';

let database: TestDatabase;
let app: App;
beforeAll(async () => {
  database = await createTestDatabase();
  app = await startTestApp({ databaseUrl: database.url });
});
afterAll(async () => {
  await app?.close();
  await database?.drop();
});

const SHARE = `mutation($input: ShareResourceInput!) { shareResource(input: $input) { resource { id title kind goalIds recommended } userErrors { field code } } }`;

describe('resources', () => {
  it('are shared in the mentorship, attached to its goals, and recommended with a notification', async () => {
    const [mentor, mentee] = await Promise.all([createMentor(app, 'Mentor'), createMentee(app, 'Mentee')]);
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
    const [mentor, mentee] = await Promise.all([createMentor(app, 'Mentor'), createMentee(app, 'Mentee')]);
    const mentorshipId = await matchPair(mentee, mentor);
    const before = await app.orm.em.fork().count(Resource, {});
    const { shareResource } = await mentor.client.data(SHARE, { input: { mentorshipId, title: 'Thing', kind: 'ARTICLE', ...change } });
    expect(shareResource).toMatchObject({ resource: null, userErrors: [{ field, code }] });
    expect(await app.orm.em.fork().count(Resource, {})).toBe(before);
  });
});
