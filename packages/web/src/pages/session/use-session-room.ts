import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { useConnectionState, useConnectionStore } from '../../apollo';
import {
  addPending,
  applyEvent,
  createRoom,
  discardPending,
  mergeMessages,
  pendingFailed,
  pendingRetrying,
  pendingSent,
  roomSync,
  upsertActionItem,
  type RoomActionItem,
  type RoomEvent,
  type RoomMessage,
  type RoomState,
} from '../../domain/live-room';
import {
  SendMessageDocument,
  SendPresenceDocument,
  SessionEventsDocument,
  SessionHeadDocument,
  SessionHistoryDocument,
  type SessionMessageFieldsFragment,
} from '../../graphql/documents';
import { describeError } from '../../graphql/errors';

/** Messages per page when opening the room and scrolling back. */
export const HISTORY_PAGE = 30;
const HEARTBEAT_MS = 10_000;

export function toRoomMessage(m: SessionMessageFieldsFragment): RoomMessage {
  return {
    id: m.id,
    seq: m.seq,
    body: m.body ?? null,
    authorId: m.author?.id ?? null,
    authorName: m.author?.displayName ?? 'Deleted user',
    createdAt: m.createdAt,
    editedAt: m.editedAt ?? null,
    deletedAt: m.deletedAt ?? null,
    replyTo: m.replyTo ? { id: m.replyTo.id, body: m.replyTo.body ?? null } : null,
    reactions: m.reactions.map((r) => ({ emoji: r.emoji, count: r.count, userIds: [...r.userIds] })),
  };
}

type Action =
  | { type: 'event'; event: RoomEvent; now: number }
  | { type: 'merge'; messages: RoomMessage[] }
  | { type: 'update'; change: (state: RoomState) => RoomState };

function reducer(state: RoomState, action: Action): RoomState {
  switch (action.type) {
    case 'event':
      return applyEvent(state, action.event, action.now);
    case 'merge':
      return mergeMessages(state, action.messages);
    case 'update':
      return action.change(state);
  }
}

export interface SessionRoomInit {
  sessionId: string;
  state: RoomState;
  startCursor: string | null;
  hasPrevious: boolean;
}

/**
 * The room's live state: the stream from the head the page loaded at, applied
 * once per seq; after a dropped connection, a resubscription from the last seq
 * applied, and `sync` stays "catching-up" until the replay reaches the head
 * read after reconnecting. Heartbeats presence every 10 s (AWAY while hidden).
 */
