import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RedisClientType } from '../events/redis-client.js';
import { sharedLimiter } from '../shared-limiter.js';
import type { Viewer } from '../auth/viewer.js';

export type ThrottleStatus = { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };
/** `status` is null on success when it was not asked for (see `charge`). */
export type Charge = { ok: true; status: ThrottleStatus | null } | { ok: false; status: ThrottleStatus; retryAfterSeconds: number };

/**
 * The cost budget of each caller: a personal access token, a signed-in user,
 * or an address for anonymous calls. `restoreRate` points come back every
 * second; on top, a burst allowance of `burst` points a minute absorbs peaks.
 * (Two rate-limiter-flexible windows, a second and a minute, composed as its
 * BurstyRateLimiter does — the minute's points are spent only once the
 * second's are gone — which behaves like a leaky bucket of `restoreRate +
 * burst` points. Composed here rather than with BurstyRateLimiter so that
 * `currentlyAvailable` counts what is left in both.) Counts live in Redis when
 * there is one, so every instance draws on the same budget.
 */
export class CostRateLimiter {
  private readonly perSecond: RateLimiterAbstract;
  private readonly perMinute: RateLimiterAbstract;
  readonly maximumAvailable: number;

  constructor(private readonly options: { redis?: RedisClientType | undefined; restoreRate: number; burst: number; prefix: string }) {
    this.perSecond = sharedLimiter(options.redis, { keyPrefix: `${options.prefix}:cost`, points: options.restoreRate, duration: 1 });
    this.perMinute = sharedLimiter(options.redis, { keyPrefix: `${options.prefix}:cost-burst`, points: options.burst, duration: 60 });
    this.maximumAvailable = options.restoreRate + options.burst;
  }

  static keyFor(viewer: Viewer, address: string): string {
    if (viewer.kind === 'token') return `token:${viewer.tokenId}`;
    if (viewer.kind === 'session') return `user:${viewer.user.uuid}`;
    return `address:${address}`;
  }

  /**
   * Takes `cost` points from the caller's budget, or says when to come back.
   * What is left (`status`) needs the minute's count as well as the second's,
   * read in the same round trip; a caller that does not report it on success
   * (`reportStatus: false`, WebSocket operations) saves Redis that read. A
   * refusal always says what is left.
   */
  async charge(key: string, cost: number, { reportStatus = true }: { reportStatus?: boolean } = {}): Promise<Charge> {
    const status = (remaining: number): ThrottleStatus => ({
      maximumAvailable: this.maximumAvailable,
      currentlyAvailable: Math.max(0, remaining),
      restoreRate: this.options.restoreRate,
    });
    const points = Math.max(1, cost);
    let secondRejected: RateLimiterRes;
    // The minute's count is read alongside, so that both go to Redis in one round trip (one pipelined write).
    const minuteSoFar = reportStatus ? this.perMinute.get(key) : null;
    minuteSoFar?.catch(() => undefined); // awaited below only when the second's points suffice
    try {
      const second = await this.perSecond.consume(key, points);
      if (!minuteSoFar) return { ok: true, status: null };
      const minute = await minuteSoFar;
      return { ok: true, status: status(second.remainingPoints + this.options.burst - (minute?.consumedPoints ?? 0)) };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      secondRejected = rejection;
    }
    try {
      const minute = await this.perMinute.consume(key, points);
      return { ok: true, status: status(minute.remainingPoints) };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const waitMs = Math.min(secondRejected.msBeforeNext, rejection.msBeforeNext);
      return { ok: false, status: status(0), retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    }
  }
}
