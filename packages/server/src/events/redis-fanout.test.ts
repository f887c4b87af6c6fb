import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { eventually, startTestApp } from '../testing/test-app.js';
import { TEST_REDIS_URL } from '../testing/services.js';
import { TcpProxy } from '../testing/tcp-proxy.js';
import { appendEvent, Collector, range, sleep, uniqueStream } from '../testing/streams.js';

// Two instances on one Postgres and one Redis. Instance B reaches Redis through
// a proxy the test can cut, as a network fault would.
let database: TestDatabase;
let proxy: TcpProxy;
let a: App;
let b: App;

beforeAll(async () => {
  database = await createTestDatabase();
  const redis = new URL(TEST_REDIS_URL);
  proxy = await TcpProxy.start({ host: redis.hostname, port: Number(redis.port || 6379) });
  a = await startTestApp({ databaseUrl: database.url, redisUrl: TEST_REDIS_URL, instanceId: 'instance-a' });
  b = await startTestApp({ databaseUrl: database.url, redisUrl: proxy.wrap(TEST_REDIS_URL), instanceId: 'instance-b' });
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await proxy?.close();
  await database?.drop();
});

async function appendMany(app: App, stream: string, count: number): Promise<void> {
  for (let n = 0; n < count; n += 10) {
    await Promise.all(range(1, Math.min(10, count - n)).map(() => appendEvent(app, stream, 'test.appended')));
  }
}

describe('fan-out through Redis', () => {
  it('delivers events appended on instance A to a subscriber on B once and in order', async () => {
    const stream = uniqueStream();
    const onB = new Collector(await b.realtime.subscribe(stream));
    const onA = new Collector(await a.realtime.subscribe(stream));
    await appendMany(a, stream, 100);
    expect(await onB.waitForEvents(100)).toEqual(range(1, 100));
    expect(await onA.waitForEvents(100)).toEqual(range(1, 100));
    await sleep(100);
    expect(onB.seqs).toEqual(range(1, 100));
    expect(onA.seqs).toEqual(range(1, 100)); // its own events are not delivered a second time via Redis
    await Promise.all([onA.stop(), onB.stop()]);
  });

  it('carries ephemeral signals between instances', async () => {
    const stream = uniqueStream();
    const onB = new Collector(await b.realtime.subscribe(stream));
    a.realtime.signal(stream, 'typing.started', {}, 'user-a');
    const [item] = await onB.waitForItems(1);
    expect(item).toMatchObject({ kind: 'signal', signal: { type: 'typing.started', actorId: 'user-a' } });
    await onB.stop();
  });

  it("delivers what was published while the subscriber's Redis connection was cut, once", async () => {
    const stream = uniqueStream();
    const onB = new Collector(await b.realtime.subscribe(stream));
    await appendMany(a, stream, 5);
    expect(await onB.waitForEvents(5)).toEqual(range(1, 5));

    proxy.cut();
    await appendMany(a, stream, 5);
    await sleep(300);
    expect(onB.seqs).toEqual(range(1, 5)); // the cut is real: nothing arrived

    proxy.restore();
    expect(await onB.waitForEvents(10)).toEqual(range(1, 10));
    await appendMany(a, stream, 5);
    expect(await onB.waitForEvents(15)).toEqual(range(1, 15));
    await sleep(100);
    expect(onB.seqs).toEqual(range(1, 15));
    await onB.stop();
  });

  it('gives a subscriber that resubscribes with `after` exactly the events it missed', async () => {
    const stream = uniqueStream();
    const first = new Collector(await b.realtime.subscribe(stream));
    await appendMany(a, stream, 7);
    await first.waitForEvents(7);
    await first.stop();
    const last = first.seqs.at(-1)!;

    await appendMany(a, stream, 6);
    const second = new Collector(await b.realtime.subscribe(stream, { after: last }));
    expect(await second.waitForEvents(6)).toEqual(range(8, 13));
    await appendEvent(a, stream, 'test.appended');
    expect(await second.waitForEvents(7)).toEqual(range(8, 14));
    await second.stop();
  });

  it('reports not ready while Redis stops answering, and delivers what was published meanwhile, once, when it answers again', async () => {
    const stream = uniqueStream();
    const onB = new Collector(await b.realtime.subscribe(stream));
    await appendMany(a, stream, 3);
    expect(await onB.waitForEvents(3)).toEqual(range(1, 3));
    await eventually(async () => expect((await fetch(`${b.url}/readyz`)).status).toBe(200), { timeoutMs: 10_000 });

    proxy.stall(); // B's connections stay open; nothing passes
    try {
      await appendMany(a, stream, 5);
      const body = await eventually(async () => {
        const response = await fetch(`${b.url}/readyz`);
        expect(response.status).toBe(503);
        return response.json();
      });
      expect(body).toMatchObject({ checks: { postgres: 'up', redis: 'down' } });
      expect(onB.seqs).toEqual(range(1, 3)); // the stall is real: nothing arrived
    } finally {
      proxy.restore();
    }
    expect(await onB.waitForEvents(8)).toEqual(range(1, 8));
    await eventually(async () => expect((await fetch(`${b.url}/readyz`)).status).toBe(200), { timeoutMs: 10_000 });
    await sleep(100);
    expect(onB.seqs).toEqual(range(1, 8));
    await onB.stop();
  });

  it('subscribes from the log while Redis stops answering, and catches up on what Redis missed once it answers', async () => {
    const stream = uniqueStream();
    await appendMany(a, stream, 2);
    proxy.stall();
    let onB: Collector | undefined;
    try {
      onB = new Collector(await b.realtime.subscribe(stream)); // without a deadline this waited for Redis
      expect(await onB.waitForEvents(2)).toEqual(range(1, 2)); // from the log
      await appendMany(a, stream, 3); // Redis has not taken B's subscription yet, so it passes these by
      await sleep(200);
      expect(onB.seqs).toEqual(range(1, 2));
    } finally {
      proxy.restore();
    }
    expect(await onB.waitForEvents(5)).toEqual(range(1, 5)); // caught up from the log once Redis confirmed
    await appendMany(a, stream, 1);
    expect(await onB.waitForEvents(6)).toEqual(range(1, 6)); // and live again
    await sleep(100);
    expect(onB.seqs).toEqual(range(1, 6));
    await onB.stop();
  });

  it('reports not ready while Redis is unreachable, and ready again after', async () => {
    const ready = async () => (await fetch(`${b.url}/readyz`)).status;
    // Earlier tests cut the proxy too: start from a fully reconnected instance.
    await eventually(async () => expect(await ready()).toBe(200), { timeoutMs: 10_000 });
    proxy.cut();
    try {
      const body = await eventually(async () => {
        const response = await fetch(`${b.url}/readyz`);
        expect(response.status).toBe(503);
        return response.json();
      });
      expect(body).toMatchObject({ checks: { postgres: 'up', redis: 'down' } });
    } finally {
      proxy.restore();
    }
    await eventually(async () => expect(await ready()).toBe(200), { timeoutMs: 10_000 });
  });
});
