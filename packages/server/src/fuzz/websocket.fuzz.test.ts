import fc from 'fast-check';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../graphql/limits.js';
import { MAX_OPERATION_ID_BYTES } from '../graphql/ws-messages.js';
import { useTestApp } from '../testing/test-app.js';
import { TEST_REDIS_URL } from '../testing/services.js';
import { range, sendMessage, startLivePair, StreamWatcher, type LivePair } from '../testing/live-pair.js';
import { hostileInt, hostileString } from '../testing/graphql-arbitraries.js';

// Random and garbled graphql-ws conversations, on raw sockets: bad JSON,
// wrong types, messages only a server sends, subscribing before init,
// duplicate ids, completing unknown ids, huge ids, oversized frames. A model
// of the protocol says how each must end: the server closes with the right
// code (4400, 4401, 4403, 4409, 4429, 1009) or carries on; it never closes
// with 4500 or drops the connection without a close frame, errors never say
// INTERNAL, and a bystander's subscription keeps receiving throughout.
//
// FUZZ_RUNS (default 40) conversations; FUZZ_SEED replays a failure or, set to `random`, explores.

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
// A fixed seed keeps CI deterministic; FUZZ_SEED=random explores new inputs.
const SEED = process.env.FUZZ_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.FUZZ_SEED ?? 20261126);

const server = useTestApp({ redisUrl: TEST_REDIS_URL, env: { RATE_LIMIT_RESTORE_RATE: '1000000', RATE_LIMIT_BURST: '10000000' } });
let pair: LivePair;
let bystander: StreamWatcher;

beforeAll(async () => {
  pair = await startLivePair(server.app, server.app);
  await sendMessage(pair.mentor, pair.sessionId, 'There is always something to replay');
  bystander = StreamWatcher.session(pair.mentee, pair, server.app.url);
  console.info(`websocket fuzz: seed ${SEED}, ${RUNS} conversations (FUZZ_SEED, FUZZ_RUNS)`);
}, 60_000);
afterAll(async () => {
  await bystander?.close();
});

type Frame =
  | { kind: 'init'; payload: Record<string, unknown> | null }
  | { kind: 'ping' }
  | { kind: 'pong' }
  /** `live`: a subscription that stays open (it replays at least one event first). */
  | { kind: 'subscribe'; id: string; live: boolean; query: string; variables: Record<string, unknown> }
  | { kind: 'complete'; id: string }
  /** Not a message a client may send: the server must close with 4400. */
  | { kind: 'garbage'; text: string }
  | { kind: 'oversized' };

/** The last two are over the 64-byte limit on ids (4400); the two before are just under it. */
const IDS = ['1', '2', 'same', '🙂', ' ', 'y'.repeat(MAX_OPERATION_ID_BYTES), '🙂'.repeat(MAX_OPERATION_ID_BYTES / 4), 'z'.repeat(MAX_OPERATION_ID_BYTES + 1), 'x'.repeat(300)];
const tooLong = (id: string) => Buffer.byteLength(id) > MAX_OPERATION_ID_BYTES;

const GARBAGE = [
  'not json',
  '{',
  '[]',
  'null',
  '42',
  '""',
  '{}',
  '{"type":"nope"}',
  '{"type":42}',
  '{"type":"subscribe","id":7,"payload":{"query":"{ viewer { id } }"}}',
  '{"type":"subscribe","id":"","payload":{"query":"{ viewer { id } }"}}',
  '{"type":"subscribe","id":"1","payload":{"query":42}}',
  '{"type":"subscribe","id":"1","payload":"{ viewer { id } }"}',
  '{"type":"subscribe","id":"1","payload":{"query":"{ viewer { id } }","variables":"x"}}',
  '{"type":"complete"}',
  '{"type":"complete","id":5}',
  '{"type":"connection_init","payload":"token"}',
  // Messages only a server sends.
  '{"type":"next","id":"1","payload":{"data":{}}}',
  '{"type":"error","id":"1","payload":[{"message":"x"}]}',
  '{"type":"connection_ack"}',
];

const queries = (sessionId: string): fc.Arbitrary<{ live: boolean; query: string; variables: Record<string, unknown> }> =>
  fc.oneof(
    fc.constant({ live: true, query: 'subscription($s: ID!) { sessionEvents(sessionId: $s, after: 0) { seq type } }', variables: { s: sessionId } }),
    fc.record({ s: fc.oneof(fc.constant(sessionId), hostileString), after: hostileInt }).map((variables) => ({
      live: false,
      query: 'subscription($s: ID!, $after: Int) { sessionEvents(sessionId: $s, after: $after) { seq type } }',
      variables,
    })),
    fc.constant({ live: false, query: '{ viewer { id } }', variables: {} }),
    fc.constant({ live: false, query: 'mutation($s: ID!) { setTyping(input: { sessionId: $s, typing: true }) { userErrors { code } } }', variables: { s: sessionId } }),
    fc.constant({ live: false, query: '{ viewer { id ', variables: {} }),
    fc.constant({ live: false, query: 'subscription { nope }', variables: {} }),
    fc.constant({ live: false, query: `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`, variables: {} }),
    hostileString.map((query) => ({ live: false, query, variables: {} })),
  );

