import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef } from 'react';
import { useConnectionStore } from '../../apollo';
import { createEventCursor } from '../../app/live-events';
import type { BoardEvent } from '../../domain/board';
import { BoardEventsDocument } from '../../graphql/documents';

export interface BoardStreamEvent extends BoardEvent {
  actorId?: string | null;
}

/** An ephemeral signal on the board's stream (presence): no seq, never replayed. */
export interface BoardStreamSignal {
  type: string;
  payload: unknown;
  actorId?: string | null;
}

/**
 * Follows a board's event stream from `head` (the seq the board was loaded
 * at): each event is handed over once and in order; after a reconnect it
 * subscribes again from the last seq handled, so what was missed is replayed.
 * Changing `head` moves the cursor forward. Signals go to `onSignal` as they
 * come. `replayFrom(seq)`, after a reload that replaced what the events built
 * with the board as of `seq`, hands over every event after it again (some may
 * have come in while the reload was on its way, and were applied to what it
 * replaced).
 */
export function useBoardStream(
  boardId: string | undefined,
  head: number | undefined,
  onEvent: (event: BoardStreamEvent) => void,
  onSignal?: (signal: BoardStreamSignal) => void,
) {
  const client = useApolloClient();
  const store = useConnectionStore();
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const signalHandler = useRef(onSignal);
  signalHandler.current = onSignal;
  const cursorRef = useRef(createEventCursor());
  const resubscribeRef = useRef<() => void>(() => {});

  useEffect(() => {
    if (head !== undefined) cursorRef.current.start(head);
  }, [head]);

  useEffect(() => {
    if (!boardId || head === undefined) return;
    const cursor = cursorRef.current;
    let stopped = false;
    let subscription: { unsubscribe(): void } | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;

    function subscribe() {
      subscription?.unsubscribe();
      clearTimeout(retryTimer);
      if (stopped) return;
      subscription = client.subscribe({ query: BoardEventsDocument, variables: { boardId: boardId!, after: cursor.last } }).subscribe({
        next: ({ data }) => {
          const event = data?.boardEvents;
          if (event?.ephemeral) {
            signalHandler.current?.({ type: event.type, payload: event.payload, actorId: event.actorId });
            return;
          }
          if (!event || !cursor.accept(event.seq)) return;
          handler.current({ seq: event.seq, type: event.type, payload: event.payload, actorId: event.actorId });
        },
        error: () => {
          retryTimer = setTimeout(subscribe, 3_000);
        },
      });
    }

    resubscribeRef.current = subscribe;
    const stopWatching = store.subscribe((state, previous) => {
      if (state === 'connected' && previous !== 'connected') subscribe();
    });
    subscribe();
    return () => {
      stopped = true;
      resubscribeRef.current = () => {};
      stopWatching();
      clearTimeout(retryTimer);
      subscription?.unsubscribe();
    };
    // The head only seeds the cursor; resubscribing is for a new board.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [boardId, head === undefined, client, store]);

  const replayFrom = useCallback((seq: number) => {
    cursorRef.current.rewind(seq);
    resubscribeRef.current();
  }, []);
  return { replayFrom };
}
