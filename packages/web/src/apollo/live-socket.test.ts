import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConnectionStore, type ConnectionState, type ConnectionStore } from './connection-state';
import { createLiveSocket, PONG_TIMEOUT_CLOSE_CODE, type LiveSocket } from './live-socket';

/**
 * An in-memory stand-in for a graphql-transport-ws server and the browser's
 * WebSocket, so reconnects, re-subscription and the pong timeout can be
 * driven with fake timers.
 */
class FakeServer {
  sockets: FakeSocket[] = [];
  /** Refuse new connections (the server is down). */
  accepting = true;
  /** Answer pings (false: the connection is silently dead). */
  answerPings = true;
  /** Close the next connection_init with this code instead of acknowledging it. */
  rejectNextInitWith: number | undefined;
  /** Leave client-initiated closes hanging, as over a dead network. */
  hangOnClose = false;
  subscribes: Array<{ socket: FakeSocket; id: string; query: string }> = [];
  /** The session cookie the browser holds now. */
  identity = 'alice';

  get open(): FakeSocket[] {
    return this.sockets.filter((socket) => socket.readyState === FakeSocket.OPEN);
  }

  /** Closes every open connection from the server's side. */
  dropAll(code = 1012): void {
    for (const socket of this.open) socket.serverClose(code, 'Service Restart');
  }

  /** Sends a `next` to every live subscription. */
  publish(data: unknown): void {
    for (const { socket, id } of this.subscribes) {
      if (socket.readyState === FakeSocket.OPEN) socket.receive({ id, type: 'next', payload: { data } });
    }
  }
}

let server: FakeServer;

class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;

  readyState = FakeSocket.CONNECTING;
  closeRequests: number[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  onclose: ((event: { code: number; reason: string; wasClean: boolean }) => void) | null = null;

  /** Who the browser was signed in as when this socket opened (cookies go with the upgrade). */
  readonly identity = server.identity;

  constructor(
    readonly url: string,
    readonly protocol: string,
  ) {
    server.sockets.push(this);
    const accept = server.accepting;
    setTimeout(() => {
      if (accept) {
        this.readyState = FakeSocket.OPEN;
        this.onopen?.();
      } else {
        this.readyState = FakeSocket.CLOSED;
        this.onerror?.({ type: 'error' });
        this.onclose?.({ code: 1006, reason: '', wasClean: false });
      }
    }, 5);
  }

  send(data: string): void {
    const message = JSON.parse(data) as { type: string; id?: string; payload?: { query: string } };
    setTimeout(() => {
      if (this.readyState !== FakeSocket.OPEN) return;
      switch (message.type) {
        case 'connection_init':
          if (server.rejectNextInitWith !== undefined) {
            const code = server.rejectNextInitWith;
            server.rejectNextInitWith = undefined;
            this.serverClose(code, 'Internal server error');
          } else {
            this.receive({ type: 'connection_ack' });
          }
          return;
        case 'ping':
          if (server.answerPings) this.receive({ type: 'pong' });
          return;
        case 'subscribe':
          server.subscribes.push({ socket: this, id: message.id!, query: message.payload!.query });
          return;
        case 'complete':
          server.subscribes = server.subscribes.filter((s) => !(s.socket === this && s.id === message.id));
          return;
      }
    }, 1);
  }

  close(code = 1000, reason = ''): void {
    this.closeRequests.push(code);
    if (this.readyState === FakeSocket.CLOSED) return;
    this.readyState = FakeSocket.CLOSING;
    if (server.hangOnClose) return;
    setTimeout(() => this.serverClose(code, reason), 1);
  }

  receive(message: unknown): void {
    this.onmessage?.({ data: JSON.stringify(message) });
  }

  serverClose(code: number, reason: string): void {
    if (this.readyState === FakeSocket.CLOSED) return;
    this.readyState = FakeSocket.CLOSED;
    this.onclose?.({ code, reason, wasClean: true });
  }
}

function record(store: ConnectionStore): ConnectionState[] {
  const states: ConnectionState[] = [store.getState()];
  store.subscribe((state) => states.push(state));
  return states;
}

