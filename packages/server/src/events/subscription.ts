import type { EventBus } from './bus.js';
import type { BusMessage, DeliveredItem, StoredEvent } from './types.js';

const CATCH_UP = Symbol('catch up from the stream log');
type Pending = BusMessage | typeof CATCH_UP;

export type SubscriptionOptions = {
  bus: EventBus;
  streamId: string;
  /** Deliver events with a seq greater than this (0: from the start). */
  after: number;
  /** Reads stored events after a seq, oldest first. */
  read: (after: number, limit: number) => Promise<StoredEvent[]>;
  /** Events read from the log per round trip. */
  pageSize?: number;
  /** Live messages held while the consumer is slow; past this the buffer is dropped and refilled from the log. */
  maxBuffered?: number;
  /**
   * Asked once for each page read from the log, after reading it and before
   * handing it out; false ends the subscription instead. A replay of 10,000
   * events is then 20 checks, not 10,000. Live events are each the caller's to
   * check as they come (they carry `source: 'live'`).
   */
  authorizePage?: () => Promise<boolean>;
  /** Told of each event handed out, and whether it came live from the bus or from the log (for metrics). */
  onDeliver?: (event: StoredEvent, source: 'live' | 'log') => void;
};

/**
 * A stream's events, each exactly once and in seq order, then live.
 *
 * It subscribes to the bus first and replays from the log second, so nothing
 * falls between the two. Live events at or below the last delivered seq are
 * dropped; a live event beyond the next seq means the bus lost something, so
 * the log fills the gap. A bus reconnect also triggers a catch-up. Signals
 * (presence, typing) pass straight through. With `authorizePage`, each page
 * read from the log is authorised before it goes out. `return()` cleans up at once,
 * even while waiting.
 */
export class StreamSubscription implements AsyncIterableIterator<DeliveredItem> {
  private readonly pending: Pending[] = [CATCH_UP];
  private readonly ready: DeliveredItem[] = [];
  private lastSeq: number;
  private wake: (() => void) | undefined;
  private cleanups: (() => void)[] = [];
  private started: Promise<void> | undefined;
  private closed = false;
  private readonly pageSize: number;
  private readonly maxBuffered: number;

  constructor(private readonly options: SubscriptionOptions) {
    this.lastSeq = options.after;
    this.pageSize = options.pageSize ?? 500;
    this.maxBuffered = options.maxBuffered ?? 1_000;
  }

  /** The seq of the last event handed out (or `after` before any). */
  get position(): number {
    return this.lastSeq;
  }

  /** Subscribes to the bus (once); `next()` calls it too. Resolves when live messages are being received. */
  start(): Promise<void> {
    this.started ??= (async () => {
      const { bus, streamId } = this.options;
      this.cleanups.push(bus.onResync(() => this.push(CATCH_UP)));
      this.cleanups.push(await bus.subscribe(streamId, (message) => this.push(message)));
      if (this.closed) this.runCleanups(); // returned while subscribing
    })();
    return this.started;
  }

  private push(item: Pending): void {
    if (this.closed) return;
    if (this.pending.length >= this.maxBuffered) {
      // The log has everything this buffer holds; refill from it when the consumer is ready.
      this.pending.length = 0;
      this.pending.push(CATCH_UP);
    } else {
      this.pending.push(item);
    }
    this.wake?.();
  }

  async next(): Promise<IteratorResult<DeliveredItem>> {
    await this.start();
    while (!this.closed) {
      const item = this.ready.shift();
      if (item) return { value: item, done: false };
      const next = this.pending.shift();
      if (next === undefined) {
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = undefined;
      } else if (next === CATCH_UP) {
        await this.catchUp();
      } else if (next.kind === 'signal') {
        return { value: { kind: 'signal', signal: next.signal }, done: false };
      } else if (next.event.seq === this.lastSeq + 1) {
        this.lastSeq = next.event.seq;
        this.options.onDeliver?.(next.event, 'live');
        return { value: { kind: 'event', event: next.event, source: 'live' }, done: false };
      } else if (next.event.seq > this.lastSeq + 1) {
        await this.catchUp(); // the bus lost something: the log has it, this event included
      } // else: already delivered
    }
    return { value: undefined, done: true };
  }

  /** Loads one page after the last seq; if the page was full, another catch-up follows. */
  private async catchUp(): Promise<void> {
    const events = await this.options.read(this.lastSeq, this.pageSize);
    const { authorizePage } = this.options;
    if (events.length && authorizePage && !(await authorizePage())) {
      await this.return();
      return;
    }
    if (this.closed) return;
    for (const event of events) {
      if (event.seq !== this.lastSeq + 1) {
        throw new Error(`stream ${this.options.streamId} has a gap after seq ${this.lastSeq}`);
      }
      this.lastSeq = event.seq;
      this.options.onDeliver?.(event, 'log');
      this.ready.push({ kind: 'event', event, source: 'log' });
    }
    if (events.length === this.pageSize) this.pending.unshift(CATCH_UP);
  }

  async return(): Promise<IteratorResult<DeliveredItem>> {
    if (!this.closed) {
      this.closed = true;
      this.pending.length = 0;
      this.ready.length = 0;
      this.runCleanups();
      this.wake?.();
    }
    return { value: undefined, done: true };
  }

  private runCleanups(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }

  async throw(error: unknown): Promise<IteratorResult<DeliveredItem>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
