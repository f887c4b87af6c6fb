import type { EntityManager } from '@mikro-orm/postgresql';
import type { Knex } from '@mikro-orm/postgresql';
import type { EventBus } from './bus.js';
import { headSeq, headSeqs, insertEvent, insertEventsWithRows, readEventsAfter, type EventRowSpec } from './stream-log.js';
import { GroupCommit } from './group-commit.js';
import { StreamSubscription } from './subscription.js';
import type { StoredEvent } from './types.js';
import type { Metrics } from '../observability/metrics.js';
import { retryWhileOutage } from '../graphql/outage.js';

export class RealtimeError extends Error {
  constructor(
    readonly code: 'BAD_CURSOR' | 'NOT_IN_TRANSACTION' | 'NESTED_TRANSACTION' | 'IN_TRANSACTION' | 'OBSERVED_TYPE',
    message: string,
  ) {
    super(message);
    this.name = 'RealtimeError';
  }
}

const STREAM_ID = /^[a-z][a-z0-9-]*:[A-Za-z0-9_-]{1,100}$/;

/**
 * Work that must commit or roll back with every stored event (the webhook
 * outbox): it runs inside the appending transaction, after the event is
 * stored, and its failure fails the append.
 */
export type AppendObserver = (em: EntityManager, event: StoredEvent) => Promise<void>;

function assertStreamId(streamId: string): void {
  if (!STREAM_ID.test(streamId)) throw new Error(`invalid stream id ${JSON.stringify(streamId)}`);
}

/**
 * The real-time core that every feature uses: append events in a transaction,
 * publish them once it commits, send ephemeral signals, and subscribe with
 * replay. No feature talks to the bus or the stream tables directly.
 */
export class Realtime {
  /** Events appended in an open transaction, published when it commits. */
  private readonly uncommitted = new WeakMap<Knex.Transaction, StoredEvent[]>();
  private readonly observers: { observer: AppendObserver; handles: (type: string) => boolean }[] = [];

  constructor(
    private readonly options: {
      bus: EventBus;
      /** The root entity manager; reads fork it. */
      em: EntityManager;
      instanceId: string;
      metrics?: Metrics;
    },
  ) {}

  /**
   * Registers work to do in the same transaction as every append (see
   * `AppendObserver`); `handles` says which event types it acts on, so that
   * the others may take the one-statement path (`appendWithRow`).
   */
  onAppend(observer: AppendObserver, handles: (type: string) => boolean): void {
    this.observers.push({ observer, handles });
  }

  /**
   * Appends an event to a stream inside `em.transactional()`. It is published
   * on the bus after that transaction commits, and dropped if it rolls back.
   */
  async append(
    em: EntityManager,
    streamId: string,
    type: string,
    payload: unknown,
    actorId: string | null,
  ): Promise<StoredEvent> {
    assertStreamId(streamId);
    const trx = em.getTransactionContext<Knex.Transaction>();
    if (!trx) {
      throw new RealtimeError('NOT_IN_TRANSACTION', 'append() must run inside em.transactional()');
    }
    if ('savepointName' in trx) {
      // A savepoint may roll back alone; its events must never be published.
      throw new RealtimeError('NESTED_TRANSACTION', 'append() cannot run inside a nested transaction');
    }
    const event = await insertEvent(em, streamId, type, payload, actorId);
    for (const { observer } of this.observers) await observer(em, event);
    let events = this.uncommitted.get(trx);
    if (!events) {
      const batch: StoredEvent[] = (events = []);
      this.uncommitted.set(trx, batch);
      // The transaction's fork has its own event manager, so this hook lives and dies with it.
      em.getEventManager().registerSubscriber({
        afterTransactionCommit: async (args) => {
          if (args.transaction !== trx) return;
          this.uncommitted.delete(trx);
          for (const committed of batch) this.publishEvent(committed);
        },
        afterTransactionRollback: async (args) => {
          if (args.transaction === trx) this.uncommitted.delete(trx);
        },
      });
    }
    events.push(event);
    return event;
  }

  /** The one-statement appends waiting at the same time, written together. */
  private readonly groupCommit = new GroupCommit((items) => insertEventsWithRows(this.options.em.fork(), items));

