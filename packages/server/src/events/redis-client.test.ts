import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { ClientOfflineError, TimeoutError } from 'redis';
import { TEST_REDIS_URL } from '../testing/services.js';
import { TcpProxy } from '../testing/tcp-proxy.js';
import { createRedisClient, type RedisClientType } from './redis-client.js';

// Redis that is down: its address refuses connections (a closed proxy) until a proxy listens there again.
const redis = new URL(TEST_REDIS_URL);
const target = { host: redis.hostname, port: Number(redis.port || 6379) };
let proxy: TcpProxy | undefined;
let waiting: RedisClientType;
let failing: RedisClientType;
let guarded: RedisClientType;

beforeAll(async () => {
  proxy = await TcpProxy.start(target);
  const url = proxy.wrap(TEST_REDIS_URL);
  await proxy.close();
  const logger = pino({ level: 'silent' });
  waiting = createRedisClient(url, 'test:waiting', logger, { whileAway: 'wait' });
  failing = createRedisClient(url, 'test:failing', logger, { whileAway: 'fail' });
  guarded = createRedisClient(url, 'test:guarded', logger);
  // Not awaited: they keep trying until something listens there.
  for (const client of [waiting, failing, guarded]) client.connect().catch(() => undefined);
});
afterAll(async () => {
  for (const client of [waiting, failing, guarded]) client?.destroy();
  await proxy?.close();
});

const settled = (promise: Promise<unknown>) => {
  const state: { value?: unknown; error?: unknown; done: boolean } = { done: false };
  promise.then(
    (value) => Object.assign(state, { value, done: true }),
    (error: unknown) => Object.assign(state, { error, done: true }),
  );
  return state;
};

describe('a Redis connection while Redis is down', () => {
  it('fails a command after 5 s; with `fail`, at once; with `wait`, holds it until Redis is up', { timeout: 20_000 }, async () => {
    const port = Number(new URL(waiting.options?.url ?? '').port);
    await expect(failing.ping()).rejects.toBeInstanceOf(ClientOfflineError);
    const held = settled(waiting.publish('mentorspace:test:held', 'hello'));
    const timedOut = settled(guarded.ping());
    await expect.poll(() => timedOut.done, { timeout: 8_000, interval: 200 }).toBe(true);
    expect(timedOut.error).toBeInstanceOf(TimeoutError);
    expect(held.done).toBe(false);

    proxy = await TcpProxy.start(target, { port });
    await expect.poll(() => held.done, { timeout: 10_000 }).toBe(true);
    expect(held.error).toBeUndefined();
    expect(held.value).toBe(0); // answered by Redis: PUBLISH's count of receivers
    expect(await guarded.ping()).toBe('PONG');
    await expect.poll(() => failing.isReady, { timeout: 10_000 }).toBe(true);
    expect(await failing.ping()).toBe('PONG');
  });
});
