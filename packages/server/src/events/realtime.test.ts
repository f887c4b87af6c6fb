import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { startTestApp } from '../testing/test-app.js';
import { appendEvent, Collector, range, sleep, uniqueStream } from '../testing/streams.js';
import { insertEvent, type EventRowSpec } from './stream-log.js';

// One instance on the in-memory bus: replay, live delivery, dedupe and gap fill.
let database: TestDatabase;
let app: App;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await startTestApp({ databaseUrl: database.url });
});
afterAll(async () => {
  await app?.close();
  await database?.drop();
});

describe('subscribing to a stream', () => {
  it('replays stored events, then delivers live ones, each once and in order', async () => {
    const stream = uniqueStream();
    for (const n of range(1, 3)) await appendEvent(app, stream, 'test.appended', { n });
    const collector = new Collector(await app.realtime.subscribe(stream));
    expect(await collector.waitForEvents(3)).toEqual([1, 2, 3]);
    await Promise.all(range(4, 20).map((n) => appendEvent(app, stream, 'test.appended', { n })));
    expect(await collector.waitForEvents(20)).toEqual(range(1, 20));
    await sleep(50);
    expect(collector.seqs).toEqual(range(1, 20));
    await collector.stop();
  });

  it('resumes after a given seq with exactly the events after it', async () => {
    const stream = uniqueStream();
    for (const n of range(1, 10)) await appendEvent(app, stream, 'test.appended', { n });
    const collector = new Collector(await app.realtime.subscribe(stream, { after: 7 }));
    expect(await collector.waitForEvents(3)).toEqual([8, 9, 10]);
    await appendEvent(app, stream, 'test.appended');
    expect(await collector.waitForEvents(4)).toEqual([8, 9, 10, 11]);
    await collector.stop();
  });

  it('replays a long history in pages without losing its place', async () => {
    const stream = uniqueStream();
    await app.orm.em.fork().transactional(async (em) => {
      for (const n of range(1, 1_200)) await app.realtime.append(em, stream, 'test.appended', { n }, null);
    });
    const collector = new Collector(await app.realtime.subscribe(stream, { after: 100 }));
    expect(await collector.waitForEvents(1_100)).toEqual(range(101, 1_200));
    await collector.stop();
  });

  it('publishes nothing from a rolled-back transaction', async () => {
    const stream = uniqueStream();
    const collector = new Collector(await app.realtime.subscribe(stream));
    await app.orm.em
      .fork()
      .transactional(async (em) => {
        await app.realtime.append(em, stream, 'test.doomed', {}, null);
        throw new Error('rolled back on purpose');
      })
      .catch(() => {});
    await appendEvent(app, stream, 'test.kept');
    await collector.waitForEvents(1);
    await sleep(100);
    expect(collector.items).toHaveLength(1);
    expect(collector.items[0]).toMatchObject({ kind: 'event', event: { seq: 1, type: 'test.kept' } });
    await collector.stop();
  });

  it('fills a gap from the log when the bus lost an event', async () => {
    const stream = uniqueStream();
    const collector = new Collector(await app.realtime.subscribe(stream));
    await appendEvent(app, stream, 'test.appended');
    await collector.waitForEvents(1);
    // Stored but never published: what a lost bus message looks like to a subscriber.
    await app.orm.em.fork().transactional((em) => insertEvent(em, stream, 'test.unpublished', {}, null));
    await sleep(50);
    expect(collector.seqs).toEqual([1]);
    await appendEvent(app, stream, 'test.appended');
    expect(await collector.waitForEvents(3)).toEqual([1, 2, 3]);
    expect(collector.items.map((item) => item.kind === 'event' && item.event.type)).toEqual([
      'test.appended',
      'test.unpublished',
      'test.appended',
    ]);
    await collector.stop();
  });

  it('passes ephemeral signals through without storing them', async () => {
    const stream = uniqueStream();
    const collector = new Collector(await app.realtime.subscribe(stream));
    app.realtime.signal(stream, 'presence.heartbeat', { status: 'online' }, 'user-1');
    await collector.waitForItems(1);
    expect(collector.items[0]).toMatchObject({ kind: 'signal', signal: { type: 'presence.heartbeat', actorId: 'user-1' } });
    expect(await app.realtime.head(stream)).toBe(0);
    await collector.stop();
  });

  it('refuses a cursor beyond the end of the stream or below zero', async () => {
    const stream = uniqueStream();
    await appendEvent(app, stream, 'test.appended');
    await expect(app.realtime.subscribe(stream, { after: 2 })).rejects.toMatchObject({ code: 'BAD_CURSOR' });
    await expect(app.realtime.subscribe(stream, { after: -1 })).rejects.toMatchObject({ code: 'BAD_CURSOR' });
  });

  it('authorises each replayed page once, after reading it, marks live events as such, and ends on a refused page', async () => {
    const stream = uniqueStream();
    await app.orm.em.fork().transactional(async (em) => {
      for (const n of range(1, 1_200)) await app.realtime.append(em, stream, 'test.appended', { n }, null);
    });
    let checks = 0;
    const collector = new Collector(await app.realtime.subscribe(stream, { authorizePage: async () => (checks++, true) }));
    expect(await collector.waitForEvents(1_200)).toEqual(range(1, 1_200));
    expect(checks).toBe(3); // pages of 500, 500 and 200
    expect(collector.items.every((item) => item.kind === 'event' && item.source === 'log')).toBe(true);
    await appendEvent(app, stream, 'test.appended');
    await collector.waitForEvents(1_201);
    // Live events are the caller's to check, each as it comes: the page check is not asked for them.
    expect(collector.items.at(-1)).toMatchObject({ kind: 'event', source: 'live', event: { seq: 1_201 } });
    expect(checks).toBe(3);
    await collector.stop();

    // Refused: the page read is not handed out, and the subscription ends by itself.
    const refused = await app.realtime.subscribe(stream, { after: 1_000, authorizePage: async () => false });
    await expect(refused.next()).resolves.toEqual({ value: undefined, done: true });
    await appendEvent(app, stream, 'test.appended');
    await expect(refused.next()).resolves.toEqual({ value: undefined, done: true });
  });

  it('ends a waiting subscription at once when it is returned', async () => {
    const stream = uniqueStream();
    const subscription = await app.realtime.subscribe(stream);
    const pending = subscription.next();
    await sleep(20);
    await subscription.return();
    await expect(pending).resolves.toEqual({ value: undefined, done: true });
    // Nothing is delivered to it any more.
    await appendEvent(app, stream, 'test.appended');
    await expect(subscription.next()).resolves.toEqual({ value: undefined, done: true });
  });
});

