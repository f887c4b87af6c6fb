import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ACCESS_CHANGED } from '../../events/room-stream.js';
import { idOfType } from '../../graphql/relay/node.js';
import { STRONG_PASSWORD } from '../../testing/graphql-client.js';
import { createMentee, createMentor, matchPair, type Person } from '../../testing/mentoring.js';
import { useTestApp } from '../../testing/test-app.js';
import { BOARD_EVENTS, LiveCollector, SESSION_EVENTS, wsClientFor } from '../../testing/ws-client.js';

const server = useTestApp();

const START = `mutation($input: StartLiveSessionInput!) { startLiveSession(input: $input) { session { id } } }`;
const BOARD = `query($id: ID!) { node(id: $id) { ... on Mentorship { goalBoard { id } } } }`;
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { seq } userErrors { code } } }`;

type Rooms = { mentor: Person; mentee: Person; mentorshipId: string; sessionId: string; boardId: string };

/** A matched pair with a live session and a goal board, and each person subscribed to both. */
async function openRooms(): Promise<Rooms & { streams: Record<'mentorSession' | 'menteeSession' | 'mentorBoard' | 'menteeBoard', LiveCollector> }> {
  const [mentor, mentee] = await Promise.all([createMentor(server.app, 'Mentor'), createMentee(server.app, 'Mentee')]);
  const mentorshipId = await matchPair(mentee, mentor);
  const { startLiveSession } = await mentor.client.data(START, { input: { mentorshipId, title: 'Check-in' } });
  const { node } = await mentor.client.data(BOARD, { id: mentorshipId });
  const [sessionId, boardId] = [startLiveSession.session.id as string, node.goalBoard.id as string];
  const session = (person: Person) => new LiveCollector(wsClientFor(server.app, person.client), SESSION_EVENTS, { sessionId, after: 0 }, 'sessionEvents');
  const board = (person: Person) => new LiveCollector(wsClientFor(server.app, person.client), BOARD_EVENTS, { boardId, after: 0 }, 'boardEvents');
  const streams = { mentorSession: session(mentor), menteeSession: session(mentee), mentorBoard: board(mentor), menteeBoard: board(mentee) };
  // Each stream is live once a message sent now reaches it.
  await mentor.client.data(SEND, { input: { sessionId, body: 'Hello', clientMutationId: randomUUID() } });
  await expect.poll(() => [streams.mentorSession, streams.menteeSession].map((s) => s.stored.length)).toEqual([1, 1]);
  return { mentor, mentee, mentorshipId, sessionId, boardId, streams };
}

const appendTo = (streamId: string, type: string, payload: Record<string, unknown>) =>
  server.app.orm.em.fork().transactional((em) => server.app.realtime.append(em, streamId, type, payload, null));
const sessionStreamOf = (sessionId: string) => `session:${idOfType(sessionId, 'LiveSession')}`;
const boardStreamOf = (boardId: string) => `board:${idOfType(boardId, 'GoalBoard')}`;

describe('closing a mentorship’s rooms', () => {
  it('ends both people’s session and board subscriptions when the mentorship is cancelled, with nothing delivered after', async () => {
    const { mentor, mentorshipId, sessionId, boardId, streams } = await openRooms();
    await mentor.client.data(`mutation($input: ChangeMentorshipInput!) { cancelMentorship(input: $input) { mentorship { status } } }`, {
      input: { mentorshipId, reason: 'Moving on' },
    });
    // No event follows the cancellation: the marker it appended is what ends the subscriptions.
    await expect.poll(() => Object.values(streams).map((s) => s.completed)).toEqual([true, true, true, true]);
    await appendTo(sessionStreamOf(sessionId), 'message.sent', { body: 'leak?' });
    await appendTo(boardStreamOf(boardId), 'goal.created', { title: 'leak?' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(streams.mentorSession.stored.map((e) => e.type)).toEqual(['message.sent']);
    expect(streams.menteeSession.stored.map((e) => e.type)).toEqual(['message.sent']);
    expect([...streams.mentorBoard.stored, ...streams.menteeBoard.stored].filter((e) => e.payload.title === 'leak?')).toEqual([]);
    await Promise.all(Object.values(streams).map((s) => s.close()));
  });

  it('ends the other person’s subscriptions when one of the two deletes their account', async () => {
    const { mentee, streams } = await openRooms();
    const { deleteAccount } = await mentee.client.data(`mutation($input: DeleteAccountInput!) { deleteAccount(input: $input) { ok } }`, {
      input: { password: STRONG_PASSWORD },
    });
    expect(deleteAccount.ok).toBe(true);
    await expect.poll(() => [streams.mentorSession.completed, streams.mentorBoard.completed]).toEqual([true, true]);
    expect(streams.mentorSession.error).toBeNull();
    await Promise.all(Object.values(streams).map((s) => s.close()));
  });

  it('lets people who may still enter carry on past a marker, which is never delivered', async () => {
    const { mentee, sessionId, streams } = await openRooms();
    await appendTo(sessionStreamOf(sessionId), ACCESS_CHANGED, { reason: 'test' });
    await mentee.client.data(SEND, { input: { sessionId, body: 'Still here', clientMutationId: randomUUID() } });
    await expect.poll(() => streams.mentorSession.stored.map((e) => e.seq)).toEqual([1, 3]);
    await expect.poll(() => streams.menteeSession.stored.map((e) => e.payload.body)).toEqual(['Hello', 'Still here']);
    expect(streams.mentorSession.completed).toBe(false);
    await Promise.all(Object.values(streams).map((s) => s.close()));
  });
});
