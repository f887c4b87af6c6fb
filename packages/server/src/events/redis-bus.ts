import type { Logger } from '../logger.js';
import { answerWithin, createRedisClient, RedisSilentError, type RedisClientType } from './redis-client.js';
import { ListenerRegistry, channelFor, type BusListener, type EventBus } from './bus.js';
import type { BusMessage } from './types.js';

type Options = {
  url: string;
  /** This process's id: messages it published itself are not delivered twice. */
  instanceId: string;
  logger: Logger;
};

/** How long the first subscription to a stream on this instance waits for Redis to confirm it. */
export const SUBSCRIBE_WAIT_MS = 1_000;

/**
 * Redis pub/sub across instances. Reconnects by itself (node-redis also
 * re-subscribes); after every reconnect it tells subscribers to catch up from
 * Postgres, since anything published while it was away is gone.
 */
export class RedisBus implements EventBus {
  private readonly listeners = new ListenerRegistry();
  private readonly resyncListeners = new Set<() => void>();
  private readonly logger: Logger;
  private connectedOnce = false;
  private probeCount = 0;
  private closed = false;

  private constructor(
    private readonly publisher: RedisClientType,
    private readonly subscriber: RedisClientType,
    private readonly options: Options,
  ) {
    this.logger = options.logger.child({ component: 'redis-bus' });
  }

  static async connect(options: Options): Promise<RedisBus> {
    const client = (role: string, settings?: { whileAway: 'wait' }) =>
      createRedisClient(options.url, `mentorspace:${options.instanceId}:${role}`, options.logger, settings);
    // Publishes are not awaited: while Redis is away they wait for it rather than time out and be lost.
    const bus = new RedisBus(client('pub', { whileAway: 'wait' }), client('sub'), options);
    await bus.start();
    return bus;
  }

  private async start(): Promise<void> {
    this.subscriber.on('ready', () => {
      if (this.connectedOnce) void this.afterReconnect();
      this.connectedOnce = true;
    });
    await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
  }

  /**
   * Subscribing to a throw-away channel and waiting for Redis to confirm it
   * proves that the re-subscriptions sent before it are in place; only then is
   * a catch-up from Postgres guaranteed to overlap with live delivery.
   */
  private async afterReconnect(): Promise<void> {
    const probe = `mentorspace:probe:${this.options.instanceId}:${++this.probeCount}`;
    try {
      await this.subscriber.subscribe(probe, () => {});
      await this.subscriber.unsubscribe(probe);
    } catch (error) {
      this.logger.warn({ err: error }, 'redis reconnect probe failed');
      return; // the next reconnect tries again
    }
    this.logger.info({ streams: this.listeners.streamCount }, 'redis reconnected; subscribers catch up');
    this.resync();
  }

  private resync(): void {
    for (const listener of this.resyncListeners) listener();
  }

  publish(message: BusMessage): void {
    this.listeners.deliver(message);
    const streamId = message.kind === 'event' ? message.event.streamId : message.signal.streamId;
    // Not awaited: while Redis is away node-redis queues the publish, and the
    // caller's commit already happened. Subscribers elsewhere catch up on reconnect.
    this.publisher.publish(channelFor(streamId), JSON.stringify(message)).catch((error: unknown) => {
      this.logger.warn({ err: error, streamId }, 'redis publish failed');
    });
  }

  async subscribe(streamId: string, listener: BusListener): Promise<() => void> {
    if (this.listeners.add(streamId, listener)) {
      const confirmed = this.subscriber.subscribe(channelFor(streamId), this.onMessage);
      try {
        await answerWithin(confirmed, SUBSCRIBE_WAIT_MS);
      } catch (error) {
        if (!(error instanceof RedisSilentError)) throw error;
        // Connected but silent: go on without it (the subscriber replays from the log), and once Redis
        // confirms, every subscriber catches up on what was published before the subscription took hold.
        this.logger.warn({ streamId }, 'redis is slow to confirm a subscription; going on from the log');
        confirmed.then(
          () => this.resync(),
          () => undefined, // a reconnect re-subscribes and catches up by itself
        );
      }
    }
    return () => {
      if (this.listeners.remove(streamId, listener) && !this.closed) {
        this.subscriber.unsubscribe(channelFor(streamId), this.onMessage).catch((error: unknown) => {
          this.logger.warn({ err: error, streamId }, 'redis unsubscribe failed');
        });
      }
    };
  }

  private readonly onMessage = (raw: string): void => {
    let message: BusMessage;
    try {
      message = JSON.parse(raw) as BusMessage;
    } catch (error) {
      this.logger.warn({ err: error }, 'dropped a malformed bus message');
      return;
    }
    if (message.origin === this.options.instanceId) return; // already delivered locally
    this.listeners.deliver(message);
  };

  onResync(listener: () => void): () => void {
    this.resyncListeners.add(listener);
    return () => void this.resyncListeners.delete(listener);
  }

  async isReady(): Promise<boolean> {
    if (!this.publisher.isReady || !this.subscriber.isReady) return false;
    try {
      await answerWithin(this.publisher.ping(), 1_000);
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([this.publisher.close(), this.subscriber.close()]);
  }
}