describe('appending with a row in one statement', () => {
  const row = { sql: (appended: string) => `select seq * 10 as tenfold from ${appended}`, params: [] };

  it('stores and publishes the event with the row, or, when the guard fails or the row does, neither', async () => {
    const stream = uniqueStream();
    const collector = new Collector(await app.realtime.subscribe(stream));
    const first = await app.realtime.appendWithRow<{ tenfold: number }>(app.orm.em.fork(), stream, 'test.appended', { n: 1 }, null, row);
    expect(first).toMatchObject({ event: { streamId: stream, seq: 1, payload: { n: 1 } }, row: { tenfold: 10 } });
    expect(await collector.waitForEvents(1)).toEqual([1]);

    const refused = await app.realtime.appendWithRow(app.orm.em.fork(), stream, 'test.appended', {}, null, { ...row, guard: { sql: '? = 2', params: [1] } });
    expect(refused).toBeNull();
    await expect(app.realtime.appendWithRow(app.orm.em.fork(), stream, 'test.appended', {}, null, { sql: (appended: string) => `select 1 / 0 from ${appended}`, params: [] })).rejects.toThrow(/division by zero/);
    // Neither wrote anything nor used up a seq: the next event is 2.
    expect(await app.realtime.head(stream)).toBe(1);
    expect((await appendEvent(app, stream, 'test.appended')).seq).toBe(2);
    expect(await collector.waitForEvents(2)).toEqual([1, 2]);
    await collector.stop();
  });

  it('writes the appends of one turn as one statement (group commit), each with its own outcome, a stream’s in order', async () => {
    const [a, b, c] = [uniqueStream(), uniqueStream(), uniqueStream()];
    const collectors = await Promise.all([a, b].map(async (stream) => new Collector(await app.realtime.subscribe(stream))));
    const statements: string[] = [];
    const knex = app.orm.em.getConnection().getKnex();
    const count = (query: { sql: string }) => statements.push(query.sql);
    knex.on('query', count);
    const append = (stream: string, n: number, extra: Partial<EventRowSpec> = {}) =>
      app.realtime.appendWithRow<{ tenfold: number }>(app.orm.em.fork(), stream, 'test.appended', { n }, null, { ...row, ...extra });
    // Asked for in the same turn: a, b, a again (the next group), and c, whose guard does not hold.
    const results = await Promise.all([append(a, 1), append(b, 1), append(a, 2), append(c, 1, { guard: { sql: 'false', params: [] } })]);
    knex.off('query', count);
    expect(results.map((r) => r && [r.event.streamId, r.event.seq, r.row.tenfold])).toEqual([[a, 1, 10], [b, 1, 10], [a, 2, 20], null]);
    expect(statements.filter((sql) => sql.includes('insert into stream_events'))).toHaveLength(2);
    expect(await Promise.all([a, b, c].map((stream) => app.realtime.head(stream)))).toEqual([2, 1, 0]);
    expect(await collectors[0]!.waitForEvents(2)).toEqual([1, 2]);
    expect(await collectors[1]!.waitForEvents(1)).toEqual([1]);
    await Promise.all(collectors.map((collector) => collector.stop()));
  });

  it('tries each append of a failed group again alone, so only the one at fault fails and no seq is lost', async () => {
    const [a, b] = [uniqueStream(), uniqueStream()];
    const failing = app.realtime.appendWithRow(app.orm.em.fork(), a, 'test.appended', {}, null, { sql: (appended: string) => `select 1 / 0 from ${appended}`, params: [] });
    const fine = app.realtime.appendWithRow<{ tenfold: number }>(app.orm.em.fork(), b, 'test.appended', {}, null, row);
    await expect(failing).rejects.toThrow(/division by zero/);
    expect(await fine).toMatchObject({ event: { streamId: b, seq: 1 }, row: { tenfold: 10 } });
    expect(await app.realtime.head(a)).toBe(0);
    expect((await appendEvent(app, a, 'test.appended')).seq).toBe(1);
  });

  it('refuses to run inside a transaction, or for a type an append observer handles', async () => {
    const stream = uniqueStream();
    await expect(app.orm.em.fork().transactional((em) => app.realtime.appendWithRow(em, stream, 'test.appended', {}, null, row))).rejects.toMatchObject({ code: 'IN_TRANSACTION' });
    await expect(app.realtime.appendWithRow(app.orm.em.fork(), 'user:abc', 'request.received', {}, null, row)).rejects.toMatchObject({ code: 'OBSERVED_TYPE' });
    expect(await app.realtime.head(stream)).toBe(0);
  });
});