  /**
   * Appends an event together with the feature's own row in one statement,
   * outside any transaction: one round trip where `append` in
   * `em.transactional()` takes four, for the hot paths (a chat message), and
   * appends waiting at the same time share that statement (`GroupCommit`).
   * See `EventRowSpec` for `row`; a `row.guard` that does not hold writes
   * nothing and returns null. Published as soon as it is stored. Event types
   * that an append observer handles must use `append`.
   */
  async appendWithRow(em: EntityManager, streamId: string, type: string, payload: unknown, actorId: string | null, row: EventRowSpec): Promise<StoredEvent | null> {
    assertStreamId(streamId);
    if (em.getTransactionContext()) {
      throw new RealtimeError('IN_TRANSACTION', 'appendWithRow() commits by itself: call it outside em.transactional()');
    }
    if (this.observers.some(({ handles }) => handles(type))) {
      throw new RealtimeError('OBSERVED_TYPE', `${type} events need their observers' work in the same transaction: use append()`);
    }
    const stored = await this.groupCommit.append({ streamId, type, payload, actorId, row });
    if (stored) this.publishEvent(stored);
    return stored;
  }

  private publishEvent(event: StoredEvent): void {
    this.options.metrics?.eventsPublished.inc({ kind: 'event' });
    this.options.bus.publish({ kind: 'event', event, origin: this.options.instanceId });
  }

  /** An ephemeral signal (presence, typing): live subscribers get it; nothing is stored. */
  signal(streamId: string, type: string, payload: unknown, actorId: string | null): void {
    assertStreamId(streamId);
    this.options.metrics?.eventsPublished.inc({ kind: 'signal' });
    this.options.bus.publish({
      kind: 'signal',
      signal: { streamId, type, payload, actorId, sentAt: new Date().toISOString() },
      origin: this.options.instanceId,
    });
  }

  /** Stored events after a seq, oldest first (for history pages and catch-up). */
  read(streamId: string, after: number, limit: number): Promise<StoredEvent[]> {
    return readEventsAfter(this.options.em.fork(), streamId, after, limit);
  }

  head(streamId: string): Promise<number> {
    return headSeq(this.options.em.fork(), streamId);
  }

  /** Several streams' heads in one statement (for batching a request's reads). */
  heads(streamIds: readonly string[]): Promise<number[]> {
    return headSeqs(this.options.em.fork(), streamIds);
  }

  /**
   * Replays events with `seq > after`, then streams live ones: each once, in
   * order. Resolves once live delivery is in place, so even ephemeral signals
   * sent after that arrive (unless Redis is connected but silent: then after
   * SUBSCRIBE_WAIT_MS, with events caught up from the log once it answers). Call `return()` (or break out of `for await`) to unsubscribe.
   * `authorizePage` re-checks access once per page replayed from the log (see `SubscriptionOptions`).
   */
  async subscribe(
    streamId: string,
    { after = 0, authorizePage }: { after?: number; authorizePage?: () => Promise<boolean> } = {},
  ): Promise<StreamSubscription> {
    assertStreamId(streamId);
    if (!Number.isSafeInteger(after) || after < 0) {
      throw new RealtimeError('BAD_CURSOR', '`after` must be a whole number of at least 0');
    }
    const head = await this.head(streamId);
    if (after > head) {
      throw new RealtimeError('BAD_CURSOR', `\`after\` is ${after} but the stream has only reached ${head}`);
    }
    if (after > 0 && after < head) this.options.metrics?.replays.inc();
    const subscription = new StreamSubscription({
      bus: this.options.bus,
      streamId,
      after,
      read: (from, limit) => retryWhileOutage(() => this.read(streamId, from, limit)),
      ...(authorizePage ? { authorizePage } : {}),
      onDeliver: (event, source) => {
        const metrics = this.options.metrics;
        if (!metrics) return;
        metrics.eventsDelivered.inc({ source });
        if (source === 'live') metrics.busLag.observe(Math.max(0, Date.now() - Date.parse(event.createdAt)) / 1000);
      },
    });
    await subscription.start();
    return subscription;
  }
}
