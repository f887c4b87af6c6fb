import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app.js';
import { signUpPerson } from '../../testing/graphql-client.js';
import { createMentee, createMentor, matchPair, type Person } from '../../testing/mentoring.js';
import { LiveCollector, SESSION_EVENTS, wsClientFor } from '../../testing/ws-client.js';
import { idOfType } from '../../graphql/relay/node.js';
import { Message } from './message.entity.js';

const server = useTestApp();

const START = `mutation($input: StartLiveSessionInput!) { startLiveSession(input: $input) { session { id notesVersion } userErrors { field code } } }`;
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id seq body } userErrors { field code message } } }`;
const EDIT = `mutation($input: EditMessageInput!) { editMessage(input: $input) { message { body editedAt } userErrors { code } } }`;
const DELETE = `mutation($input: MessageIdInput!) { deleteMessage(input: $input) { message { body deletedAt } userErrors { code } } }`;
const REACT = `mutation($input: ReactToMessageInput!) { reactToMessage(input: $input) { message { reactions { emoji count } } userErrors { field code } } }`;
const NOTES = `mutation($input: UpdateSessionNotesInput!) { updateSessionNotes(input: $input) { session { notes notesVersion } userErrors { field code } } }`;
const HISTORY = `query($id: ID!, $last: Int, $before: String, $first: Int) { node(id: $id) { ... on LiveSession {
  messages(last: $last, before: $before, first: $first) { totalCount nodes { seq body } pageInfo { startCursor hasPreviousPage } }
} } }`;

async function room(): Promise<{ mentor: Person; mentee: Person; sessionId: string; mentorshipId: string }> {
  const [mentor, mentee] = await Promise.all([createMentor(server.app, 'Mentor'), createMentee(server.app, 'Mentee')]);
  const mentorshipId = await matchPair(mentee, mentor);
  const { startLiveSession } = await mentor.client.data(START, { input: { mentorshipId, title: 'Weekly check-in' } });
  return { mentor, mentee, mentorshipId, sessionId: startLiveSession.session.id };
}

const send = (person: Person, sessionId: string, body: string, clientMutationId = randomUUID()) =>
  person.client.data(SEND, { input: { sessionId, body, clientMutationId } });

describe('chat', () => {
  it('sends a message once however often it is retried', async () => {
    const { mentee, sessionId } = await room();
    const clientMutationId = randomUUID();
    const sends = await Promise.all([1, 2, 3].map(() => send(mentee, sessionId, 'Hello!', clientMutationId)));
    expect(new Set(sends.map((s) => s.sendMessage.message.id)).size).toBe(1);
    expect(await server.app.orm.em.fork().count(Message, { sessionUuid: idOfType(sessionId, 'LiveSession')! })).toBe(1);
  });

  it('answers a later retry with the first message, and the retry leaves no gap in the stream', async () => {
    const { mentee, sessionId } = await room();
    const clientMutationId = randomUUID();
    const first = await send(mentee, sessionId, 'Hello!', clientMutationId);
    const retry = await send(mentee, sessionId, 'Hello!', clientMutationId);
    expect(retry.sendMessage.message.id).toBe(first.sendMessage.message.id);
    const next = await send(mentee, sessionId, 'Next');
    expect(next.sendMessage.message.seq).toBe(first.sendMessage.message.seq + 1);
  });

  it.each([
    ['an empty message', '   ', 'REQUIRED'],
    ['an oversized message', 'x'.repeat(4_001), 'TOO_LONG'],
  ])('refuses %s and writes nothing', async (_, body, code) => {
    const { mentee, sessionId } = await room();
    const { sendMessage } = await send(mentee, sessionId, body);
    expect(sendMessage).toMatchObject({ message: null, userErrors: [{ field: ['body'], code }] });
    expect(await server.app.orm.em.fork().count(Message, { sessionUuid: idOfType(sessionId, 'LiveSession')! })).toBe(0);
  });

  it('edits within the window, not after, and deletes to a tombstone', async () => {
    const { mentee, mentor, sessionId } = await room();
    const { sendMessage } = await send(mentee, sessionId, 'Helo');
    const id = sendMessage.message.id;
    expect((await mentee.client.data(EDIT, { input: { messageId: id, body: 'Hello' } })).editMessage.message.body).toBe('Hello');
    expect((await mentor.client.data(EDIT, { input: { messageId: id, body: 'Hijacked' } })).editMessage.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    await server.app.orm.em.fork().nativeUpdate(Message, { uuid: idOfType(id, 'Message')! }, { createdAt: new Date(Date.now() - 16 * 60_000) });
    const late = await mentee.client.data(EDIT, { input: { messageId: id, body: 'Too late' } });
    expect(late.editMessage.userErrors).toEqual([{ code: 'EDIT_WINDOW_CLOSED' }]);
    const deleted = await mentee.client.data(DELETE, { input: { messageId: id } });
    expect(deleted.deleteMessage.message).toMatchObject({ body: null, deletedAt: expect.any(String) });
    const { node } = await mentor.client.data(HISTORY, { id: sessionId, first: 10 });
    expect(node.messages.nodes).toEqual([{ seq: sendMessage.message.seq, body: null }]);
  });

  it('takes reactions from a short list, once per person', async () => {
    const { mentee, mentor, sessionId } = await room();
    const { sendMessage } = await send(mentee, sessionId, 'I presented today!');
    const messageId = sendMessage.message.id;
    const odd = await mentor.client.data(REACT, { input: { messageId, emoji: 'banana' } });
    expect(odd.reactToMessage.userErrors).toEqual([{ field: ['emoji'], code: 'INVALID' }]);
    await mentor.client.data(REACT, { input: { messageId, emoji: '🎉' } });
    await mentor.client.data(REACT, { input: { messageId, emoji: '🎉' } });
    const both = await mentee.client.data(REACT, { input: { messageId, emoji: '🎉' } });
    expect(both.reactToMessage.message.reactions).toEqual([{ emoji: '🎉', count: 2 }]);
  });

  it('pages through history backwards from the newest', async () => {
    const { mentee, sessionId } = await room();
    for (let n = 1; n <= 25; n++) await send(mentee, sessionId, `message ${n}`);
    const latest = (await mentee.client.data(HISTORY, { id: sessionId, last: 10 })).node.messages;
    expect(latest.nodes.map((m: { body: string }) => m.body)).toEqual(Array.from({ length: 10 }, (_, i) => `message ${16 + i}`));
    expect(latest.pageInfo.hasPreviousPage).toBe(true);
    const earlier = (await mentee.client.data(HISTORY, { id: sessionId, last: 10, before: latest.pageInfo.startCursor })).node.messages;
    expect(earlier.nodes.map((m: { body: string }) => m.body)).toEqual(Array.from({ length: 10 }, (_, i) => `message ${6 + i}`));
  });
});

describe('shared notes and action items', () => {
  it('never overwrite silently: the later save of the same version gets CONFLICT with the current notes', async () => {
    const { mentor, mentee, sessionId } = await room();
    const first = await mentor.client.data(NOTES, { input: { sessionId, notes: 'Agenda: design review', expectedVersion: 0 } });
    expect(first.updateSessionNotes.session).toEqual({ notes: 'Agenda: design review', notesVersion: 1 });
    const second = await mentee.client.data(NOTES, { input: { sessionId, notes: 'Agenda: SQL', expectedVersion: 0 } });
    expect(second.updateSessionNotes).toEqual({
      session: { notes: 'Agenda: design review', notesVersion: 1 },
      userErrors: [{ field: ['expectedVersion'], code: 'CONFLICT' }],
    });
  });

  it('assign action items only to the pair', async () => {
    const { mentor, mentee, sessionId } = await room();
    const outsider = await signUpPerson(server.app, 'Outsider');
    const CREATE = `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { actionItem { id title assignee { displayName } done } userErrors { field code } } }`;
    const bad = await mentor.client.data(CREATE, { input: { sessionId, title: 'Read a book', assigneeId: outsider.userId } });
    expect(bad.createActionItem.userErrors).toEqual([{ field: ['assigneeId'], code: 'NOT_FOUND' }]);
    const ok = await mentor.client.data(CREATE, { input: { sessionId, title: 'Draft the review deck', assigneeId: mentee.userId, dueOn: '2027-01-15' } });
    expect(ok.createActionItem.actionItem).toMatchObject({ title: 'Draft the review deck', assignee: { displayName: 'Mentee' }, done: false });
    const done = await mentee.client.data(`mutation($input: UpdateActionItemInput!) { updateActionItem(input: $input) { actionItem { done } } }`, {
      input: { actionItemId: ok.createActionItem.actionItem.id, done: true },
    });
    expect(done.updateActionItem.actionItem.done).toBe(true);
  });
});

describe('the room stream', () => {
  it('delivers messages, edits, notes, read markers and typing to both, in order, and ends for someone who leaves', async () => {
    const { mentor, mentee, sessionId, mentorshipId } = await room();
    const mentorStream = new LiveCollector(wsClientFor(server.app, mentor.client), SESSION_EVENTS, { sessionId, after: 0 }, 'sessionEvents');
    const menteeStream = new LiveCollector(wsClientFor(server.app, mentee.client), SESSION_EVENTS, { sessionId, after: 0 }, 'sessionEvents');
    await new Promise((resolve) => setTimeout(resolve, 200));

    const { sendMessage } = await send(mentee, sessionId, 'Ready when you are');
    await mentor.client.data(`mutation($input: SetTypingInput!) { setTyping(input: $input) { ok } }`, { input: { sessionId, typing: true } });
    await send(mentor, sessionId, 'Starting now');
    await mentor.client.data(`mutation($input: MarkSessionReadInput!) { markSessionRead(input: $input) { ok } }`, {
      input: { sessionId, seq: sendMessage.message.seq },
    });
    await expect.poll(() => menteeStream.stored.map((e) => e.type)).toEqual(['message.sent', 'message.sent', 'read.marked']);
    await expect.poll(() => mentorStream.stored.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(menteeStream.events.find((e) => e.ephemeral)).toMatchObject({ type: 'typing', seq: null, payload: { typing: true, displayName: 'Mentor' } });

    // A stranger cannot listen in.
    const stranger = await signUpPerson(server.app, 'Stranger');
    const eavesdropper = new LiveCollector(wsClientFor(server.app, stranger.client), SESSION_EVENTS, { sessionId, after: 0 }, 'sessionEvents');
    await expect.poll(() => Boolean(eavesdropper.error)).toBe(true);
    expect(eavesdropper.events).toEqual([]);

    // The mentor cancels the mentorship: neither receives anything after that.
    await mentor.client.data(`mutation($input: ChangeMentorshipInput!) { cancelMentorship(input: $input) { mentorship { status } } }`, {
      input: { mentorshipId, reason: 'Moving on' },
    });
    const refused = await send(mentee, sessionId, 'Are you there?');
    expect(refused.sendMessage.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    await server.app.orm.em.fork().transactional((em) => server.app.realtime.append(em, `session:${idOfType(sessionId, 'LiveSession')}`, 'message.sent', { body: 'leak?' }, null));
    await expect.poll(() => menteeStream.completed && mentorStream.completed).toBe(true);
    expect(menteeStream.stored.map((e) => e.seq)).toEqual([1, 2, 3]);
    await Promise.all([mentorStream.close(), menteeStream.close(), eavesdropper.close()]);
  });

  it('replays exactly what was missed after a reconnect', async () => {
    const { mentor, mentee, sessionId } = await room();
    for (let n = 1; n <= 5; n++) await send(mentor, sessionId, `before ${n}`);
    const resumed = new LiveCollector(wsClientFor(server.app, mentee.client), SESSION_EVENTS, { sessionId, after: 3 }, 'sessionEvents');
    await expect.poll(() => resumed.stored.map((e) => e.seq)).toEqual([4, 5]);
    await send(mentor, sessionId, 'after');
    await expect.poll(() => resumed.stored.map((e) => e.seq)).toEqual([4, 5, 6]);
    await resumed.close();
  });
});