export function useSessionRoom(init: SessionRoomInit) {
  const client = useApolloClient();
  const store = useConnectionStore();
  const connection = useConnectionState();
  const { sessionId } = init;
  const [state, dispatch] = useReducer(reducer, init.state);
  const stateRef = useRef(state);
  stateRef.current = state;
  const [interrupted, setInterrupted] = useState(false);
  const [catchUpTo, setCatchUpTo] = useState<number | null>(null);
  const [ended, setEnded] = useState<string | null>(null);

  // The stream.
  useEffect(() => {
    let stopped = false;
    let subscription: { unsubscribe(): void } | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;

    function subscribe() {
      subscription?.unsubscribe();
      clearTimeout(retryTimer);
      if (stopped) return;
      subscription = client
        .subscribe({ query: SessionEventsDocument, variables: { sessionId, after: stateRef.current.lastSeq } })
        .subscribe({
          next: ({ data, error }) => {
            if (error) {
              setEnded(describeError(error));
              return;
            }
            const event = data?.sessionEvents;
            if (!event) return;
            dispatch({ type: 'event', event, now: Date.now() });
            // Keep the ref current between renders so a resubscription starts from what was applied.
            stateRef.current = applyEvent(stateRef.current, event, Date.now());
          },
          error: () => {
            retryTimer = setTimeout(subscribe, 3_000);
          },
        });
    }

    async function catchUp() {
      subscribe();
      try {
        const { data } = await client.query({ query: SessionHeadDocument, variables: { id: sessionId }, fetchPolicy: 'network-only' });
        const head = data?.node && 'head' in data.node ? data.node.head : stateRef.current.lastSeq;
        if (!stopped) setCatchUpTo(head);
      } catch {
        // The head will be read again on the next reconnect; meanwhile the banner stays.
      }
    }

    const stopWatching = store.subscribe((next, previous) => {
      if (next !== 'connected' && previous === 'connected') {
        setInterrupted(true);
        setCatchUpTo(null);
      }
      if (next === 'connected' && previous !== 'connected') void catchUp();
    });
    subscribe();
    return () => {
      stopped = true;
      stopWatching();
      clearTimeout(retryTimer);
      subscription?.unsubscribe();
    };
  }, [client, store, sessionId]);

  const sync = roomSync({ connected: connection === 'connected', interrupted, lastSeq: state.lastSeq, catchUpTo });
  useEffect(() => {
    if (interrupted && sync === 'live') {
      setInterrupted(false);
      setCatchUpTo(null);
    }
  }, [interrupted, sync]);

  // Presence heartbeats.
  useEffect(() => {
    const send = (status: 'ONLINE' | 'AWAY' | 'OFFLINE') =>
      void client.mutate({ mutation: SendPresenceDocument, variables: { input: { sessionId, status } } }).catch(() => {});
    const beat = () => send(document.visibilityState === 'hidden' ? 'AWAY' : 'ONLINE');
    beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    document.addEventListener('visibilitychange', beat);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', beat);
      send('OFFLINE');
    };
  }, [client, sessionId]);

  // Presence timeouts and typing expiry are time-based: re-render every few seconds.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 2_000);
    return () => clearInterval(timer);
  }, []);

  const trySend = useCallback(
    async (clientMutationId: string, body: string) => {
      try {
        const { data } = await client.mutate({ mutation: SendMessageDocument, variables: { input: { sessionId, body, clientMutationId } } });
        const payload = data?.sendMessage;
        if (payload?.message) {
          dispatch({ type: 'update', change: (s) => pendingSent(s, clientMutationId, toRoomMessage(payload.message!)) });
        } else {
          const problem = payload?.userErrors[0]?.message ?? 'The message was not sent.';
          dispatch({ type: 'update', change: (s) => pendingFailed(s, clientMutationId, problem) });
        }
      } catch (error) {
        dispatch({ type: 'update', change: (s) => pendingFailed(s, clientMutationId, describeError(error)) });
      }
    },
    [client, sessionId],
  );

  const send = useCallback(
    (body: string) => {
      const clientMutationId = crypto.randomUUID();
      dispatch({ type: 'update', change: (s) => addPending(s, { clientMutationId, body, createdAt: new Date().toISOString() }) });
      void trySend(clientMutationId, body);
    },
    [trySend],
  );

  const retry = useCallback(
    (clientMutationId: string) => {
      const pending = stateRef.current.pending.find((p) => p.clientMutationId === clientMutationId);
      if (!pending) return;
      dispatch({ type: 'update', change: (s) => pendingRetrying(s, clientMutationId) });
      void trySend(clientMutationId, pending.body);
    },
    [trySend],
  );

  const discard = useCallback((clientMutationId: string) => dispatch({ type: 'update', change: (s) => discardPending(s, clientMutationId) }), []);

  const [history, setHistory] = useState({ cursor: init.startCursor, hasPrevious: init.hasPrevious, loading: false, error: null as string | null });
  const loadOlder = useCallback(async () => {
    if (!history.hasPrevious || history.loading) return 0;
    setHistory((h) => ({ ...h, loading: true, error: null }));
    try {
      const { data } = await client.query({
        query: SessionHistoryDocument,
        variables: { id: sessionId, last: HISTORY_PAGE, before: history.cursor },
        fetchPolicy: 'network-only',
      });
      const page = data?.node && 'messages' in data.node ? data.node.messages : null;
      const messages = page?.nodes.map(toRoomMessage) ?? [];
      dispatch({ type: 'merge', messages });
      setHistory({ cursor: page?.pageInfo.startCursor ?? null, hasPrevious: page?.pageInfo.hasPreviousPage ?? false, loading: false, error: null });
      return messages.length;
    } catch (error) {
      setHistory((h) => ({ ...h, loading: false, error: describeError(error) }));
      return 0;
    }
  }, [client, sessionId, history]);

  const mergeMessage = useCallback((message: SessionMessageFieldsFragment) => dispatch({ type: 'merge', messages: [toRoomMessage(message)] }), []);
  const setNotes = useCallback(
    (notes: { text: string; version: number }) =>
      dispatch({ type: 'update', change: (s) => (notes.version >= s.notes.version ? { ...s, notes } : s) }),
    [],
  );
  const putActionItem = useCallback((item: RoomActionItem) => dispatch({ type: 'update', change: (s) => upsertActionItem(s, item) }), []);

  return { state, now, sync, ended, send, retry, discard, history, loadOlder, mergeMessage, setNotes, putActionItem };
}

export type SessionRoom = ReturnType<typeof useSessionRoom>;
