import { describe, expect, it } from 'vitest';
import { useTestApp } from '../testing/test-app.js';
import { appendEvent, range, uniqueStream } from '../testing/streams.js';
import { RealtimeError } from './realtime.js';

const server = useTestApp();

describe('appending to the stream log', () => {
  it('gives 50 concurrent appends to one stream the seqs 1..50 with no gap or duplicate', async () => {
    const stream = uniqueStream();
    const events = await Promise.all(range(1, 50).map((n) => appendEvent(server.app, stream, 'test.appended', { n })));
    expect(events.map((event) => event.seq).sort((a, b) => a - b)).toEqual(range(1, 50));
    const stored = await server.app.realtime.read(stream, 0, 100);
    expect(stored.map((event) => event.seq)).toEqual(range(1, 50));
    expect(new Set(stored.map((event) => (event.payload as { n: number }).n)).size).toBe(50);
    expect(await server.app.realtime.head(stream)).toBe(50);
  });

  it('keeps each stream its own sequence', async () => {
    const [a, b] = [uniqueStream(), uniqueStream()];
    await appendEvent(server.app, a, 'test.appended');
    await appendEvent(server.app, a, 'test.appended');
    const first = await appendEvent(server.app, b, 'test.appended');
    expect(first.seq).toBe(1);
    expect(await server.app.realtime.head(a)).toBe(2);
  });

  it('gives the seq of a rolled-back append back, so the log stays gap-free', async () => {
    const stream = uniqueStream();
    await appendEvent(server.app, stream, 'test.appended');
    await expect(
      server.app.orm.em.fork().transactional(async (em) => {
        await server.app.realtime.append(em, stream, 'test.doomed', {}, null);
        throw new Error('rolled back on purpose');
      }),
    ).rejects.toThrow('rolled back on purpose');
    const next = await appendEvent(server.app, stream, 'test.appended');
    expect(next.seq).toBe(2);
    expect((await server.app.realtime.read(stream, 0, 10)).map((event) => event.type)).toEqual(['test.appended', 'test.appended']);
  });

  it('refuses an append outside a transaction or inside a nested one', async () => {
    const stream = uniqueStream();
    await expect(server.app.realtime.append(server.app.orm.em.fork(), stream, 'test.appended', {}, null)).rejects.toMatchObject({
      code: 'NOT_IN_TRANSACTION',
    });
    await expect(
      server.app.orm.em.fork().transactional((outer) => outer.transactional((inner) => server.app.realtime.append(inner, stream, 'x', {}, null))),
    ).rejects.toBeInstanceOf(RealtimeError);
    expect(await server.app.realtime.head(stream)).toBe(0);
  });

  it('refuses a malformed stream id', async () => {
    await expect(appendEvent(server.app, 'no spaces allowed', 'test.appended')).rejects.toThrow('invalid stream id');
  });
});
