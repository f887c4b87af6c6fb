import { createClient, type Client, type ClientOptions, type Event as WsEvent, type EventListener as WsEventListener } from 'graphql-ws';
import type { ConnectionStore } from './connection-state';
import { createWakeableSleep, retryDelay } from './retry';

/** graphql-ws close code for "the server stopped answering pings" (the library's own recipe). */
export const PONG_TIMEOUT_CLOSE_CODE = 4408;

export interface LiveSocketOptions {
  /** ws(s):// URL, or a function called before every attempt. */
  url: string | (() => string);
  /** Receives every socket event; the header's indicator reads it. */
  store: ConnectionStore;
  /** Sent in `connection_init` (sign-in, later). */
  connectionParams?: ClientOptions['connectionParams'];
  /** How often to ping the server, in ms. */
  keepAliveMs?: number;
  /** How long a pong may take before the socket is deemed dead and replaced, in ms. */
  pongTimeoutMs?: number;
  /** Where to listen for `online` and `visibilitychange` to retry at once; `null` to not listen. */
  window?: Window | null;
  /** A WebSocket implementation other than the global one (tests). */
  webSocketImpl?: unknown;
}

/** `WebSocket.OPEN`, without needing a global WebSocket (tests run in Node). */
const OPEN = 1;

export interface LiveSocket {
  /** A graphql-ws client to hand to Apollo's GraphQLWsLink. */
  readonly client: Client;
  /** Ends the current backoff wait and tries again now. */
  retryNow(): void;
  /**
   * Drops the current socket and opens a new one at once, sending every active
   * subscription again on it. Call it when the signed-in person changes: the
   * server reads the session cookie only on the WebSocket upgrade, so an open
   * socket keeps the identity it was opened with.
   */
  restart(): void;
  dispose(): Promise<void>;
}

/**
 * A graphql-ws connection that never gives up: it opens at once (`lazy: false`,
 * so the header knows the state from the start), retries every failure forever
 * with capped exponential backoff and jitter, pings every `keepAliveMs` and
 * replaces a socket whose pong does not come back. Subscriptions in flight are
 * sent again by graphql-ws after each reconnect.
 *
 * graphql-ws treats a few close codes as fatal (4400, 4500, 1011 …) and then
 * stops for good; this wrapper starts a fresh client after a backoff instead.
 * Subscriptions that were active on the failed client have already received
 * that error, as the library reports it to them.
 */
export function createLiveSocket(options: LiveSocketOptions): LiveSocket {
  const { url, store, connectionParams, webSocketImpl, keepAliveMs = 10_000, pongTimeoutMs = 5_000 } = options;
  const target = options.window === undefined ? (typeof window === 'undefined' ? null : window) : options.window;
  const sleeper = createWakeableSleep();
  let disposed = false;
  let restarts = 0;
  /** The next reconnect skips its backoff wait (a deliberate restart, not a failure). */
  let reconnectAtOnce = false;

  function makeClient(): Client {
    let activeSocket: WebSocket | null = null;
    let pongTimer: ReturnType<typeof setTimeout> | undefined;
    let terminateTimer: ReturnType<typeof setTimeout> | undefined;
    const clearTimers = () => {
      clearTimeout(pongTimer);
      clearTimeout(terminateTimer);
    };

    const inner: Client = createClient({
      url: typeof url === 'function' ? () => url() : url,
      connectionParams,
      webSocketImpl,
      lazy: false,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: (retries) => {
        if (reconnectAtOnce) {
          reconnectAtOnce = false;
          return Promise.resolve();
        }
        return sleeper.sleep(retryDelay(retries));
      },
      keepAlive: keepAliveMs,
      onNonLazyError: (error) => {
        console.warn('Mentorspace: the live connection failed; starting a new one.', error);
        store.dispatch({ type: 'socket-closed' });
        if (!disposed) void restart(inner);
      },
      on: {
        connecting: () => store.dispatch({ type: 'socket-connecting' }),
        connected: (socket) => {
          activeSocket = socket as WebSocket;
          restarts = 0;
          store.dispatch({ type: 'socket-connected' });
        },
        ping: (received) => {
          if (received) return; // The server's ping: graphql-ws answers it.
          clearTimeout(pongTimer);
          pongTimer = setTimeout(() => {
            const socket = activeSocket;
            if (!socket || socket.readyState !== OPEN) return;
            socket.close(PONG_TIMEOUT_CLOSE_CODE, 'Pong timeout');
            // On a dead network the closing handshake may never finish: drop the socket outright.
            terminateTimer = setTimeout(() => {
              if (activeSocket === socket) inner.terminate();
            }, 2_000);
          }, pongTimeoutMs);
        },
        pong: (received) => {
          if (received) clearTimeout(pongTimer);
        },
        closed: () => {
          activeSocket = null;
          clearTimers();
          store.dispatch({ type: 'socket-closed' });
        },
        error: () => store.dispatch({ type: 'socket-error' }),
      },
    });
    return inner;
  }

  let current = makeClient();
  const external = new Set<{ attach: (client: Client) => () => void; detach: () => void }>();

  async function restart(failed: Client): Promise<void> {
    await sleeper.sleep(retryDelay(restarts++));
    if (disposed || current !== failed) return;
    current = makeClient();
    for (const listener of external) listener.detach = listener.attach(current);
    void failed.dispose();
  }

  const client: Client = {
    on<E extends WsEvent>(event: E, listener: WsEventListener<E>) {
      const entry = { attach: (c: Client) => c.on(event, listener), detach: () => {} };
      entry.detach = entry.attach(current);
      external.add(entry);
      return () => {
        entry.detach();
        external.delete(entry);
      };
    },
    subscribe: (payload, sink) => current.subscribe(payload, sink),
    iterate: (request) => current.iterate(request),
    terminate: () => current.terminate(),
    dispose,
  };

  async function dispose(): Promise<void> {
    disposed = true;
    stopListening();
    sleeper.wake();
    await current.dispose();
  }

  // Back online, or back to a tab that slept: no point waiting out the backoff.
  const wake = () => sleeper.wake();
  const wakeIfVisible = () => {
    if (target?.document.visibilityState === 'visible') sleeper.wake();
  };
  target?.addEventListener('online', wake);
  target?.document.addEventListener('visibilitychange', wakeIfVisible);
  function stopListening() {
    target?.removeEventListener('online', wake);
    target?.document.removeEventListener('visibilitychange', wakeIfVisible);
  }

  function restartNow(): void {
    if (disposed) return;
    // Waiting out a backoff: no socket to drop, and the next attempt carries the new cookie.
    if (sleeper.pending > 0) return sleeper.wake();
    // Closes the socket (4499) whether it is open or still connecting; graphql-ws
    // then reconnects at once and subscribes again.
    reconnectAtOnce = true;
    current.terminate();
  }

  return { client, retryNow: wake, restart: restartNow, dispose };
}
