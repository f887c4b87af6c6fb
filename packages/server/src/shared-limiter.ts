import { RateLimiterMemory, RateLimiterRedis, RLWrapperTimeouts, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RedisClientType } from './events/redis-client.js';

export type Limit = { keyPrefix: string; points: number; duration: number; blockDuration?: number };

/** How long a count waits for Redis before this instance's in-memory count stands in. */
export const SHARED_LIMIT_TIMEOUT_MS = 1_000;

/**
 * A rate limit every instance shares through Redis when there is one, else
 * one in memory. When Redis is away, or connected but not answering within
 * SHARED_LIMIT_TIMEOUT_MS (node-redis times out only commands it has not sent
 * yet), this instance's in-memory count stands in: an outage slows no request
 * down, and the limit still holds per instance.
 */
export function sharedLimiter(redis: RedisClientType | undefined, limit: Limit): RateLimiterAbstract {
  if (!redis) return new RateLimiterMemory(limit);
  return new RLWrapperTimeouts({
    limiter: new RateLimiterRedis({ ...limit, storeClient: redis, useRedisPackage: true }),
    timeoutMs: SHARED_LIMIT_TIMEOUT_MS,
    insuranceLimiter: new RateLimiterMemory(limit),
  });
}
