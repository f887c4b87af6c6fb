import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app.js';
import { createMentee, createMentor, matchPair } from '../../testing/mentoring.js';

const server = useTestApp();

const WRITE = `mutation($input: WriteReflectionInput!) { writeReflection(input: $input) { reflection { id body shared } userErrors { field code } } }`;
const IN_MENTORSHIP = `query($id: ID!) { node(id: $id) { ... on Mentorship { reflections { nodes { body author { displayName } } } } } }`;

describe('reflections', () => {
  it('stay private until shared with the partner', async () => {
    const [mentor, mentee] = await Promise.all([createMentor(server.app, 'Mentor'), createMentee(server.app, 'Mentee')]);
    const mentorshipId = await matchPair(mentee, mentor);
    const { writeReflection: own } = await mentee.client.data(WRITE, { input: { mentorshipId, prompt: 'What worked well?', body: 'Writing the agenda first.' } });
    expect(own.reflection.shared).toBe(false);
    expect((await mentor.client.data(IN_MENTORSHIP, { id: mentorshipId })).node.reflections.nodes).toEqual([]);
    expect((await mentor.client.data(`query($id: ID!) { node(id: $id) { id } }`, { id: own.reflection.id })).node).toBeNull();

    await mentee.client.data(WRITE, { input: { id: own.reflection.id, mentorshipId, body: 'Writing the agenda first.', shared: true } });
    expect((await mentor.client.data(IN_MENTORSHIP, { id: mentorshipId })).node.reflections.nodes).toEqual([
      { body: 'Writing the agenda first.', author: { displayName: 'Mentee' } },
    ]);
    const edit = await mentor.client.data(WRITE, { input: { id: own.reflection.id, body: 'Mine now' } });
    expect(edit.writeReflection.userErrors).toEqual([{ field: ['id'], code: 'NOT_FOUND' }]);
  });

  it('refuse an empty entry, or sharing without a mentorship', async () => {
    const mentee = await createMentee(server.app, 'Solo');
    expect((await mentee.client.data(WRITE, { input: { body: '  ' } })).writeReflection.userErrors).toEqual([{ field: ['body'], code: 'REQUIRED' }]);
    expect((await mentee.client.data(WRITE, { input: { body: 'Hello', shared: true } })).writeReflection.userErrors).toEqual([{ field: ['shared'], code: 'INVALID' }]);
    const { viewer } = await mentee.client.data(`{ viewer { reflections { totalCount } } }`);
    expect(viewer.reflections.totalCount).toBe(0);
  });
});
