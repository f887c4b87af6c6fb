/**
 * A live session room's pure state: messages in seq order, events applied
 * once each, optimistic sends reconciled with what the server stored, read
 * markers, notes, action items, presence and typing.
 */

export const REACTIONS = ['👍', '❤️', '🎉', '😂', '🤔', '👀', '🙏'] as const;
/** Messages can be edited this long after sending (the server's `MESSAGE_EDIT_WINDOW_MINUTES`). */
export const EDIT_WINDOW_MS = 15 * 60_000;
/** Someone without a heartbeat for this long is offline. */
export const PRESENCE_TIMEOUT_MS = 30_000;
/** A typing signal shows for this long unless renewed. */
export const TYPING_TIMEOUT_MS = 6_000;
/** Messages from one author this close together form one group. */
export const GROUP_GAP_MS = 5 * 60_000;

export interface Reaction {
  emoji: string;
  count: number;
  userIds: string[];
}

export interface RoomMessage {
  id: string;
  seq: number;
  body: string | null;
  authorId: string | null;
  authorName: string;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
  replyTo: { id: string; body: string | null } | null;
  reactions: Reaction[];
}

export interface PendingMessage {
  clientMutationId: string;
  body: string;
  createdAt: string;
  status: 'sending' | 'failed';
  /** Set once the server answered: the stored message's id. */
  messageId?: string;
  error?: string;
}

export interface RoomActionItem {
  id: string;
  title: string;
  done: boolean;
  dueOn: string | null;
  assigneeId: string | null;
  /** The goal-board milestone made from it, if any. */
  milestone?: { id: string; goalTitle: string } | null;
}

export type PresenceStatus = 'ONLINE' | 'AWAY' | 'OFFLINE';

export interface RoomState {
  messages: RoomMessage[];
  pending: PendingMessage[];
  /** The last stored seq applied; resubscribe with it as `after`. */
  lastSeq: number;
  readMarkers: Record<string, number>;
  notes: { text: string; version: number };
  actionItems: RoomActionItem[];
  presence: Record<string, { status: PresenceStatus; displayName: string; at: number }>;
  typing: Record<string, { displayName: string; until: number }>;
}

export interface RoomEvent {
  seq: number | null | undefined;
  type: string;
  payload: unknown;
  actorId?: string | null;
  createdAt: string;
}

export function createRoom(init: Partial<RoomState> & { lastSeq: number }): RoomState {
  return {
    messages: sortMessages(init.messages ?? []),
    pending: init.pending ?? [],
    lastSeq: init.lastSeq,
    readMarkers: init.readMarkers ?? {},
    notes: init.notes ?? { text: '', version: 0 },
    actionItems: init.actionItems ?? [],
    presence: init.presence ?? {},
    typing: init.typing ?? {},
  };
}

function sortMessages(messages: RoomMessage[]): RoomMessage[] {
  return [...messages].sort((a, b) => a.seq - b.seq);
}

/** Adds or replaces messages by id (history pages, mutation results), keeping seq order. */
export function mergeMessages(state: RoomState, incoming: readonly RoomMessage[]): RoomState {
  if (!incoming.length) return state;
  const byId = new Map(state.messages.map((m) => [m.id, m]));
  for (const message of incoming) byId.set(message.id, message);
  return { ...state, messages: sortMessages([...byId.values()]) };
}

