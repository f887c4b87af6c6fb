import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { RawClientMessage, RawServerMessage } from '../../raw-socket-server.js';

export type CatchUp = {
  /** From subscribing (the socket already open and authenticated) to receiving the head. */
  ms: number;
  received: number;
  /** Seqs that came twice or out of order, and seqs that never came. */
  doubled: number;
  lost: number;
};

const ROOM_EVENTS = /* GraphQL */ `subscription Resume($sessionId: ID!, $after: Int!) {
  sessionEvents(sessionId: $sessionId, after: $after) { seq type payload actorId createdAt ephemeral }
}`;

/** Checks each seq once, in order, until the head. */
class SeqCheck {
  received = 0;
  doubled = 0;
  private expected: number;
  constructor(
    private readonly after: number,
    private readonly head: number,
  ) {
    this.expected = after + 1;
  }
  /** True once the head has arrived. */
  take(seq: number): boolean {
    this.received++;
    if (seq === this.expected) this.expected++;
    else if (seq < this.expected) this.doubled++;
    else this.expected = seq + 1; // a gap: counted as lost at the end
    return seq >= this.head;
  }
  lost(): number {
    return Math.max(0, this.head - this.after - (this.received - this.doubled));
  }
}

/** A reconnecting graphql-ws client resuming the room after `after`. */
export async function catchUpOverGraphql(url: string, token: string, sessionId: string, after: number, head: number, timeoutMs = 60_000): Promise<CatchUp> {
  let connected!: () => void;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: false, on: { connected: () => connected() } });
  try {
    await ready;
    const check = new SeqCheck(after, head);
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`caught up only ${check.received} of ${head - after} in ${timeoutMs} ms`)), timeoutMs);
      const unsubscribe = client.subscribe<{ sessionEvents: { seq: number | null } }>(
        { query: ROOM_EVENTS, variables: { sessionId, after } },
        {
          next: (result) => {
            if (result.errors) reject(new Error(JSON.stringify(result.errors)));
            const seq = result.data?.sessionEvents.seq;
            if (seq != null && check.take(seq)) {
              clearTimeout(timer);
              unsubscribe();
              resolve();
            }
          },
          error: (error) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
          complete: () => {},
        },
      );
    });
    const ms = performance.now() - started;
    return { ms, received: check.received, doubled: check.doubled, lost: check.lost() };
  } finally {
    await client.dispose();
  }
}

/** The baseline: the same events read with one SQL statement and written to a plain socket by the same instance. */
export async function catchUpOverRawSocket(url: string, token: string, streamId: string, after: number, head: number, timeoutMs = 60_000): Promise<CatchUp> {
  const socket = new WebSocket(url);
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => socket.send(JSON.stringify({ type: 'auth', authorization: `Bearer ${token}` } satisfies RawClientMessage)));
      socket.once('message', (data) => ((JSON.parse(String(data)) as RawServerMessage).type === 'ok' ? resolve() : reject(new Error('denied'))));
      socket.once('error', reject);
    });
    const check = new SeqCheck(after, head);
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`caught up only ${check.received} of ${head - after} in ${timeoutMs} ms`)), timeoutMs);
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as RawServerMessage;
        if (message.type === 'event' && check.take(message.seq)) {
          clearTimeout(timer);
          resolve();
        }
      });
      socket.send(JSON.stringify({ type: 'replay', streamId, after } satisfies RawClientMessage));
    });
    const ms = performance.now() - started;
    return { ms, received: check.received, doubled: check.doubled, lost: check.lost() };
  } finally {
    socket.close();
  }
}
