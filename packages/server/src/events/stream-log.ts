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

/**
 * Appends an event and the caller's own row in one statement (its own
 * transaction): `row.sql` is an `insert … select … from appended returning …`,
 * where `appended` holds the new event (`seq`, `created_at`). Both are written
 * or, if either fails, neither, and the seq is given back. Null when
 * `row.guard` (a condition, checked in the same statement) does not hold.
 */
export async function insertEventWithRow<Row>(
  em: EntityManager,
  streamId: string,
  type: string,
  payload: unknown,
  actorId: string | null,
  row: { sql: string; params: unknown[]; guard?: { sql: string; params: unknown[] } },
): Promise<{ event: StoredEvent; row: Row } | null> {
  const guard = row.guard ?? { sql: 'true', params: [] };
  const rows = await em.execute<(EventRow & { row: Row })[]>(
    `with next as (
       insert into streams (id, last_seq) select ?, 1 where ${guard.sql}
       on conflict (id) do update set last_seq = streams.last_seq + 1
       returning last_seq
     ), appended as (
       insert into stream_events (stream_id, seq, type, payload, actor_id)
       select ?, last_seq, ?, ?::jsonb, ? from next
       returning stream_id, seq, type, payload, actor_id, created_at
     ), row as (${row.sql})
     select appended.*, to_jsonb(row) as row from appended, row`,
    [streamId, ...guard.params, streamId, type, JSON.stringify(payload ?? null), actorId, ...row.params],
  );
  return rows[0] ? { event: toStoredEvent(rows[0]), row: rows[0].row } : null;
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

/** Several streams' latest seqs in one statement, in the order asked (0 for a stream never appended to). */
export async function headSeqs(em: EntityManager, streamIds: readonly string[]): Promise<number[]> {
  const rows = await em.execute<{ id: string; last_seq: string }[]>(`select id, last_seq from streams where id in (?)`, [[...new Set(streamIds)]]);
  const heads = new Map(rows.map((row) => [row.id, Number(row.last_seq)]));
  return streamIds.map((id) => heads.get(id) ?? 0);
}
