/** An event as stored in the stream log and as delivered to subscribers. */
export type StoredEvent = {
  streamId: string;
  /** Gap-free per stream, starting at 1. */
  seq: number;
  type: string;
  payload: unknown;
  actorId: string | null;
  /** ISO 8601; kept as a string because it travels through Redis as JSON. */
  createdAt: string;
};

/** An ephemeral signal (presence, typing): delivered live, never stored, no seq. */
export type Signal = {
  streamId: string;
  type: string;
  payload: unknown;
  actorId: string | null;
  sentAt: string;
};

export type StreamItem = { kind: 'event'; event: StoredEvent } | { kind: 'signal'; signal: Signal };

/** What travels on the bus: a stream item plus the instance that published it. */
export type BusMessage = StreamItem & { origin: string };

/** What a subscription hands out: a stream item, and for an event whether it came live from the bus or was read from the log. */
export type DeliveredItem = { kind: 'event'; event: StoredEvent; source: 'live' | 'log' } | { kind: 'signal'; signal: Signal };
