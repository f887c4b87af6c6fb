import { createClient, type RedisClientType } from 'redis';
import type { Logger } from '../logger.js';

export type { RedisClientType };

/**
 * A node-redis client that reconnects by itself with a capped backoff and
 * logs instead of crashing on a dropped connection. Named, so `CLIENT LIST`
 * shows which instance and role each connection belongs to.
 */
export function createRedisClient(url: string, name: string, logger: Logger): RedisClientType {
  const client = createClient({
    url,
    name,
    socket: { reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 2_000) },
  }) as RedisClientType;
  client.on('error', (error: Error) => logger.warn({ err: error, connection: name }, 'redis connection error'));
  client.on('reconnecting', () => logger.info({ connection: name }, 'reconnecting to redis'));
  return client;
}
