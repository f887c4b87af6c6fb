import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../testing/test-app.js';
import { appendEvent, Collector, range, sleep, uniqueStream } from '../testing/streams.js';
import { insertEvent, type EventRowSpec } from './stream-log.js';
import type { StoredEvent } from './types.js';

const server = useTestApp();

describe('subscribing to a stream', () => {
  it('replays stored events, then delivers live ones, each once and in order', async () => {
    const stream = uniqueStream();
    for (const n of range(1, 3)) await appendEvent(server.app, stream, 'test.appended', { n });
    const collector = new Collector(await server.app.realtime.subscribe(stream));
    expect(await collector.waitForEvents(3)).toEqual([1, 2, 3]);
    await Promise.all(range(4, 20).map((n) => appendEvent(server.app, stream, 'test.appended', { n })));
    expect(await collector.waitForEvents(20)).toEqual(range(1, 20));
    await sleep(50);
    expect(collector.seqs).toEqual(range(1, 20));
    await collector.stop();
  });

  it('resumes after a given seq with exactly the events after it', async () => {
    const stream = uniqueStream();
    for (const n of range(1, 10)) await appendEvent(server.app, stream, 'test.appended', { n });
    const collector = new Collector(await server.app.realtime.subscribe(stream, { after: 7 }));
    expect(await collector.waitForEvents(3)).toEqual([8, 9, 10]);
    await appendEvent(server.app, stream, 'test.appended');
    expect(await collector.waitForEvents(4)).toEqual([8, 9, 10, 11]);
    await collector.stop();
  });

  it('replays a long history in pages without losing its place', async () => {
    const stream = uniqueStream();
    await server.app.orm.em.fork().transactional(async (em) => {
      for (const n of range(1, 1_200)) await server.app.realtime.append(em, stream, 'test.appended', { n }, null);
    });
    const collector = new Collector(await server.app.realtime.subscribe(stream, { after: 100 }));
    expect(await collector.waitForEvents(1_100)).toEqual(range(101, 1_200));
    await collector.stop();
  });

  it('publishes nothing from a rolled-back transaction', async () => {
    const stream = uniqueStream();
    const collector = new Collector(await server.app.realtime.subscribe(stream));
    await server.app.orm.em
      .fork()
      .transactional(async (em) => {
        await server.app.realtime.append(em, stream, 'test.doomed', {}, null);
        throw new Error('rolled back on purpose');
      })
      .catch(() => {});
    await appendEvent(server.app, stream, 'test.kept');
    await collector.waitForEvents(1);
    await sleep(100);
    expect(collector.items).toHaveLength(1);
    expect(collector.items[0]).toMatchObject({ kind: 'event', event: { seq: 1, type: 'test.kept' } });
    await collector.stop();
  });

  it('fills a gap from the log when the bus lost an event', async () => {
    const stream = uniqueStream();
    const collector = new Collector(await server.app.realtime.subscribe(stream));
    await appendEvent(server.app, stream, 'test.appended');
    await collector.waitForEvents(1);
    // Stored but never published: what a lost bus message looks like to a subscriber.
    await server.app.orm.em.fork().transactional((em) => insertEvent(em, stream, 'test.unpublished', {}, null));
    await sleep(50);
    expect(collector.seqs).toEqual([1]);
    await appendEvent(server.app, stream, 'test.appended');
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
    const collector = new Collector(await server.app.realtime.subscribe(stream));
    server.app.realtime.signal(stream, 'presence.heartbeat', { status: 'online' }, 'user-1');
    await collector.waitForItems(1);
    expect(collector.items[0]).toMatchObject({ kind: 'signal', signal: { type: 'presence.heartbeat', actorId: 'user-1' } });
    expect(await server.app.realtime.head(stream)).toBe(0);
    await collector.stop();
  });

  it('refuses a cursor beyond the end of the stream or below zero', async () => {
    const stream = uniqueStream();
    await appendEvent(server.app, stream, 'test.appended');
    await expect(server.app.realtime.subscribe(stream, { after: 2 })).rejects.toMatchObject({ code: 'BAD_CURSOR' });
    await expect(server.app.realtime.subscribe(stream, { after: -1 })).rejects.toMatchObject({ code: 'BAD_CURSOR' });
  });

  it('authorises each replayed page once, after reading it, marks live events as such, and ends on a refused page', async () => {
    const stream = uniqueStream();
    await server.app.orm.em.fork().transactional(async (em) => {
      for (const n of range(1, 1_200)) await server.app.realtime.append(em, stream, 'test.appended', { n }, null);
    });
    let checks = 0;
    const collector = new Collector(await server.app.realtime.subscribe(stream, { authorizePage: async () => (checks++, true) }));
    expect(await collector.waitForEvents(1_200)).toEqual(range(1, 1_200));
    expect(checks).toBe(3); // pages of 500, 500 and 200
    expect(collector.items.every((item) => item.kind === 'event' && item.source === 'log')).toBe(true);
    await appendEvent(server.app, stream, 'test.appended');
    await collector.waitForEvents(1_201);
    // Live events are the caller's to check, each as it comes: the page check is not asked for them.
    expect(collector.items.at(-1)).toMatchObject({ kind: 'event', source: 'live', event: { seq: 1_201 } });
    expect(checks).toBe(3);
    await collector.stop();

    // Refused: the page read is not handed out, and the subscription ends by itself.
    const refused = await server.app.realtime.subscribe(stream, { after: 1_000, authorizePage: async () => false });
    await expect(refused.next()).resolves.toEqual({ value: undefined, done: true });
    await appendEvent(server.app, stream, 'test.appended');
    await expect(refused.next()).resolves.toEqual({ value: undefined, done: true });
  });

  it('ends a waiting subscription at once when it is returned', async () => {
    const stream = uniqueStream();
    const subscription = await server.app.realtime.subscribe(stream);
    const pending = subscription.next();
    await sleep(20);
    await subscription.return();
    await expect(pending).resolves.toEqual({ value: undefined, done: true });
    // Nothing is delivered to it any more.
    await appendEvent(server.app, stream, 'test.appended');
    await expect(subscription.next()).resolves.toEqual({ value: undefined, done: true });
  });
});

