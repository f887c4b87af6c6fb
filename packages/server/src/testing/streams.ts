import { randomBytes } from 'node:crypto';
import type { App } from '../app.js';
import type { DeliveredItem, StoredEvent } from '../events/types.js';

/** A stream id no other test uses. */
export function uniqueStream(kind = 'test'): string {
  return `${kind}:${randomBytes(6).toString('hex')}`;
}

/** Appends one event in its own transaction, as a service would. */
export function appendEvent(app: App, streamId: string, type: string, payload: unknown = {}): Promise<StoredEvent> {
  return app.orm.em.fork().transactional((em) => app.realtime.append(em, streamId, type, payload, 'tester'));
}

/**
 * Reads items from a subscription in the background, so a test can act and
 * then wait for what arrived.
 */
export class Collector {
  readonly items: DeliveredItem[] = [];
  private failure: unknown;
  private readonly done: Promise<void>;

  constructor(private readonly iterator: AsyncIterableIterator<DeliveredItem>) {
    this.done = (async () => {
      try {
        for await (const item of iterator) this.items.push(item);
      } catch (error) {
        this.failure = error;
      }
    })();
  }

  get seqs(): number[] {
    return this.items.flatMap((item) => (item.kind === 'event' ? [item.event.seq] : []));
  }

  /** Waits until at least `count` events arrived (fails after the timeout with what did). */
  async waitForEvents(count: number, timeoutMs = 10_000): Promise<number[]> {
    await this.waitUntil(() => this.seqs.length >= count, timeoutMs, () => `expected ${count} events`);
    return this.seqs;
  }

  /** Waits until at least `count` items (events or signals) arrived. */
  async waitForItems(count: number, timeoutMs = 10_000): Promise<DeliveredItem[]> {
    await this.waitUntil(() => this.items.length >= count, timeoutMs, () => `expected ${count} items`);
    return this.items;
  }

  private async waitUntil(done: () => boolean, timeoutMs: number, expected: () => string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      if (this.failure) throw this.failure;
      if (Date.now() > deadline) throw new Error(`${expected()}, got seqs [${this.seqs.join(', ')}]`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async stop(): Promise<void> {
    await this.iterator.return?.();
    await this.done;
    if (this.failure) throw this.failure;
  }
}

export const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, index) => from + index);

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
