import { createClient, type RedisClientType } from 'redis';
import type { Logger } from '../logger.js';

export type { RedisClientType };

/** Commands a `waitForRedis` connection holds while Redis is away; past it, a command fails at once. */
export const WAITING_COMMANDS_LIMIT = 100_000;

/**
 * A node-redis client that reconnects by itself with a capped backoff and
 * logs instead of crashing on a dropped connection. Named, so `CLIENT LIST`
 * shows which instance and role each connection belongs to.
 *
 * While the connection is down, a command waits at most node-redis's 5 s to
 * be sent, then fails, so a caller (the rate limiter, which then falls back to
 * its in-memory count) is not held. (Once sent, node-redis times nothing out:
 * a Redis that stops answering without closing the connection is seen by the
 * readiness check's own timeout.) `waitForRedis` is for a connection whose
 * commands nobody awaits, the bus's publisher: its commands wait for the
 * reconnect instead, up to WAITING_COMMANDS_LIMIT. It also spares a timer per
 * command: node-redis arms an `AbortSignal.timeout` for each, which fires 5 s
 * later and builds an error with its stack even when the reply came at once
 * (30,000 publishes: 17–19 µs of CPU each with it, 3 µs without; one publish
 * per chat message, of about 1.1 ms).
 */
export function createRedisClient(url: string, name: string, logger: Logger, { waitForRedis = false }: { waitForRedis?: boolean } = {}): RedisClientType {
  const client = createClient({
    url,
    name,
    socket: { reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 2_000) },
    ...(waitForRedis ? { commandOptions: { timeout: 0 }, commandsQueueMaxLength: WAITING_COMMANDS_LIMIT } : {}),
  }) as RedisClientType;
  client.on('error', (error: Error) => logger.warn({ err: error, connection: name }, 'redis connection error'));
  client.on('reconnecting', () => logger.info({ connection: name }, 'reconnecting to redis'));
  return client;
}

/**
 * `command`'s answer, or a rejection once `ms` have passed without one: node-redis
 * times out only commands it has not sent, so a Redis that stops answering
 * would otherwise hold the caller for as long as it stays silent.
 */
export function answerWithin<T>(command: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    command,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RedisSilentError(ms)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export class RedisSilentError extends Error {
  constructor(ms: number) {
    super(`Redis did not answer within ${ms} ms`);
    this.name = 'RedisSilentError';
  }
}
