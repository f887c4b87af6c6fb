import { describe, expect, it, vi } from 'vitest';
import {
  connectionStateOf,
  createConnectionStore,
  initialConnectionModel,
  reduceConnection,
  transition,
  type ConnectionEvent,
  type ConnectionModel,
  type ConnectionState,
} from './connection-state';

const connecting: ConnectionEvent = { type: 'socket-connecting' };
const connected: ConnectionEvent = { type: 'socket-connected' };
const closed: ConnectionEvent = { type: 'socket-closed' };
const error: ConnectionEvent = { type: 'socket-error' };
const online: ConnectionEvent = { type: 'browser-online' };
const offline: ConnectionEvent = { type: 'browser-offline' };

/** The shown state after each event, starting online. */
function statesAfter(events: ConnectionEvent[], start: ConnectionModel = initialConnectionModel(true)): ConnectionState[] {
  const states: ConnectionState[] = [];
  let model = start;
  for (const event of events) {
    model = transition(model, event);
    states.push(connectionStateOf(model));
  }
  return states;
}

describe('connection state machine', () => {
  it('starts as connecting when the browser is online, offline when it is not', () => {
    expect(connectionStateOf(initialConnectionModel(true))).toBe('connecting');
    expect(connectionStateOf(initialConnectionModel(false))).toBe('offline');
  });

  it('goes connecting → connected on the first successful attempt', () => {
    expect(statesAfter([connecting, connected])).toEqual(['connecting', 'connected']);
  });

  it('reconnects, not connects, once a connection was lost', () => {
    expect(statesAfter([connecting, connected, closed, connecting, connected])).toEqual([
      'connecting',
      'connected',
      'reconnecting',
      'reconnecting',
      'connected',
    ]);
  });

  it('calls it reconnecting when the very first attempt fails', () => {
    expect(statesAfter([connecting, closed, connecting])).toEqual(['connecting', 'reconnecting', 'reconnecting']);
  });

  it('treats an error during an attempt as a failed attempt', () => {
    expect(statesAfter([connecting, error])).toEqual(['connecting', 'reconnecting']);
    expect(statesAfter([connecting, error, closed])).toEqual(['connecting', 'reconnecting', 'reconnecting']);
  });

  it('waits for the close when an open socket reports an error', () => {
    expect(statesAfter([connecting, connected, error])).toEqual(['connecting', 'connected', 'connected']);
    expect(statesAfter([connecting, connected, error, closed])).toEqual([
      'connecting',
      'connected',
      'connected',
      'reconnecting',
    ]);
  });

  it('shows offline whatever the socket does while the browser is offline', () => {
    expect(statesAfter([connecting, connected, offline, closed, connecting, closed])).toEqual([
      'connecting',
      'connected',
      'offline',
      'offline',
      'offline',
      'offline',
    ]);
  });

  it('comes back as connected when the socket survived a short offline spell', () => {
    expect(statesAfter([connecting, connected, offline, online])).toEqual([
      'connecting',
      'connected',
      'offline',
      'connected',
    ]);
  });

  it('comes back as reconnecting when the socket was lost while offline', () => {
    expect(statesAfter([connecting, connected, offline, closed, online, connecting, connected])).toEqual([
      'connecting',
      'connected',
      'offline',
      'offline',
      'reconnecting',
      'reconnecting',
      'connected',
    ]);
  });

  it('reports reconnecting after a page opened offline comes online and its attempts had failed', () => {
    const start = initialConnectionModel(false);
    expect(statesAfter([connecting, closed, online, connecting, connected], start)).toEqual([
      'offline',
      'offline',
      'reconnecting',
      'reconnecting',
      'connected',
    ]);
  });

  it('is still connecting when a page opened offline comes online before any attempt ended', () => {
    expect(statesAfter([online], initialConnectionModel(false))).toEqual(['connecting']);
  });

  it('returns the same model for events that change nothing', () => {
    const open = reduceConnection(initialConnectionModel(true), [connecting, connected]);
    expect(transition(open, connected)).toBe(open);
    expect(transition(open, online)).toBe(open);
    expect(transition(open, error)).toBe(open);
    const down = transition(open, closed);
    expect(transition(down, closed)).toBe(down);
    expect(transition(down, error)).toBe(down);
  });

  it('never mutates the model it is given', () => {
    const model = Object.freeze(initialConnectionModel(true));
    expect(() => reduceConnection(model, [connecting, connected, closed, offline, online])).not.toThrow();
    expect(model).toEqual({ online: true, socket: 'idle', interrupted: false });
  });
});

describe('connection store', () => {
  it('notifies listeners only when the shown state changes', () => {
    const store = createConnectionStore();
    const listener = vi.fn();
    store.subscribe(listener);

    store.dispatch(connecting); // still "connecting"
    expect(listener).not.toHaveBeenCalled();

    store.dispatch(connected);
    expect(listener).toHaveBeenLastCalledWith('connected', 'connecting');
    expect(store.getState()).toBe('connected');

    store.dispatch(error); // an open socket's error alone changes nothing
    store.dispatch(closed);
    expect(listener).toHaveBeenLastCalledWith('reconnecting', 'connected');

    store.dispatch(connecting); // another attempt: still "reconnecting"
    store.dispatch(offline);
    expect(listener).toHaveBeenLastCalledWith('offline', 'reconnecting');
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('keeps a stable snapshot between changes and stops notifying after unsubscribe', () => {
    const store = createConnectionStore(initialConnectionModel(false));
    expect(store.getState()).toBe('offline');
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.dispatch(online);
    expect(store.getState()).toBe('connecting');
    unsubscribe();
    store.dispatch(connecting);
    store.dispatch(connected);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getState()).toBe('connected');
  });
});
