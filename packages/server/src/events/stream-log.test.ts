import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { startTestApp } from '../testing/test-app.js';
import { appendEvent, range, uniqueStream } from '../testing/streams.js';
import { RealtimeError } from './realtime.js';

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

describe('appending to the stream log', () => {
  it('gives 50 concurrent appends to one stream the seqs 1..50 with no gap or duplicate', async () => {
    const stream = uniqueStream();
    const events = await Promise.all(range(1, 50).map((n) => appendEvent(app, stream, 'test.appended', { n })));
    expect(events.map((event) => event.seq).sort((a, b) => a - b)).toEqual(range(1, 50));
    const stored = await app.realtime.read(stream, 0, 100);
    expect(stored.map((event) => event.seq)).toEqual(range(1, 50));
    expect(new Set(stored.map((event) => (event.payload as { n: number }).n)).size).toBe(50);
    expect(await app.realtime.head(stream)).toBe(50);
  });

  it('keeps each stream its own sequence', async () => {
    const [a, b] = [uniqueStream(), uniqueStream()];
    await appendEvent(app, a, 'test.appended');
    await appendEvent(app, a, 'test.appended');
    const first = await appendEvent(app, b, 'test.appended');
    expect(first.seq).toBe(1);
    expect(await app.realtime.head(a)).toBe(2);
  });

  it('gives the seq of a rolled-back append back, so the log stays gap-free', async () => {
    const stream = uniqueStream();
    await appendEvent(app, stream, 'test.appended');
    await expect(
      app.orm.em.fork().transactional(async (em) => {
        await app.realtime.append(em, stream, 'test.doomed', {}, null);
        throw new Error('rolled back on purpose');
      }),
    ).rejects.toThrow('rolled back on purpose');
    const next = await appendEvent(app, stream, 'test.appended');
    expect(next.seq).toBe(2);
    expect((await app.realtime.read(stream, 0, 10)).map((event) => event.type)).toEqual(['test.appended', 'test.appended']);
  });

  it('refuses an append outside a transaction or inside a nested one', async () => {
    const stream = uniqueStream();
    await expect(app.realtime.append(app.orm.em.fork(), stream, 'test.appended', {}, null)).rejects.toMatchObject({
      code: 'NOT_IN_TRANSACTION',
    });
    await expect(
      app.orm.em.fork().transactional((outer) => outer.transactional((inner) => app.realtime.append(inner, stream, 'x', {}, null))),
    ).rejects.toBeInstanceOf(RealtimeError);
    expect(await app.realtime.head(stream)).toBe(0);
  });

  it('refuses a malformed stream id', async () => {
    await expect(appendEvent(app, 'no spaces allowed', 'test.appended')).rejects.toThrow('invalid stream id');
  });
});
