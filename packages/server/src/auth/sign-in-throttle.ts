import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RedisClientType } from '../events/redis-client.js';
import { sharedLimiter, type Limit } from '../shared-limiter.js';

// Failed sign-ins per account (any address) and per address (any account), in seconds.
const PER_ACCOUNT: Limit = { keyPrefix: 'signin-fail:account', points: 10, duration: 15 * 60, blockDuration: 15 * 60 };
const PER_ADDRESS: Limit = { keyPrefix: 'signin-fail:address', points: 50, duration: 60 * 60, blockDuration: 60 * 60 };
/** Failures before each further attempt is slowed down. */
const FREE_FAILURES = 3;

export type ThrottleVerdict = { allowed: true; delayMs: number } | { allowed: false; retryAfterSeconds: number };

/**
 * Slows down, then refuses for a while, repeated failed sign-ins for one
 * account or from one address. Counts live in Redis when there is one (shared
 * by every instance, with memory as insurance when Redis is away), else in memory.
 */
export class SignInThrottle {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;

  constructor(private readonly options: { redis?: RedisClientType | undefined; slowdownMs: number }) {
    const { redis } = options;
    this.perAccount = sharedLimiter(redis, PER_ACCOUNT);
    this.perAddress = sharedLimiter(redis, PER_ADDRESS);
  }

  async check(email: string, address: string): Promise<ThrottleVerdict> {
    const [account, fromAddress] = await Promise.all([this.perAccount.get(email), this.perAddress.get(address)]);
    const blockedMs = Math.max(
      account && account.consumedPoints > PER_ACCOUNT.points ? account.msBeforeNext : 0,
      fromAddress && fromAddress.consumedPoints > PER_ADDRESS.points ? fromAddress.msBeforeNext : 0,
    );
    if (blockedMs > 0) return { allowed: false, retryAfterSeconds: Math.ceil(blockedMs / 1000) };
    const failures = account?.consumedPoints ?? 0;
    const delayMs = failures < FREE_FAILURES ? 0 : Math.min(this.options.slowdownMs * 2 ** (failures - FREE_FAILURES), 16 * this.options.slowdownMs);
    return { allowed: true, delayMs };
  }

  async recordFailure(email: string, address: string): Promise<void> {
    // Rejections only mean "now blocked"; the next check() reports it.
    await Promise.allSettled([this.perAccount.consume(email), this.perAddress.consume(address)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }
}
