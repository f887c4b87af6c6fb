/**
 * The live connection's state as the app shows it: a pure state machine fed by
 * graphql-ws events and the browser's online/offline events, and a tiny store
 * around it that React reads with `useSyncExternalStore`.
 */

/** What the user is told about live updates. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export const CONNECTION_STATES: readonly ConnectionState[] = ['connecting', 'connected', 'reconnecting', 'offline'];

/** Everything that moves the machine. */
export type ConnectionEvent =
  /** graphql-ws began an attempt (`connecting` event). */
  | { type: 'socket-connecting' }
  /** The server acknowledged the connection (`connected` event). */
  | { type: 'socket-connected' }
  /** The socket closed, cleanly or not (`closed` event). */
  | { type: 'socket-closed' }
  /** The socket reported an error (`error` event); a close follows when it was open. */
  | { type: 'socket-error' }
  /** The browser gained or lost its network (`online` / `offline`, `navigator.onLine`). */
  | { type: 'browser-online' }
  | { type: 'browser-offline' };

/** What the machine remembers; the shown state is derived from it. */
export interface ConnectionModel {
  /** The browser's own view of the network (`navigator.onLine`). */
  readonly online: boolean;
  /** The WebSocket: not tried yet, an attempt in flight, acknowledged, or down and waiting to retry. */
  readonly socket: 'idle' | 'connecting' | 'open' | 'down';
  /** An attempt has failed or an open connection was lost: from then on we are reconnecting, not connecting. */
  readonly interrupted: boolean;
}

export function initialConnectionModel(online: boolean): ConnectionModel {
  return { online, socket: 'idle', interrupted: false };
}

/** The next model after an event. Returns the same object when nothing changes. */
export function transition(model: ConnectionModel, event: ConnectionEvent): ConnectionModel {
  switch (event.type) {
    case 'socket-connecting':
      return model.socket === 'connecting' ? model : { ...model, socket: 'connecting' };
    case 'socket-connected':
      return model.socket === 'open' ? model : { ...model, socket: 'open' };
    case 'socket-closed':
      if (model.socket === 'down') return model;
      return { ...model, socket: 'down', interrupted: true };
    case 'socket-error':
      // An error on an open socket is always followed by its close, which decides;
      // acting on the error alone could report an outage the socket survives.
      if (model.socket === 'open' || model.socket === 'down') return model;
      return { ...model, socket: 'down', interrupted: true };
    case 'browser-online':
      return model.online ? model : { ...model, online: true };
    case 'browser-offline':
      return model.online ? { ...model, online: false } : model;
  }
}

/** The state shown for a model. */
export function connectionStateOf(model: ConnectionModel): ConnectionState {
  if (!model.online) return 'offline';
  if (model.socket === 'open') return 'connected';
  return model.interrupted ? 'reconnecting' : 'connecting';
}

/** Folds a sequence of events; handy for tests and replaying logs. */
export function reduceConnection(model: ConnectionModel, events: readonly ConnectionEvent[]): ConnectionModel {
  return events.reduce(transition, model);
}

export type ConnectionListener = (state: ConnectionState, previous: ConnectionState) => void;

export interface ConnectionStore {
  /** The current state; stable between changes, as `useSyncExternalStore` needs. */
  getState(): ConnectionState;
  /** Called after every change of the shown state; returns the unsubscriber. */
  subscribe(listener: ConnectionListener): () => void;
  dispatch(event: ConnectionEvent): void;
}

export function createConnectionStore(model: ConnectionModel = initialConnectionModel(true)): ConnectionStore {
  let current = model;
  let state = connectionStateOf(current);
  const listeners = new Set<ConnectionListener>();
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    dispatch(event) {
      const next = transition(current, event);
      if (next === current) return;
      current = next;
      const previous = state;
      state = connectionStateOf(current);
      if (state === previous) return;
      for (const listener of [...listeners]) listener(state, previous);
    },
  };
}

/** Feeds the browser's online/offline events into a store; returns the cleanup. */
export function watchBrowserNetwork(store: ConnectionStore, target: Window = window): () => void {
  const online = () => store.dispatch({ type: 'browser-online' });
  const offline = () => store.dispatch({ type: 'browser-offline' });
  target.addEventListener('online', online);
  target.addEventListener('offline', offline);
  return () => {
    target.removeEventListener('online', online);
    target.removeEventListener('offline', offline);
  };
}
