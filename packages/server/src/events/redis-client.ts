import { createClient, type RedisClientType } from 'redis';
import type { Logger } from '../logger.js';

export type { RedisClientType };

/** Commands a `wait` connection holds while Redis is away; past it, a command fails at once. */
export const WAITING_COMMANDS_LIMIT = 100_000;

/**
 * What a connection's commands do while it is down (reconnecting):
 * - `'wait'`: wait for the reconnect, up to WAITING_COMMANDS_LIMIT. For a
 *   connection whose commands nobody awaits: the bus's publisher.
 * - `'fail'`: fail at once, so a caller falls back without waiting. For a
 *   connection whose callers each bound their own wait for a Redis that is
 *   connected but silent (`sharedLimiter`, `answerWithin`): the commands one.
 * - unset: node-redis's default, up to 5 s waiting to be sent, then fail.
 *
 * Either setting also spares a timer per command: node-redis arms an
 * `AbortSignal.timeout` for each, which fires 5 s later and builds an error
 * with its stack even when the reply came at once, and which covers only the
 * wait to be sent (once sent, node-redis times nothing out). Microbenchmarks:
 * 30,000 publishes, 17–19 µs of CPU each with it and 3 µs without; 20,000
 * cost-budget charges, 22–27 µs and 6–8 µs. Chat does one of each per message.
 */
export type WhileAway = 'wait' | 'fail';

/**
 * A node-redis client that reconnects by itself with a capped backoff and
 * logs instead of crashing on a dropped connection. Named, so `CLIENT LIST`
 * shows which instance and role each connection belongs to.
 */
export function createRedisClient(url: string, name: string, logger: Logger, { whileAway }: { whileAway?: WhileAway } = {}): RedisClientType {
  const client = createClient({
    url,
    name,
    socket: { reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 2_000) },
    ...(whileAway ? { commandOptions: { timeout: 0 } } : {}),
    ...(whileAway === 'wait' ? { commandsQueueMaxLength: WAITING_COMMANDS_LIMIT } : {}),
    ...(whileAway === 'fail' ? { disableOfflineQueue: true } : {}),
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
