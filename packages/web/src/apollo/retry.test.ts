import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWakeableSleep, retryDelay } from './retry';

describe('retryDelay', () => {
  it('doubles its ceiling each retry and stays between half the ceiling and the ceiling', () => {
    expect([0, 1, 2, 3, 4].map((n) => retryDelay(n, () => 0))).toEqual([250, 500, 1000, 2000, 4000]);
    expect([0, 1, 2, 3, 4].map((n) => retryDelay(n, () => 1))).toEqual([500, 1000, 2000, 4000, 8000]);
  });

  it('is capped at 10 s however many retries, and never below 5 s once capped', () => {
    for (const n of [5, 6, 20, 1000, Infinity]) {
      expect(retryDelay(n, () => 1)).toBe(10_000);
      expect(retryDelay(n, () => 0)).toBe(5_000);
    }
  });

  it('spreads clients out with jitter', () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelay(3)));
    expect(delays.size).toBeGreaterThan(10);
    for (const delay of delays) {
      expect(delay).toBeGreaterThanOrEqual(2000);
      expect(delay).toBeLessThanOrEqual(4000);
    }
  });
});

describe('createWakeableSleep', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves after the delay', async () => {
    vi.useFakeTimers();
    const sleeper = createWakeableSleep();
    let done = false;
    void sleeper.sleep(1000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    expect(sleeper.pending).toBe(0);
  });

  it('resolves every pending wait at once on wake()', async () => {
    vi.useFakeTimers();
    const sleeper = createWakeableSleep();
    const woken: number[] = [];
    void sleeper.sleep(10_000).then(() => woken.push(1));
    void sleeper.sleep(5_000).then(() => woken.push(2));
    expect(sleeper.pending).toBe(2);
    sleeper.wake();
    await Promise.resolve();
    expect(woken.sort()).toEqual([1, 2]);
    expect(sleeper.pending).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
