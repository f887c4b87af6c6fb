import { ListenerRegistry, type EventBus, type BusListener } from './bus.js';
import type { BusMessage } from './types.js';

/** The bus for a single instance (no REDIS_URL): delivery stays in this process. */
export class MemoryBus implements EventBus {
  private readonly listeners = new ListenerRegistry();

  publish(message: BusMessage): void {
    this.listeners.deliver(message);
  }

  async subscribe(streamId: string, listener: BusListener): Promise<() => void> {
    this.listeners.add(streamId, listener);
    return () => void this.listeners.remove(streamId, listener);
  }

  onResync(): () => void {
    return () => {};
  }

  async isReady(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {}
}
