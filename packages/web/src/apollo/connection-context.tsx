import { createContext, use, useSyncExternalStore, type ReactNode } from 'react';
import type { ConnectionState, ConnectionStore } from './connection-state';

export interface ConnectionContextValue {
  store: ConnectionStore;
  /** Skips the reconnect backoff and tries now. */
  retryNow(): void;
}

const ConnectionContext = createContext<ConnectionContextValue | null>(null);

export function ConnectionProvider({ value, children }: { value: ConnectionContextValue; children: ReactNode }) {
  return <ConnectionContext value={value}>{children}</ConnectionContext>;
}

function useConnectionContext(): ConnectionContextValue {
  const value = use(ConnectionContext);
  if (!value) throw new Error('useConnectionState needs a <ConnectionProvider> above it.');
  return value;
}

/** The live connection's state; re-renders on every change. */
export function useConnectionState(): ConnectionState {
  const { store } = useConnectionContext();
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}

/** Ends the reconnect backoff wait and tries now. */
export function useRetryConnection(): () => void {
  return useConnectionContext().retryNow;
}

/** The connection's store itself, for code that acts on changes (resubscribing after a reconnect). */
export function useConnectionStore(): ConnectionStore {
  return useConnectionContext().store;
}