const frames = (sessionId: string): fc.Arbitrary<Frame[]> => {
  const frame: fc.Arbitrary<Frame> = fc.oneof(
    { weight: 4, arbitrary: fc.oneof(fc.constant(null), fc.constant({}), fc.dictionary(fc.constantFrom('authorization', 'x'), hostileString, { maxKeys: 2 })).map((payload) => ({ kind: 'init' as const, payload })) },
    { weight: 1, arbitrary: fc.constant({ kind: 'ping' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'pong' as const }) },
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...IDS), queries(sessionId)).map(([id, query]) => ({ kind: 'subscribe' as const, id, ...query })) },
    { weight: 2, arbitrary: fc.constantFrom(...IDS).map((id) => ({ kind: 'complete' as const, id })) },
    { weight: 2, arbitrary: fc.oneof(fc.constantFrom(...GARBAGE), fc.string({ maxLength: 30 }).filter(isNotAMessage)).map((text) => ({ kind: 'garbage' as const, text })) },
    { weight: 1, arbitrary: fc.constant({ kind: 'oversized' as const }) },
  );
  // Most conversations start properly, so the later frames meet an acknowledged connection.
  return fc.tuple(fc.boolean(), fc.array(frame, { minLength: 1, maxLength: 8 })).map(([initFirst, rest]) =>
    initFirst ? [{ kind: 'init', payload: null } as Frame, ...rest] : rest,
  );
};

function isNotAMessage(text: string): boolean {
  try {
    const value = JSON.parse(text) as unknown;
    return !(value && typeof value === 'object' && 'type' in value);
  } catch {
    return true;
  }
}

type Received = { type: string; id?: string; payload?: any };

/** A raw graphql-ws connection with the mentee's cookie, recording everything. */
class RawSocket {
  readonly received: Received[] = [];
  closed: { code: number; reason: string } | null = null;
  private readonly socket: WebSocket;
  private readonly opened: Promise<void>;

