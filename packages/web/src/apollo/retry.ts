/** Reconnect pacing: exponential backoff with jitter, and waits that can be cut short. */

export interface BackoffOptions {
  /** The first retry's ceiling in ms. */
  baseMs?: number;
  /** No wait is longer than this, in ms. */
  capMs?: number;
}

export const DEFAULT_BACKOFF = { baseMs: 500, capMs: 10_000 } as const;

/**
 * How long to wait before retry number `retries` (0 for the first retry).
 * "Equal jitter": half the exponential ceiling plus a random part of the other
 * half, so a whole room of clients that lost the same server spreads out, yet
 * none waits less than half its turn. 0: 250–500 ms, 1: 0.5–1 s … then 5–10 s.
 */
export function retryDelay(retries: number, random: () => number = Math.random, options: BackoffOptions = {}): number {
  const { baseMs, capMs } = { ...DEFAULT_BACKOFF, ...options };
  const exponent = Math.min(Math.max(0, Math.floor(retries)), 30);
  const ceiling = Math.min(capMs, baseMs * 2 ** exponent);
  const half = ceiling / 2;
  return Math.round(half + random() * half);
}

/** Timed waits that `wake()` ends at once: "Try now", or the browser coming back online. */
export interface WakeableSleep {
  sleep(ms: number): Promise<void>;
  /** Ends every pending wait now. */
  wake(): void;
  /** How many waits are pending. */
  readonly pending: number;
}

export function createWakeableSleep(): WakeableSleep {
  const waiting = new Set<() => void>();
  return {
    sleep(ms) {
      return new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          waiting.delete(done);
          resolve();
        };
        const timer = setTimeout(done, ms);
        waiting.add(done);
      });
    },
    wake() {
      for (const done of [...waiting]) done();
    },
    get pending() {
      return waiting.size;
    },
  };
}
