import type { BusMessage } from './types.js';

export type BusListener = (message: BusMessage) => void;

/**
 * Fans stream items out to every instance. It is at-most-once: Postgres is the
 * truth, and subscribers repair what the bus loses (see subscription.ts).
 */
export interface EventBus {
  /** Delivers to this instance's listeners at once and to other instances through the bus. */
  publish(message: BusMessage): void;
  /** Resolves once the subscription is in place, so nothing published after that is missed. */
  subscribe(streamId: string, listener: BusListener): Promise<() => void>;
  /** Called whenever messages may have been lost (the bus reconnected), so subscribers catch up. */
  onResync(listener: () => void): () => void;
  /** Whether the bus can deliver to other instances right now (for /readyz). */
  isReady(): Promise<boolean>;
  close(): Promise<void>;
}

/** The one place channel names are made. */
export function channelFor(streamId: string): string {
  return `mentorspace:stream:${streamId}`;
}

/** Local listeners per stream, shared by both bus implementations. */
export class ListenerRegistry {
  private readonly byStream = new Map<string, Set<BusListener>>();

  /** Returns true when this is the stream's first listener. */
  add(streamId: string, listener: BusListener): boolean {
    let set = this.byStream.get(streamId);
    const first = !set;
    if (!set) this.byStream.set(streamId, (set = new Set()));
    set.add(listener);
    return first;
  }

  /** Returns true when the stream has no listeners left. */
  remove(streamId: string, listener: BusListener): boolean {
    const set = this.byStream.get(streamId);
    if (!set) return false;
    set.delete(listener);
    if (set.size > 0) return false;
    this.byStream.delete(streamId);
    return true;
  }

  deliver(message: BusMessage): void {
    const streamId = message.kind === 'event' ? message.event.streamId : message.signal.streamId;
    for (const listener of this.byStream.get(streamId) ?? []) listener(message);
  }

  get streamCount(): number {
    return this.byStream.size;
  }
}
