import type { ConnectionState } from '../apollo';

/** The indicator's visible text: the e2e tests and screen readers rely on these exact strings. */
export const CONNECTION_LABELS: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};

/** The dot's colour for each state; the text always says the same, so colour is never the only cue. */
export const CONNECTION_COLORS: Record<ConnectionState, string> = {
  connecting: 'blue',
  connected: 'spruce',
  reconnecting: 'orange',
  offline: 'red',
};
