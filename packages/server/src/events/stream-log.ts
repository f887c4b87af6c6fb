import type { EntityManager } from '@mikro-orm/postgresql';
import type { StoredEvent } from './types.js';

type EventRow = {
  stream_id: string;
  seq: string | number;
  type: string;
  payload: unknown;
  actor_id: string | null;
  created_at: Date | string;
};

const toStoredEvent = (row: EventRow): StoredEvent => ({
  streamId: row.stream_id,
  seq: Number(row.seq),
  type: row.type,
  payload: row.payload,
  actorId: row.actor_id,
  createdAt: new Date(row.created_at).toISOString(),
});

/**
 * Appends an event inside the caller's transaction. Taking the next seq is an
 * upsert on the stream's row, so concurrent writers queue on that row lock and
 * a rolled-back transaction gives its seq back: seqs stay gap-free.
 */
export async function insertEvent(
  em: EntityManager,
  streamId: string,
  type: string,
  payload: unknown,
  actorId: string | null,
): Promise<StoredEvent> {
  const rows = await em.execute<EventRow[]>(
    `with next as (
       insert into streams (id, last_seq) values (?, 1)
       on conflict (id) do update set last_seq = streams.last_seq + 1
       returning last_seq
     )
     insert into stream_events (stream_id, seq, type, payload, actor_id)
     select ?, last_seq, ?, ?::jsonb, ? from next
     returning stream_id, seq, type, payload, actor_id, created_at`,
    [streamId, streamId, type, JSON.stringify(payload ?? null), actorId],
  );
  return toStoredEvent(rows[0]!);
}

/** Stored events with `seq > after`, oldest first. */
export async function readEventsAfter(
  em: EntityManager,
  streamId: string,
  after: number,
  limit: number,
): Promise<StoredEvent[]> {
  const rows = await em.execute<EventRow[]>(
    `select stream_id, seq, type, payload, actor_id, created_at
       from stream_events where stream_id = ? and seq > ? order by seq limit ?`,
    [streamId, after, limit],
  );
  return rows.map(toStoredEvent);
}

/** The stream's latest seq (0 when nothing was ever appended). */
export async function headSeq(em: EntityManager, streamId: string): Promise<number> {
  const rows = await em.execute<{ last_seq: string }[]>(`select last_seq from streams where id = ?`, [streamId]);
  return rows[0] ? Number(rows[0].last_seq) : 0;
}
