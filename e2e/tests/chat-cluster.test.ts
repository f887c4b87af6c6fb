import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '@mentorspace/server/testing/mentoring';
import {
  dropCodes,
  expectConsistentLogs,
  range,
  readiness,
  sendMessage,
  startLivePair,
  StreamWatcher,
  type FailureLog,
  type LivePair,
} from '@mentorspace/server/testing/live-pair';
import { startCluster, type Cluster } from '../harness/cluster.js';

// The mentor talks to instance A, the mentee to instance B; both share one
// Postgres and one Redis. Every acknowledged message must reach both, once
// and in order, through Redis hiccups, a Postgres outage and an instance
// going away. (The same faults with a goal board too, in-process:
// packages/server/src/faults/outages.test.ts.)

let cluster: Cluster;
let pair: LivePair;
let mentor: Person;
let mentee: Person;
let sessionId: string;

const send = (person: Person, body: string, failures?: FailureLog) => sendMessage(person, sessionId, body, failures);

const messageSeqs = (watcher: StreamWatcher) => watcher.stored.filter((e) => e.type === 'message.sent').map((e) => e.seq);

beforeAll(async () => {
  cluster = await startCluster();
  pair = await startLivePair({ url: cluster.a.url }, { url: cluster.b.url });
  ({ mentor, mentee, sessionId } = pair);
});
afterAll(async () => {
  await cluster?.close();
});

describe('chat across two instances', () => {
  it('delivers 235 messages once and in order, through a Redis cut, a Postgres cut, and after an instance stops', { timeout: 180_000 }, async () => {
    // Each side subscribes like the web app: from the last seq it saw, again whenever the subscription drops.
    const onMentorSide = StreamWatcher.session(mentor, pair, cluster.a.url);
    const onMenteeSide = StreamWatcher.session(mentee, pair, cluster.b.url);
    await new Promise((resolve) => setTimeout(resolve, 300));

    const acknowledged: number[] = [];
    for (let n = 1; n <= 200; n++) acknowledged.push(await send(n % 2 ? mentor : mentee, `message ${n}`));
    expect(acknowledged).toEqual(range(1, 200));
    await expect.poll(() => messageSeqs(onMenteeSide), { timeout: 20_000 }).toEqual(range(1, 200));
    await expect.poll(() => messageSeqs(onMentorSide), { timeout: 20_000 }).toEqual(range(1, 200));

    // Redis goes away for both instances while the conversation goes on; the subscriptions stay open.
    cluster.redis.a.cut();
    cluster.redis.b.cut();
    for (let n = 201; n <= 220; n++) acknowledged.push(await send(n % 2 ? mentor : mentee, `message ${n}`));
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    cluster.redis.a.restore();
    cluster.redis.b.restore();
    await expect.poll(() => messageSeqs(onMenteeSide), { timeout: 20_000 }).toEqual(range(1, 220));
    await expect.poll(() => messageSeqs(onMentorSide), { timeout: 20_000 }).toEqual(range(1, 220));
    expect([onMentorSide.resumes, onMenteeSide.resumes]).toEqual([0, 0]);

    // Postgres goes away for both instances: sends fail with a retryable code, and the
    // retries (same clientMutationId) go through once it is back, each exactly once.
    cluster.postgres.a.cut();
    cluster.postgres.b.cut();
    const failures: FailureLog = [];
    const restored = new Promise((resolve) => setTimeout(resolve, 2_000)).then(async () => {
      try {
        for (const server of [cluster.a, cluster.b]) expect(await readiness(server.url)).toEqual({ status: 503, checks: { postgres: 'down', redis: 'up' } });
      } finally {
        cluster.postgres.a.restore();
        cluster.postgres.b.restore();
      }
    });
    for (let n = 221; n <= 225; n++) acknowledged.push(await send(n % 2 ? mentor : mentee, `message ${n}`, failures));
    await restored;
    expect(new Set(failures)).toEqual(new Set(['SERVICE_UNAVAILABLE']));
    await expect.poll(() => messageSeqs(onMenteeSide), { timeout: 30_000 }).toEqual(range(1, 225));
    await expect.poll(() => messageSeqs(onMentorSide), { timeout: 30_000 }).toEqual(range(1, 225));
    // The subscriptions stayed open: their reads wait out a short outage instead of failing.
    expect([...onMentorSide.drops, ...onMenteeSide.drops].flatMap(dropCodes)).toEqual([]);
    // Everything the servers said during the outage went through their JSON log (knex's complaints too).
    for (const server of [cluster.a, cluster.b]) expect(server.recentLog().split('\n').filter((line) => !line.startsWith('{'))).toEqual([]);

    // Instance A stops; the mentor's subscription resumes on B from the last seq it saw.
    const resumesBefore = onMentorSide.resumes;
    onMentorSide.url = cluster.b.url;
    expect(await cluster.a.stop()).toBe(0);
    await expect.poll(() => onMentorSide.resumes, { timeout: 10_000 }).toBeGreaterThan(resumesBefore);
    for (let n = 226; n <= 235; n++) acknowledged.push(await send(mentee, `message ${n}`));
    await expect.poll(() => messageSeqs(onMentorSide), { timeout: 20_000 }).toEqual(range(1, 235));
    await expect.poll(() => messageSeqs(onMenteeSide), { timeout: 20_000 }).toEqual(range(1, 235));
    expect(acknowledged).toEqual(range(1, 235));
    const { session } = await expectConsistentLogs(cluster.databaseUrl, pair); // nothing half-written, no gaps
    expect(session.head).toBe(235);
    await Promise.all([onMentorSide.close(), onMenteeSide.close()]);
  });
});
