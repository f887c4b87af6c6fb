import { describe, expect, it } from 'vitest';
import {
  addPending,
  applyEvent,
  canEdit,
  createRoom,
  groupMessages,
  mergeMessages,
  pendingFailed,
  pendingRetrying,
  pendingSent,
  presenceOf,
  roomSync,
  seenMessageId,
  typingNames,
  unreadDividerSeq,
  visiblePending,
  type RoomMessage,
} from './live-room';

const T0 = Date.parse('2026-03-01T10:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

function message(seq: number, authorId = 'u-ada', extra: Partial<RoomMessage> = {}): RoomMessage {
  return {
    id: `m${seq}`,
    seq,
    body: `Message ${seq}`,
    authorId,
    authorName: authorId === 'u-ada' ? 'Ada' : 'Mina',
    createdAt: at(seq),
    editedAt: null,
    deletedAt: null,
    replyTo: null,
    reactions: [],
    ...extra,
  };
}

const sent = (seq: number, authorId = 'u-ada', body = `Message ${seq}`) => ({
  seq,
  type: 'message.sent',
  createdAt: at(seq),
  payload: { messageId: `m${seq}`, authorId, authorName: authorId === 'u-ada' ? 'Ada' : 'Mina', body, replyToId: null, createdAt: at(seq) },
});

describe('applying room events', () => {
  it('applies each stored seq once, however often it is replayed', () => {
    let room = createRoom({ lastSeq: 0 });
    for (const event of [sent(1), sent(2), sent(1), sent(3), sent(2), sent(3)]) room = applyEvent(room, event, T0);
    expect(room.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(room.lastSeq).toBe(3);
  });

  it('skips events at or before the seq the room was loaded at', () => {
    let room = createRoom({ lastSeq: 5, messages: [message(5)] });
    room = applyEvent(room, sent(4), T0);
    room = applyEvent(room, sent(5), T0);
    expect(room.messages.map((m) => m.seq)).toEqual([5]);
    room = applyEvent(room, sent(6), T0);
    expect(room.messages.map((m) => m.seq)).toEqual([5, 6]);
  });

  it('keeps messages in seq order when history arrives after live ones', () => {
    let room = createRoom({ lastSeq: 10, messages: [message(9), message(10)] });
    room = applyEvent(room, sent(11), T0);
    room = mergeMessages(room, [message(7), message(8)]);
    expect(room.messages.map((m) => m.seq)).toEqual([7, 8, 9, 10, 11]);
  });

  it('edits, deletes to a tombstone, and counts reactions by person', () => {
    let room = createRoom({ lastSeq: 1, messages: [message(1)] });
    room = applyEvent(room, { seq: 2, type: 'message.edited', createdAt: at(2), payload: { messageId: 'm1', body: 'Fixed', editedAt: at(2) } }, T0);
    expect(room.messages[0]).toMatchObject({ body: 'Fixed', editedAt: at(2) });
    const react = (seq: number, userId: string, add = true) => ({
      seq,
      type: add ? 'reaction.added' : 'reaction.removed',
      createdAt: at(seq),
      payload: { messageId: 'm1', emoji: '👍', userId },
    });
    room = applyEvent(room, react(3, 'u-ada'), T0);
    room = applyEvent(room, react(4, 'u-mina'), T0);
    expect(room.messages[0]!.reactions).toEqual([{ emoji: '👍', count: 2, userIds: ['u-ada', 'u-mina'] }]);
    room = applyEvent(room, react(5, 'u-ada', false), T0);
    expect(room.messages[0]!.reactions).toEqual([{ emoji: '👍', count: 1, userIds: ['u-mina'] }]);
    room = applyEvent(room, { seq: 6, type: 'message.deleted', createdAt: at(6), payload: { messageId: 'm1' } }, T0);
    expect(room.messages[0]).toMatchObject({ body: null, deletedAt: at(6), reactions: [] });
  });

  it('moves read markers forward only, and takes newer notes only', () => {
    let room = createRoom({ lastSeq: 0, notes: { text: 'v3', version: 3 } });
    room = applyEvent(room, { seq: 1, type: 'read.marked', createdAt: at(1), payload: { userId: 'u-mina', seq: 9 } }, T0);
    room = applyEvent(room, { seq: 2, type: 'read.marked', createdAt: at(2), payload: { userId: 'u-mina', seq: 4 } }, T0);
    expect(room.readMarkers['u-mina']).toBe(9);
    room = applyEvent(room, { seq: 3, type: 'notes.updated', createdAt: at(3), payload: { notes: 'v2', version: 2 } }, T0);
    expect(room.notes).toEqual({ text: 'v3', version: 3 });
    room = applyEvent(room, { seq: 4, type: 'notes.updated', createdAt: at(4), payload: { notes: 'v4', version: 4 } }, T0);
    expect(room.notes).toEqual({ text: 'v4', version: 4 });
  });

  it('adds and updates action items', () => {
    let room = createRoom({ lastSeq: 0 });
    const item = (seq: number, done: boolean) => ({
      seq,
      type: seq === 1 ? 'action_item.created' : 'action_item.updated',
      createdAt: at(seq),
      payload: { actionItemId: 'a1', title: 'Draft the agenda', done, dueOn: null, assigneeId: 'u-mina' },
    });
    room = applyEvent(room, item(1, false), T0);
    room = applyEvent(room, item(2, true), T0);
    expect(room.actionItems).toEqual([{ id: 'a1', title: 'Draft the agenda', done: true, dueOn: null, assigneeId: 'u-mina' }]);
  });

  it('marks an action item made a milestone, and keeps that through later updates', () => {
    let room = createRoom({ lastSeq: 0, actionItems: [{ id: 'a1', title: 'Book a room', done: false, dueOn: null, assigneeId: null, milestone: null }] });
    room = applyEvent(room, { seq: 1, type: 'action_item.converted', createdAt: at(1), payload: { actionItemId: 'a1', milestoneId: 'm1', goalId: 'g1', goalTitle: 'Lead a review' } }, T0);
    expect(room.actionItems[0]?.milestone).toEqual({ id: 'm1', goalTitle: 'Lead a review' });
    room = applyEvent(room, { seq: 2, type: 'action_item.updated', createdAt: at(2), payload: { actionItemId: 'a1', title: 'Book a room', done: true, dueOn: null, assigneeId: null } }, T0);
    expect(room.actionItems[0]).toMatchObject({ done: true, milestone: { id: 'm1', goalTitle: 'Lead a review' } });
    // An unknown action item changes nothing.
    expect(applyEvent(room, { seq: 3, type: 'action_item.converted', createdAt: at(3), payload: { actionItemId: 'nope', milestoneId: 'm2' } }, T0).actionItems).toEqual(room.actionItems);
  });
});

describe('optimistic sends', () => {
  it('shows a pending message until the stored one is in the list, once', () => {
    let room = createRoom({ lastSeq: 0 });
    room = addPending(room, { clientMutationId: 'c1', body: 'Hello', createdAt: at(0) });
    room = addPending(room, { clientMutationId: 'c1', body: 'Hello', createdAt: at(0) });
    expect(visiblePending(room)).toHaveLength(1);
    expect(visiblePending(room)[0]!.status).toBe('sending');
    room = pendingFailed(room, 'c1', 'Network down');
    expect(visiblePending(room)[0]).toMatchObject({ status: 'failed', error: 'Network down' });
    room = pendingRetrying(room, 'c1');
    expect(visiblePending(room)[0]).toMatchObject({ status: 'sending', clientMutationId: 'c1' });
    // The stream may deliver the message before the mutation answers: both paths give one message.
    room = applyEvent(room, sent(1, 'u-mina', 'Hello'), T0);
    room = pendingSent(room, 'c1', message(1, 'u-mina', { body: 'Hello' }));
    expect(visiblePending(room)).toEqual([]);
    expect(room.messages.map((m) => m.id)).toEqual(['m1']);
  });

  it('reconciles when the mutation answers before the stream', () => {
    let room = createRoom({ lastSeq: 0 });
    room = addPending(room, { clientMutationId: 'c1', body: 'Hi', createdAt: at(0) });
    room = pendingSent(room, 'c1', message(1, 'u-mina', { body: 'Hi' }));
    room = applyEvent(room, sent(1, 'u-mina', 'Hi'), T0);
    expect(room.messages).toHaveLength(1);
    expect(room.lastSeq).toBe(1);
    expect(visiblePending(room)).toEqual([]);
  });
});

describe('reading', () => {
  const messages = [message(1, 'u-ada'), message(2, 'u-mina'), message(3, 'u-mina'), message(4, 'u-ada')];

  it('puts the unread divider before the first message from someone else after the marker', () => {
    expect(unreadDividerSeq(messages, 0, 'u-mina')).toBe(1);
    expect(unreadDividerSeq(messages, 1, 'u-mina')).toBe(4);
    expect(unreadDividerSeq(messages, 1, 'u-ada')).toBe(2);
    expect(unreadDividerSeq(messages, 4, 'u-ada')).toBeNull();
  });

  it('marks the viewer’s newest message the other has read as seen', () => {
    expect(seenMessageId(messages, undefined, 'u-ada')).toBeNull();
    expect(seenMessageId(messages, 3, 'u-ada')).toBe('m1');
    expect(seenMessageId(messages, 4, 'u-ada')).toBe('m4');
    expect(seenMessageId(messages, 4, 'u-mina')).toBe('m3');
  });
});

describe('presence and typing', () => {
  it('treats someone as offline 30 s after their last heartbeat', () => {
    let room = createRoom({ lastSeq: 0 });
    room = applyEvent(room, { seq: null, type: 'presence', createdAt: at(0), payload: { userId: 'u-mina', displayName: 'Mina', status: 'ONLINE' } }, T0);
    expect(presenceOf(room, 'u-mina', T0 + 29_000)).toBe('ONLINE');
    expect(presenceOf(room, 'u-mina', T0 + 31_000)).toBe('OFFLINE');
    room = applyEvent(room, { seq: null, type: 'presence', createdAt: at(0), payload: { userId: 'u-mina', displayName: 'Mina', status: 'AWAY' } }, T0 + 31_000);
    expect(presenceOf(room, 'u-mina', T0 + 32_000)).toBe('AWAY');
    expect(presenceOf(room, 'u-nobody', T0)).toBe('OFFLINE');
  });

  it('stops showing typing by itself, on a stop signal, or when the message arrives', () => {
    let room = createRoom({ lastSeq: 0 });
    const typing = (on: boolean) => ({ seq: null, type: 'typing', createdAt: at(0), payload: { userId: 'u-mina', displayName: 'Mina', typing: on } });
    room = applyEvent(room, typing(true), T0);
    expect(typingNames(room, T0 + 1_000, 'u-ada')).toEqual(['Mina']);
    expect(typingNames(room, T0 + 1_000, 'u-mina')).toEqual([]);
    expect(typingNames(room, T0 + 10_000, 'u-ada')).toEqual([]);
    room = applyEvent(room, typing(false), T0 + 2_000);
    expect(typingNames(room, T0 + 2_001, 'u-ada')).toEqual([]);
    room = applyEvent(room, typing(true), T0 + 3_000);
    room = applyEvent(room, sent(1, 'u-mina'), T0 + 3_500);
    expect(typingNames(room, T0 + 3_600, 'u-ada')).toEqual([]);
  });
});

describe('display', () => {
  it('groups consecutive messages by author and starts a new group at the divider', () => {
    const list = [message(1, 'u-ada'), message(2, 'u-ada'), message(3, 'u-mina'), message(4, 'u-mina'), message(20, 'u-mina')];
    expect(groupMessages(list).map((g) => g.messages.map((m) => m.seq))).toEqual([[1, 2], [3, 4], [20]]);
    expect(groupMessages(list, 4).map((g) => g.messages.map((m) => m.seq))).toEqual([[1, 2], [3], [4], [20]]);
  });

  it('allows editing your own message within 15 minutes', () => {
    const own = message(1, 'u-ada');
    expect(canEdit(own, 'u-ada', Date.parse(own.createdAt) + 14 * 60_000)).toBe(true);
    expect(canEdit(own, 'u-ada', Date.parse(own.createdAt) + 16 * 60_000)).toBe(false);
    expect(canEdit(own, 'u-mina', Date.parse(own.createdAt))).toBe(false);
  });
});

describe('catching up after a reconnect', () => {
  it('stays not live until the replay reaches the head read after reconnecting', () => {
    expect(roomSync({ connected: false, interrupted: true, lastSeq: 3, catchUpTo: null })).toBe('reconnecting');
    expect(roomSync({ connected: true, interrupted: true, lastSeq: 3, catchUpTo: null })).toBe('catching-up');
    expect(roomSync({ connected: true, interrupted: true, lastSeq: 3, catchUpTo: 6 })).toBe('catching-up');
    expect(roomSync({ connected: true, interrupted: true, lastSeq: 6, catchUpTo: 6 })).toBe('live');
    expect(roomSync({ connected: true, interrupted: false, lastSeq: 0, catchUpTo: null })).toBe('live');
    // Before the first connection nothing was interrupted: the header says "Connecting…".
    expect(roomSync({ connected: false, interrupted: false, lastSeq: 0, catchUpTo: null })).toBe('live');
  });
});