describe('createLiveSocket', () => {
  let store: ConnectionStore;
  let live: LiveSocket | undefined;

  beforeEach(() => {
    vi.useFakeTimers();
    server = new FakeServer();
    store = createConnectionStore();
  });

  afterEach(async () => {
    server.hangOnClose = false;
    const disposing = live?.dispose();
    await vi.runOnlyPendingTimersAsync();
    await disposing;
    live = undefined;
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  function start(options: Partial<Parameters<typeof createLiveSocket>[0]> = {}): LiveSocket {
    live = createLiveSocket({ url: 'ws://test/graphql', store, window: null, webSocketImpl: FakeSocket, ...options });
    return live;
  }

  function subscribe(socket: LiveSocket): unknown[] {
    const received: unknown[] = [];
    socket.client.subscribe(
      { query: 'subscription { tick }' },
      { next: (value) => received.push(value.data), error: (error) => received.push({ error }), complete: () => {} },
    );
    return received;
  }

  it('connects at once, before any subscription', async () => {
    const states = record(store);
    start();
    expect(server.sockets).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(20);
    expect(states).toEqual(['connecting', 'connected']);
  });

  it('keeps retrying while the server is down, waiting at most about 10 s between attempts', async () => {
    const received = subscribe(start());
    await vi.advanceTimersByTimeAsync(20);
    server.accepting = false;
    server.dropAll();
    await vi.advanceTimersByTimeAsync(20);
    expect(store.getState()).toBe('reconnecting');

    const attemptsBefore = server.sockets.length;
    await vi.advanceTimersByTimeAsync(120_000);
    const attempts = server.sockets.length - attemptsBefore;
    // Backoff grows to 5–10 s: a dozen-plus attempts in two minutes, never a tight loop.
    expect(attempts).toBeGreaterThanOrEqual(12);
    expect(attempts).toBeLessThanOrEqual(30);
    expect(store.getState()).toBe('reconnecting');

    server.accepting = true;
    await vi.advanceTimersByTimeAsync(10_100);
    expect(store.getState()).toBe('connected');
    // Refused connections end in an error event, not a close event: they must not fail the subscription.
    server.publish({ tick: 1 });
    expect(received).toEqual([{ tick: 1 }]);
  });

  it('subscribes again after a reconnect, and the subscription keeps receiving', async () => {
    const socket = start();
    const received = subscribe(socket);
    await vi.advanceTimersByTimeAsync(20);
    expect(server.subscribes).toHaveLength(1);
    server.publish({ tick: 1 });

    server.dropAll();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(store.getState()).toBe('connected');
    expect(server.subscribes).toHaveLength(2);
    expect(server.subscribes[1]!.query).toContain('tick');
    expect(server.subscribes[1]!.socket).not.toBe(server.subscribes[0]!.socket);

    server.publish({ tick: 2 });
    expect(received).toEqual([{ tick: 1 }, { tick: 2 }]);
  });

  it('retryNow() skips the backoff wait', async () => {
    const socket = start();
    await vi.advanceTimersByTimeAsync(20);
    server.accepting = false;
    server.dropAll();
    await vi.advanceTimersByTimeAsync(60_000); // the wait has grown to several seconds
    server.accepting = true;
    const attempts = server.sockets.length;
    socket.retryNow();
    await vi.advanceTimersByTimeAsync(20);
    expect(server.sockets.length).toBe(attempts + 1);
    expect(store.getState()).toBe('connected');
  });

  it('starts a fresh client after a close that graphql-ws treats as fatal', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    server.rejectNextInitWith = 4500;
    const states = record(store);
    start();
    await vi.advanceTimersByTimeAsync(20);
    expect(store.getState()).toBe('reconnecting');
    expect(console.warn).toHaveBeenCalledOnce();

    await vi.advanceTimersByTimeAsync(600); // first restart waits 250–500 ms
    expect(states).toEqual(['connecting', 'reconnecting', 'connected']);
    expect(server.open).toHaveLength(1);
  });

  it('closes a socket whose pong does not come back (4408) and reconnects', async () => {
    start({ keepAliveMs: 10_000, pongTimeoutMs: 5_000 });
    await vi.advanceTimersByTimeAsync(20);
    const first = server.sockets[0]!;

    // Healthy pings keep it open.
    await vi.advanceTimersByTimeAsync(30_000);
    expect(first.closeRequests).toEqual([]);
    expect(store.getState()).toBe('connected');

    server.answerPings = false;
    server.hangOnClose = true; // a dead network: the close handshake never completes
    await vi.advanceTimersByTimeAsync(10_000 + 5_000 + 10);
    expect(first.closeRequests).toContain(PONG_TIMEOUT_CLOSE_CODE);
    expect(store.getState()).toBe('connected'); // still waiting for the close

    server.answerPings = true;
    server.hangOnClose = false;
    await vi.advanceTimersByTimeAsync(2_000); // then it is dropped outright
    expect(store.getState()).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(store.getState()).toBe('connected');
    expect(server.open).toHaveLength(1);
    expect(server.open[0]).not.toBe(first);
  });

  it('restart() reconnects at once as the new identity and subscribes again there', async () => {
    const socket = start();
    const received = subscribe(socket);
    await vi.advanceTimersByTimeAsync(20);
    expect(server.open.map((s) => s.identity)).toEqual(['alice']);
    const first = server.open[0]!;

    server.identity = 'bob'; // signed in as someone else: a new cookie
    socket.restart();
    await vi.advanceTimersByTimeAsync(20); // no backoff wait: a restart is not a failure
    expect(first.closeRequests).toEqual([4499]);
    expect(server.open.map((s) => s.identity)).toEqual(['bob']);
    expect(store.getState()).toBe('connected');

    const live = server.subscribes.filter((s) => s.socket.readyState === FakeSocket.OPEN);
    expect(live).toHaveLength(1);
    expect(live[0]!.socket.identity).toBe('bob');
    server.publish({ tick: 1 });
    expect(received).toEqual([{ tick: 1 }]);
  });

  it('restart() during a backoff wait tries at once instead of waiting', async () => {
    const socket = start();
    await vi.advanceTimersByTimeAsync(20);
    server.accepting = false;
    server.dropAll();
    await vi.advanceTimersByTimeAsync(60_000); // the wait has grown to several seconds
    server.accepting = true;
    server.identity = 'bob';
    const attempts = server.sockets.length;
    socket.restart();
    await vi.advanceTimersByTimeAsync(20);
    expect(server.sockets.length).toBe(attempts + 1);
    expect(server.open.map((s) => s.identity)).toEqual(['bob']);
  });
});