describe('appending with a row in one statement', () => {
  // The rows go to a scratch table whose `value` must be positive, so that a row can be made to fail;
  // an append whose `allowed` is false does not pass its guard.
  beforeAll(async () => {
    await server.app.orm.em.getConnection().execute('create table if not exists appended_rows (stream_id text not null, seq bigint not null, value int not null check (value > 0))');
  });
  const row = (value: number, allowed = true): EventRowSpec => ({
    sql: (rows) => `insert into appended_rows (stream_id, seq, value) select a.stream_id, a.seq, (i.args->>'value')::int from ${rows}`,
    args: { value, allowed },
    guard: "(i.args->>'allowed')::boolean",
  });
  const append = (stream: string, value: number, allowed = true) => server.app.realtime.appendWithRow(server.app.orm.em.fork(), stream, 'test.appended', { value }, null, row(value, allowed));
  const rowsOf = async (stream: string) =>
    (await server.app.orm.em.getConnection().execute<{ seq: string; value: number }[]>('select seq, value from appended_rows where stream_id = ? order by seq', [stream])).map((r) => [Number(r.seq), r.value]);
  /** The statements that append, while `work` runs. */
  const appendStatements = async (work: () => Promise<unknown>) => {
    const statements: { sql: string; options?: { name?: string } }[] = [];
    const knex = server.app.orm.em.getConnection().getKnex();
    const count = (query: { sql: string; options?: { name?: string } }) => statements.push(query);
    knex.on('query', count);
    try {
      await work();
    } finally {
      knex.off('query', count);
    }
    return statements.filter(({ sql }) => sql.includes('insert into stream_events'));
  };

  it('stores and publishes the event with the row, or, when the guard fails or the row does, neither', async () => {
    const stream = uniqueStream();
    const collector = new Collector(await server.app.realtime.subscribe(stream));
    expect(await append(stream, 10)).toMatchObject({ streamId: stream, seq: 1, payload: { value: 10 } });
    expect(await collector.waitForEvents(1)).toEqual([1]);

    expect(await append(stream, 20, false)).toBeNull();
    await expect(append(stream, 0)).rejects.toThrow(/appended_rows_value_check/);
    // Neither wrote anything nor used up a seq: the next event is 2.
    expect(await server.app.realtime.head(stream)).toBe(1);
    expect(await rowsOf(stream)).toEqual([[1, 10]]);
    expect((await appendEvent(server.app, stream, 'test.appended')).seq).toBe(2);
    expect(await collector.waitForEvents(2)).toEqual([1, 2]);
    await collector.stop();
  });

  it('writes appends waiting together as one statement (group commit), each with its own outcome, a stream’s in order', async () => {
    const [a, b, c] = [uniqueStream(), uniqueStream(), uniqueStream()];
    const collectors = await Promise.all([a, b].map(async (stream) => new Collector(await server.app.realtime.subscribe(stream))));
    let results: (StoredEvent | null)[] = [];
    // Asked for in the same turn: a, b, a again (after the first a is stored), and c, whose guard does not hold.
    const statements = await appendStatements(async () => (results = await Promise.all([append(a, 1), append(b, 1), append(a, 2), append(c, 1, false)])));
    expect(results.map((r) => r && [r.streamId, r.seq])).toEqual([[a, 1], [b, 1], [a, 2], null]);
    expect(statements).toHaveLength(2);
    expect(await Promise.all([a, b, c].map(rowsOf))).toEqual([[[1, 1], [2, 2]], [[1, 1]], []]);
    expect(await Promise.all([a, b, c].map((stream) => server.app.realtime.head(stream)))).toEqual([2, 1, 0]);
    expect(await collectors[0]!.waitForEvents(2)).toEqual([1, 2]);
    expect(await collectors[1]!.waitForEvents(1)).toEqual([1]);
    await Promise.all(collectors.map((collector) => collector.stop()));
  });

  it('gathers the appends that arrive while statements are in flight into the next one', async () => {
    const streams = range(1, 12).map(() => uniqueStream());
    // The first stream's row is locked elsewhere, so the statement that appends to it stays in flight until released.
    const knex = server.app.orm.em.getConnection().getKnex();
    await knex.raw('insert into streams (id, last_seq) values (?, 0)', [streams[0]!]);
    const lock = await knex.transaction();
    await lock.raw('select 1 from streams where id = ? for update', [streams[0]!]);
    const statements = await appendStatements(async () => {
      const appends: Promise<unknown>[] = [];
      try {
        // One append a turn: each turn alone would be a statement of its own.
        for (const stream of streams) {
          appends.push(append(stream, 1));
          await new Promise((resolve) => setImmediate(resolve));
        }
      } finally {
        await lock.commit();
      }
      await Promise.all(appends);
    });
    // The first goes at once; the rest wait for the statement in flight (GROUP_COMMIT_IN_FLIGHT is 1) and go together.
    expect(statements).toHaveLength(2);
    // However many appends each carried, it was the same prepared statement.
    expect(new Set(statements.map(({ options }) => options?.name))).toEqual(new Set([expect.stringMatching(/^append-with-rows-/)]));
    expect(await Promise.all(streams.map(rowsOf))).toEqual(streams.map(() => [[1, 1]]));
  });

  it('tries each append of a failed group again alone, so only the one at fault fails and no seq is lost', async () => {
    const [a, b] = [uniqueStream(), uniqueStream()];
    const failing = append(a, 0);
    const fine = append(b, 5);
    await expect(failing).rejects.toThrow(/appended_rows_value_check/);
    expect(await fine).toMatchObject({ streamId: b, seq: 1 });
    expect(await server.app.realtime.head(a)).toBe(0);
    expect(await rowsOf(b)).toEqual([[1, 5]]);
    expect((await appendEvent(server.app, a, 'test.appended')).seq).toBe(1);
  });

  it('refuses to run inside a transaction, or for a type an append observer handles', async () => {
    const stream = uniqueStream();
    const row = { sql: () => 'select 1', args: {} };
    await expect(server.app.orm.em.fork().transactional((em) => server.app.realtime.appendWithRow(em, stream, 'test.appended', {}, null, row))).rejects.toMatchObject({ code: 'IN_TRANSACTION' });
    await expect(server.app.realtime.appendWithRow(server.app.orm.em.fork(), 'user:abc', 'request.received', {}, null, row)).rejects.toMatchObject({ code: 'OBSERVED_TYPE' });
    expect(await server.app.realtime.head(stream)).toBe(0);
  });
});
