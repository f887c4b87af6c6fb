import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { applyBoardSignal, BOARD_HEARTBEAT_MS, signalDelay, type BoardPresence } from '../../domain/board-presence';
import { SignalBoardActivityDocument } from '../../graphql/documents';
import type { BoardStreamSignal } from './use-board-stream';

/**
 * Ephemeral presence on a board, both ways: sends "I am here, editing this
 * goal (or none)" at once on a change (at most once a second) and as a
 * heartbeat, and "I left" when the board closes; keeps what the others send
 * (`onSignal` is fed from the board's stream) and re-renders every couple of
 * seconds so stale entries drop off.
 */
export function useBoardPresence(boardId: string | undefined, editingGoalId: string | null) {
  const client = useApolloClient();
  const [presence, setPresence] = useState<BoardPresence>({});
  const [now, setNow] = useState(() => Date.now());
  const key = useRef(editingGoalId ?? '');
  key.current = editingGoalId ?? '';
  const kick = useRef<() => void>(() => {});

  useEffect(() => {
    if (!boardId) return;
    let last: { key: string; at: number } | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const send = (goalId: string, status: 'ONLINE' | 'OFFLINE') =>
      void client
        .mutate({ mutation: SignalBoardActivityDocument, variables: { input: { boardId, goalId: goalId || null, editing: Boolean(goalId), status } } })
        .catch(() => {}); // a lost signal is renewed by the next heartbeat
    const run = () => {
      clearTimeout(timer);
      const wait = signalDelay(last, key.current, Date.now());
      if (wait > 0) {
        timer = setTimeout(run, wait);
        return;
      }
      last = { key: key.current, at: Date.now() };
      send(key.current, 'ONLINE');
      timer = setTimeout(run, BOARD_HEARTBEAT_MS);
    };
    kick.current = run;
    run();
    return () => {
      clearTimeout(timer);
      kick.current = () => {};
      send('', 'OFFLINE');
    };
  }, [client, boardId]);

  // What this person does changed: tell the others soon.
  useEffect(() => kick.current(), [editingGoalId]);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 2_000);
    return () => clearInterval(timer);
  }, []);

  const onSignal = useCallback((signal: BoardStreamSignal) => {
    const at = Date.now();
    setPresence((current) => applyBoardSignal(current, signal, at));
    setNow(at);
  }, []);

  return { presence, now, onSignal };
}