function updateMessage(state: RoomState, id: unknown, change: (message: RoomMessage) => RoomMessage): RoomState {
  if (typeof id !== 'string') return state;
  return { ...state, messages: state.messages.map((m) => (m.id === id ? change(m) : m)) };
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/**
 * Applies one stream event. Stored events (with a seq) apply once each: a seq
 * at or below `lastSeq` is a replay and changes nothing. Presence and typing
 * (no seq) are stamped with `now`.
 */
export function applyEvent(state: RoomState, event: RoomEvent, now: number): RoomState {
  const p = (event.payload ?? {}) as Record<string, unknown>;
  if (event.seq == null) {
    const userId = str(p.userId) ?? event.actorId ?? null;
    if (!userId) return state;
    const displayName = str(p.displayName) ?? '';
    if (event.type === 'presence') {
      const status = (str(p.status) ?? 'ONLINE') as PresenceStatus;
      const typing = { ...state.typing };
      if (status !== 'ONLINE') delete typing[userId];
      return { ...state, presence: { ...state.presence, [userId]: { status, displayName, at: now } }, typing };
    }
    if (event.type === 'typing') {
      const typing = { ...state.typing };
      if (p.typing) typing[userId] = { displayName, until: now + TYPING_TIMEOUT_MS };
      else delete typing[userId];
      // Typing is a sign of life too.
      const presence = { ...state.presence, [userId]: { status: 'ONLINE' as const, displayName, at: now } };
      return { ...state, typing, presence };
    }
    return state;
  }
  if (event.seq <= state.lastSeq) return state;
  const next = applyStored({ ...state, lastSeq: event.seq }, event, p);
  return next;
}

function applyStored(state: RoomState, event: RoomEvent, p: Record<string, unknown>): RoomState {
  switch (event.type) {
    case 'message.sent': {
      const id = str(p.messageId);
      if (!id || state.messages.some((m) => m.id === id)) return state;
      const replyToId = str(p.replyToId);
      const replyTo = replyToId ? { id: replyToId, body: state.messages.find((m) => m.id === replyToId)?.body ?? null } : null;
      const authorId = str(p.authorId);
      const message: RoomMessage = {
        id,
        seq: event.seq!,
        body: str(p.body),
        authorId,
        authorName: str(p.authorName) ?? 'Deleted user',
        createdAt: str(p.createdAt) ?? event.createdAt,
        editedAt: null,
        deletedAt: null,
        replyTo,
        reactions: [],
      };
      // Whoever sent it has stopped typing.
      const typing = { ...state.typing };
      if (authorId) delete typing[authorId];
      return { ...state, typing, messages: sortMessages([...state.messages, message]) };
    }
    case 'message.edited':
      return updateMessage(state, p.messageId, (m) => ({ ...m, body: str(p.body) ?? m.body, editedAt: str(p.editedAt) ?? event.createdAt }));
    case 'message.deleted':
      return updateMessage(state, p.messageId, (m) => ({ ...m, body: null, deletedAt: m.deletedAt ?? event.createdAt, reactions: [] }));
    case 'reaction.added':
    case 'reaction.removed': {
      const emoji = str(p.emoji);
      const userId = str(p.userId);
      if (!emoji || !userId) return state;
      return updateMessage(state, p.messageId, (m) => ({ ...m, reactions: toggleReaction(m.reactions, emoji, userId, event.type === 'reaction.added') }));
    }
    case 'read.marked': {
      const userId = str(p.userId);
      if (!userId || typeof p.seq !== 'number') return state;
      return { ...state, readMarkers: { ...state.readMarkers, [userId]: Math.max(state.readMarkers[userId] ?? 0, p.seq) } };
    }
    case 'notes.updated':
      if (typeof p.version !== 'number' || p.version <= state.notes.version) return state;
      return { ...state, notes: { text: str(p.notes) ?? '', version: p.version } };
    case 'action_item.created':
    case 'action_item.updated': {
      const id = str(p.actionItemId);
      if (!id) return state;
      const item: RoomActionItem = { id, title: str(p.title) ?? '', done: Boolean(p.done), dueOn: str(p.dueOn), assigneeId: str(p.assigneeId) };
      return upsertActionItem(state, item);
    }
    case 'action_item.converted': {
      const id = str(p.actionItemId);
      const milestoneId = str(p.milestoneId);
      const item = state.actionItems.find((i) => i.id === id);
      if (!item || !milestoneId) return state;
      return upsertActionItem(state, { ...item, milestone: { id: milestoneId, goalTitle: str(p.goalTitle) ?? '' } });
    }
    default:
      return state;
  }
}

/** Adds an action item or updates it; what the update leaves out (its milestone) is kept. */
export function upsertActionItem(state: RoomState, item: RoomActionItem): RoomState {
  const exists = state.actionItems.some((i) => i.id === item.id);
  return { ...state, actionItems: exists ? state.actionItems.map((i) => (i.id === item.id ? { ...i, ...item } : i)) : [...state.actionItems, item] };
}

/** A reaction summary with one person's reaction added or taken back (idempotent). */
export function toggleReaction(reactions: readonly Reaction[], emoji: string, userId: string, add: boolean): Reaction[] {
  const existing = reactions.find((r) => r.emoji === emoji);
  const users = new Set(existing?.userIds ?? []);
  if (add) users.add(userId);
  else users.delete(userId);
  const rest = reactions.filter((r) => r.emoji !== emoji);
  if (!users.size) return rest;
  const updated = { emoji, count: users.size, userIds: [...users] };
  return existing ? reactions.map((r) => (r.emoji === emoji ? updated : r)).filter((r) => r.count > 0) : [...rest, updated];
}

// --- optimistic sends ---

export function addPending(state: RoomState, pending: Omit<PendingMessage, 'status'>): RoomState {
  if (state.pending.some((p) => p.clientMutationId === pending.clientMutationId)) return state;
  return { ...state, pending: [...state.pending, { ...pending, status: 'sending' }] };
}

/** The server stored it: remember its id (the pending copy hides once the message itself is in the list). */
export function pendingSent(state: RoomState, clientMutationId: string, message: RoomMessage): RoomState {
  const merged = mergeMessages(state, [message]);
  return { ...merged, pending: merged.pending.filter((p) => p.clientMutationId !== clientMutationId) };
}

export function pendingFailed(state: RoomState, clientMutationId: string, error: string): RoomState {
  return { ...state, pending: state.pending.map((p) => (p.clientMutationId === clientMutationId ? { ...p, status: 'failed', error } : p)) };
}

export function pendingRetrying(state: RoomState, clientMutationId: string): RoomState {
  return {
    ...state,
    pending: state.pending.map((p) => (p.clientMutationId === clientMutationId ? { ...p, status: 'sending', error: undefined } : p)),
  };
}

export function discardPending(state: RoomState, clientMutationId: string): RoomState {
  return { ...state, pending: state.pending.filter((p) => p.clientMutationId !== clientMutationId) };
}

/** Pending messages still to show: those whose stored message is not in the list yet. */
export function visiblePending(state: RoomState): PendingMessage[] {
  const ids = new Set(state.messages.map((m) => m.id));
  return state.pending.filter((p) => !p.messageId || !ids.has(p.messageId));
}

// --- reading ---

/**
 * Where the "New messages" divider goes: before the first message from
 * someone else after the viewer's read marker; null when there is none.
 */
export function unreadDividerSeq(messages: readonly RoomMessage[], lastReadSeq: number, viewerId: string): number | null {
  return messages.find((m) => m.seq > lastReadSeq && m.authorId !== viewerId)?.seq ?? null;
}

/** The viewer's newest message the other person has read (to mark it "Seen"); null for none. */
export function seenMessageId(messages: readonly RoomMessage[], otherReadSeq: number | undefined, viewerId: string): string | null {
  if (!otherReadSeq) return null;
  let seen: string | null = null;
  for (const m of messages) {
    if (m.seq > otherReadSeq) break;
    if (m.authorId === viewerId && !m.deletedAt) seen = m.id;
  }
  return seen;
}

// --- presence and typing ---

export function presenceOf(state: RoomState, userId: string, now: number): PresenceStatus {
  const entry = state.presence[userId];
  if (!entry || now - entry.at > PRESENCE_TIMEOUT_MS) return 'OFFLINE';
  return entry.status;
}

/** Who is typing now, apart from the viewer. */
export function typingNames(state: RoomState, now: number, viewerId: string): string[] {
  return Object.entries(state.typing)
    .filter(([userId, t]) => userId !== viewerId && t.until > now)
    .map(([, t]) => t.displayName);
}

export function canEdit(message: RoomMessage, viewerId: string, now: number): boolean {
  return message.authorId === viewerId && !message.deletedAt && now - Date.parse(message.createdAt) < EDIT_WINDOW_MS;
}

// --- display ---

export interface MessageGroup {
  authorId: string | null;
  authorName: string;
  messages: RoomMessage[];
}

/**
 * Consecutive messages by the same author, close in time, form a group; the
 * unread divider (its seq) starts a new one.
 */
export function groupMessages(messages: readonly RoomMessage[], dividerSeq: number | null = null): MessageGroup[] {
  const groups: MessageGroup[] = [];
  for (const message of messages) {
    const last = groups.at(-1);
    const previous = last?.messages.at(-1);
    if (
      last &&
      previous &&
      last.authorId === message.authorId &&
      message.seq !== dividerSeq &&
      Date.parse(message.createdAt) - Date.parse(previous.createdAt) <= GROUP_GAP_MS
    ) {
      last.messages.push(message);
    } else {
      groups.push({ authorId: message.authorId, authorName: message.authorName, messages: [message] });
    }
  }
  return groups;
}

// --- catching up after a reconnect ---

export type RoomSync = 'live' | 'reconnecting' | 'catching-up';

/**
 * Whether the room is live: after an interruption, only once the socket is
 * back and every stored event up to the head read after reconnecting has
 * been applied.
 */
export function roomSync(input: { connected: boolean; interrupted: boolean; lastSeq: number; catchUpTo: number | null }): RoomSync {
  if (!input.interrupted) return 'live';
  if (!input.connected) return 'reconnecting';
  if (input.catchUpTo === null || input.lastSeq < input.catchUpTo) return 'catching-up';
  return 'live';
}
