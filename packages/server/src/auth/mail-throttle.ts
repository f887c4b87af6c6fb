import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RedisClientType } from '../events/redis-client.js';
import { sharedLimiter } from '../shared-limiter.js';

/** Account mails (verification, reset) per address an hour: enough for a person, too few to flood a mailbox. */
const PER_ADDRESS = { keyPrefix: 'account-mail', points: 5, duration: 60 * 60 };

/**
 * Limits how often account mail goes to one address, shared by every
 * instance through Redis when there is one.
 */
export class MailThrottle {
  private readonly limiter: RateLimiterAbstract;

  constructor(redis?: RedisClientType) {
    this.limiter = sharedLimiter(redis, PER_ADDRESS);
  }

  /** True when one more mail may go to this address now (and counts it). */
  async allow(email: string): Promise<boolean> {
    try {
      await this.limiter.consume(email.toLowerCase());
      return true;
    } catch {
      return false;
    }
  }
}
