import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { App } from '../app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { startTestApp } from '../testing/test-app.js';
import { TEST_REDIS_URL } from '../testing/services.js';
import { TcpProxy } from '../testing/tcp-proxy.js';
import {
  addGoal,
  dropCodes,
  expectConsistentLogs,
  range,
  readiness,
  sendMessage,
  startLivePair,
  StreamWatcher,
  type FailureLog,
  type LivePair,
} from '../testing/live-pair.js';

// Two instances on one database and one Redis, each reaching both through its
// own proxy, as two replicas would. A mentor (on A) and a mentee (on B) chat
// and fill their goal board while Redis, then Postgres, goes away and comes
// back, and finally while instance A stops. In every case: each acknowledged
// event reaches both people once and in order; failed writes fail with a
// retryable code and leave nothing half-written; /readyz says what is down.

let database: TestDatabase;
let a: App;
let b: App;
const proxies = {} as { postgresA: TcpProxy; postgresB: TcpProxy; redisA: TcpProxy; redisB: TcpProxy };

beforeAll(async () => {
  database = await createTestDatabase();
  const postgres = new URL(database.url);
  const redis = new URL(TEST_REDIS_URL);
  for (const instance of ['A', 'B'] as const) {
    proxies[`postgres${instance}`] = await TcpProxy.start({ host: postgres.hostname, port: Number(postgres.port || 5432) });
    proxies[`redis${instance}`] = await TcpProxy.start({ host: redis.hostname, port: Number(redis.port || 6379) });
  }
  a = await startTestApp({ databaseUrl: proxies.postgresA.wrap(database.url), redisUrl: proxies.redisA.wrap(TEST_REDIS_URL), instanceId: 'fault-a' });
  b = await startTestApp({ databaseUrl: proxies.postgresB.wrap(database.url), redisUrl: proxies.redisB.wrap(TEST_REDIS_URL), instanceId: 'fault-b' });
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await Promise.all(Object.values(proxies).map((proxy) => proxy.close()));
  await database?.drop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Talk = { acked: number[]; goals: { mentor: string[]; mentee: string[] }; done: Promise<void>; failed?: unknown };

/** Both people at once: each sends `count` messages and adds a goal every third one, retrying as clients do. */
function talk(pair: LivePair, count: number, failures: FailureLog): Talk {
  const talk: Talk = { acked: [], goals: { mentor: [], mentee: [] }, done: Promise.resolve() };
  const one = async (who: 'mentor' | 'mentee') => {
    for (let n = 1; n <= count; n++) {
      talk.acked.push(await sendMessage(pair[who], pair.sessionId, `${who} says ${n}`, failures));
      if (n % 3 === 0) talk.goals[who].push(await addGoal(pair[who], pair, n, `${who}'s goal ${n}`, failures));
    }
  };
  talk.done = Promise.all([one('mentor'), one('mentee')]).then(
    () => undefined,
    (error: unknown) => {
      talk.failed = error;
      throw error;
    },
  );
  talk.done.catch(() => {}); // awaited by the test; `failed` stops its polls early
  return talk;
}

function watchBoth(pair: LivePair): StreamWatcher[] {
  return [
    StreamWatcher.session(pair.mentor, pair, a.url),
    StreamWatcher.board(pair.mentor, pair, a.url),
    StreamWatcher.session(pair.mentee, pair, b.url),
    StreamWatcher.board(pair.mentee, pair, b.url),
  ];
}

/**
 * Exactly once, in order, nothing half-written: the logs in Postgres are
 * consistent and gap-free, every acknowledged message and goal is in them
 * once (retries doubled nothing), and every watcher saw each log entirely,
 * in seq order, each event once.
 */
async function expectEveryoneSawEverythingOnce(pair: LivePair, conversation: Talk, watchers: StreamWatcher[]): Promise<void> {
  const { session, board } = await expectConsistentLogs(database.url, pair);
  const sent = session.seqs.filter((_, i) => session.types[i] === 'message.sent');
  expect([...conversation.acked].sort((x, y) => x - y)).toEqual(sent);
  const created = board.payloads.filter((_, i) => board.types[i] === 'goal.created').map((payload) => payload.goalId as string);
  for (const goals of Object.values(conversation.goals)) {
    expect(created.filter((id) => goals.includes(id))).toEqual(goals); // each once, in the order they were acknowledged
  }
  expect(created.length).toBe(conversation.goals.mentor.length + conversation.goals.mentee.length);
  const [mentorSession, mentorBoard, menteeSession, menteeBoard] = watchers;
  for (const watcher of [mentorSession!, menteeSession!]) await expect.poll(() => watcher.seqs, { timeout: 20_000 }).toEqual(range(1, session.head));
  for (const watcher of [mentorBoard!, menteeBoard!]) await expect.poll(() => watcher.seqs, { timeout: 20_000 }).toEqual(range(1, board.head));
}

/** How many writes were acknowledged so far; throws (ending a poll at once) if the conversation broke down. */
function acknowledged(conversation: Talk): number {
  if (conversation.failed) throw conversation.failed;
  return conversation.acked.length;
}

/** A raw graphql-ws connection (the person's cookie), recording what comes back and how it closes. */
async function rawSocket(url: string, person: { client: { sessionCookie: string | null } }) {
  const socket = new WebSocket(url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws', { headers: { cookie: person.client.sessionCookie! } });
  const received: { type: string; id?: string; payload?: any }[] = [];
  const state = { closedWith: 0 };
  socket.on('message', (data) => received.push(JSON.parse(String(data))));
  socket.on('close', (code) => (state.closedWith = code));
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(JSON.stringify({ type: 'connection_init' }));
  return { socket, received, state };
}

/** Waits until the conversation is under way, so the fault lands mid-conversation. */
const underWay = (conversation: Talk, count: number) => expect.poll(() => acknowledged(conversation), { timeout: 20_000 }).toBeGreaterThanOrEqual(count);

describe('faults while two people chat and edit their board', () => {
  it('a Redis cut: writes go on, readiness reports Redis down, and subscribers catch up once, in order', { timeout: 120_000 }, async () => {
    const pair = await startLivePair(a, b);
    const watchers = watchBoth(pair);
    const failures: FailureLog = [];
    const conversation = talk(pair, 24, failures);
    await underWay(conversation, 10);

    proxies.redisA.cut();
    proxies.redisB.cut();
    for (const app of [a, b]) {
      await expect.poll(() => readiness(app.url), { timeout: 10_000 }).toEqual({ status: 503, checks: { postgres: 'up', redis: 'down' } });
    }
    const duringCut = conversation.acked.length;
    await expect.poll(() => acknowledged(conversation), { timeout: 10_000 }).toBeGreaterThan(duringCut + 4); // the conversation goes on
    proxies.redisA.restore();
    proxies.redisB.restore();
    for (const app of [a, b]) {
      await expect.poll(() => readiness(app.url), { timeout: 15_000 }).toEqual({ status: 200, checks: { postgres: 'up', redis: 'up' } });
    }

    await conversation.done;
    await expectEveryoneSawEverythingOnce(pair, conversation, watchers);
    expect(failures).toEqual([]); // Postgres is the truth: nothing needed Redis to succeed
    expect(watchers.map((watcher) => watcher.resumes)).toEqual([0, 0, 0, 0]); // subscriptions stayed open
    await Promise.all(watchers.map((watcher) => watcher.close()));
  });

  it('a Postgres cut: writes fail with SERVICE_UNAVAILABLE (retryable), readiness reports it, and after it every retry counted once', { timeout: 120_000 }, async () => {
    const printed = vi.spyOn(console, 'log');
    const pair = await startLivePair(a, b);
    const watchers = watchBoth(pair);
    const failures: FailureLog = [];
    const conversation = talk(pair, 24, failures);
    await underWay(conversation, 10);

    const connectedBefore = await rawSocket(a.url, pair.mentor);
    await expect.poll(() => connectedBefore.received.map((message) => message.type)).toEqual(['connection_ack']);
    proxies.postgresA.cut();
    proxies.postgresB.cut();
    for (const app of [a, b]) {
      await expect.poll(() => readiness(app.url), { timeout: 10_000 }).toEqual({ status: 503, checks: { postgres: 'down', redis: 'up' } });
    }
    // Subscribing now is refused with a retryable code, and a new connection is told to try again later
    // (1013); neither is a 4500, which clients take as final.
    connectedBefore.socket.send(JSON.stringify({ type: 'subscribe', id: '1', payload: { query: `subscription($s: ID!) { sessionEvents(sessionId: $s) { seq } }`, variables: { s: pair.sessionId } } }));
    await expect.poll(() => connectedBefore.received.at(-1), { timeout: 10_000 }).toMatchObject({
      type: 'error',
      id: '1',
      payload: [{ extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } }],
    });
    const connectingDuring = await rawSocket(a.url, pair.mentor);
    await expect.poll(() => connectingDuring.state.closedWith, { timeout: 10_000 }).toBe(1013);
    connectedBefore.socket.terminate();
    await expect.poll(() => (acknowledged(conversation), failures.length), { timeout: 10_000 }).toBeGreaterThanOrEqual(4); // both sides are refused, and retrying
    const ackedDuringCut = conversation.acked.length;
    await sleep(1_000);
    expect(conversation.acked.length).toBe(ackedDuringCut); // nothing is acknowledged without Postgres
    proxies.postgresA.restore();
    proxies.postgresB.restore();
    for (const app of [a, b]) {
      await expect.poll(() => readiness(app.url), { timeout: 15_000 }).toEqual({ status: 200, checks: { postgres: 'up', redis: 'up' } });
    }

    await conversation.done;
    expect(new Set(failures)).toEqual(new Set(['SERVICE_UNAVAILABLE']));
    await expectEveryoneSawEverythingOnce(pair, conversation, watchers);
    // Subscriptions stayed open: their reads wait out a short outage instead of failing.
    expect(watchers.flatMap((watcher) => watcher.drops.flatMap(dropCodes))).toEqual([]);
    // knex's complaints go to our logger, not straight to stdout.
    expect(printed.mock.calls.filter((call) => /Connection Error/.test(String(call[0])))).toEqual([]);
    printed.mockRestore();
    await Promise.all(watchers.map((watcher) => watcher.close()));
  });

  it('an instance stops: its clients move to the other one and resume, and nothing is lost or doubled', { timeout: 120_000 }, async () => {
    const pair = await startLivePair(a, b);
    const watchers = watchBoth(pair);
    const failures: FailureLog = [];
    const conversation = talk(pair, 24, failures);
    await underWay(conversation, 10);

    // As a load balancer would: once A is going away, the mentor's requests and sockets reach B.
    const stopping = a.close();
    pair.mentor.client = pair.mentor.client.at(b.url);
    for (const watcher of watchers) watcher.url = b.url;
    await stopping;

    await conversation.done;
    await expectEveryoneSawEverythingOnce(pair, conversation, watchers);
    expect(watchers[0]!.resumes + watchers[1]!.resumes).toBeGreaterThanOrEqual(2); // the mentor's two subscriptions were on A
    expect(failures.filter((code) => code !== 'NETWORK' && code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
    await Promise.all(watchers.map((watcher) => watcher.close()));
  });
});