  constructor() {
    this.socket = new WebSocket(server.app.url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws', { headers: { cookie: pair.mentee.client.sessionCookie! } });
    this.socket.on('message', (data) => this.received.push(JSON.parse(String(data)) as Received));
    this.socket.on('close', (code, reason) => (this.closed = { code, reason: String(reason) }));
    this.socket.on('error', () => {});
    this.opened = new Promise((resolve, reject) => {
      this.socket.once('open', () => resolve());
      this.socket.once('close', () => reject(new Error('closed before it opened')));
    });
  }

  async send(text: string): Promise<void> {
    await this.opened;
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(text);
  }

  /** Waits until `done` holds or the socket closes; false on time-out. */
  async until(done: () => boolean, timeoutMs = 5_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!done() && !this.closed) {
      if (Date.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return done();
  }

  close(): void {
    this.socket.terminate();
  }
}

/** In a list of close codes: staying open is fine too. */
const STAYS_OPEN = -1;

/** What the protocol says must happen next. */
type Expectation = { closeWith: number[] } | { carryOn: true };

type Model = { initSent: boolean; acked: boolean; ids: Map<string, 'live' | 'unknown'> };

/** Plays one conversation against the model; returns a description of a violation, or null. */
async function play(conversation: Frame[]): Promise<string | null> {
  const socket = new RawSocket();
  const model: Model = { initSent: false, acked: false, ids: new Map() };
  try {
    for (const [index, frame] of conversation.entries()) {
      const where = `frame ${index} (${frame.kind})`;
      const before = socket.received.length;
      const expectation = expect_(model, frame);
      await socket.send(encode(frame));
      if ('closeWith' in expectation) {
        const mayStayOpen = expectation.closeWith.includes(STAYS_OPEN);
        await socket.until(() => false, mayStayOpen ? 1_500 : 5_000);
        if (socket.closed) {
          if (!expectation.closeWith.includes(socket.closed.code)) return `${where}: expected a close with ${expectation.closeWith}, got ${socket.closed.code} ${socket.closed.reason}`;
          return null;
        }
        if (!mayStayOpen) return `${where}: expected a close with ${expectation.closeWith}, the connection stayed open`;
        if (frame.kind === 'subscribe') model.ids.set(frame.id, 'unknown'); // the earlier one had ended; this one may be running
        continue;
      }
      const answered = await settle(socket, model, frame, before);
      if (socket.closed) {
        // Only connection_init may be refused here (a bad token in its payload: 4403).
        if (frame.kind === 'init' && socket.closed.code === 4403 && frame.payload && 'authorization' in frame.payload) return null;
        return `${where}: closed with ${socket.closed.code} ${socket.closed.reason}`;
      }
      if (!answered) return `${where}: no answer`;
    }
    return null;
  } finally {
    const bad = socket.received.flatMap((message) =>
      (message.type === 'error' ? message.payload : message.type === 'next' ? (message.payload?.errors ?? []) : []).filter((error: any) =>
        ['INTERNAL', 'INTERNAL_SERVER_ERROR'].includes(error?.extensions?.code),
      ),
    );
    socket.close();
    if (bad.length) throw new Error(`INTERNAL errors on the socket: ${JSON.stringify(bad)}`);
  }
}

function expect_(model: Model, frame: Frame): Expectation {
  switch (frame.kind) {
    case 'garbage':
      return { closeWith: [4400] };
    case 'oversized':
      return { closeWith: [1009] };
    case 'init':
      if (model.initSent) return { closeWith: [4429] };
      model.initSent = true;
      return { carryOn: true };
    case 'subscribe':
      if (tooLong(frame.id)) return { closeWith: [4400] };
      if (!model.acked) return { closeWith: [4401] };
      if (model.ids.get(frame.id) === 'live') return { closeWith: [4409] };
      if (model.ids.get(frame.id) === 'unknown') return { closeWith: [4409, STAYS_OPEN] }; // the earlier one may or may not still be running
      return { carryOn: true };
    case 'complete':
      if (tooLong(frame.id)) return { closeWith: [4400] };
      model.ids.delete(frame.id);
      return { carryOn: true };
    default:
      return { carryOn: true };
  }
}

/** Waits for the server's answer to a frame that does not end the connection, and updates the model. */
async function settle(socket: RawSocket, model: Model, frame: Frame, before: number): Promise<boolean> {
  const since = () => socket.received.slice(before);
  switch (frame.kind) {
    case 'init': {
      const acked = await socket.until(() => since().some((message) => message.type === 'connection_ack'));
      model.acked = acked;
      return acked;
    }
    case 'ping':
      return socket.until(() => since().some((message) => message.type === 'pong'));
    case 'subscribe': {
      const forId = () => since().filter((message) => message.id === frame.id);
      const ended = () => forId().some((message) => message.type === 'error' || message.type === 'complete');
      if (frame.live) {
        const answered = await socket.until(() => forId().length > 0);
        if (answered) model.ids.set(frame.id, ended() ? 'unknown' : 'live');
        return answered;
      }
      // Anything else ends at once or may be a quiet, valid subscription: wait a little, then treat it as unknown.
      const done = await socket.until(ended, 1_500);
      if (done) model.ids.delete(frame.id);
      else model.ids.set(frame.id, 'unknown');
      return true;
    }
    default:
      return true;
  }
}

function encode(frame: Frame): string {
  switch (frame.kind) {
    case 'init':
      return JSON.stringify(frame.payload === null ? { type: 'connection_init' } : { type: 'connection_init', payload: frame.payload });
    case 'ping':
      return JSON.stringify({ type: 'ping' });
    case 'pong':
      return JSON.stringify({ type: 'pong' });
    case 'subscribe':
      return JSON.stringify({ type: 'subscribe', id: frame.id, payload: { query: frame.query, variables: frame.variables } });
    case 'complete':
      return JSON.stringify({ type: 'complete', id: frame.id });
    case 'garbage':
      return frame.text;
    case 'oversized':
      return JSON.stringify({ type: 'subscribe', id: 'big', payload: { query: `{ viewer { id } } #${'x'.repeat(LIMITS.webSocketMessageBytes)}` } });
  }
}

describe('the WebSocket protocol, fuzzed', () => {
  it('closes with the right code or carries on, never crashes, and others keep receiving', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(frames(pair.sessionId), async (conversation) => {
        const violation = await play(conversation);
        expect(violation).toBeNull();
        expect((await fetch(`${server.app.url}/healthz`)).status).toBe(200);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: process.env.FUZZ_SHRINK !== '1' },
    );
    // The bystander's subscription lived through all of it, and still gets what is said, once and in order.
    await sendMessage(pair.mentor, pair.sessionId, 'Still there?');
    const head = Number((await pair.mentor.client.data(`query($id: ID!) { node(id: $id) { ... on LiveSession { head } } }`, { id: pair.sessionId })).node.head);
    await expect.poll(() => bystander.seqs, { timeout: 10_000 }).toEqual(range(1, head));
    expect(bystander.resumes).toBe(0);
  });
});
