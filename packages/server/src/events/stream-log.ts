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

/** The caller's own row, written with its event (see `insertEventsWithRows`). */
export type EventRowSpec = {
  /** `insert … select … from ${appended} returning …`: `appended` names the new event (`seq`, `created_at`). */
  sql: (appended: string) => string;
  params: unknown[];
  /** A condition checked in the same statement; when it does not hold, neither the event nor the row is written. */
  guard?: { sql: string; params: unknown[] };
};

/** One event to append with its row. */
export type EventWithRow = { streamId: string; type: string; payload: unknown; actorId: string | null; row: EventRowSpec };

/**
 * Appends events, each with the caller's own row, in one statement (its own
 * transaction): one round trip and one commit for all of them. Each item is
 * null when its guard does not hold; if any insert fails, nothing at all is
 * written and every seq is given back. No two items may share a stream (the
 * statement would take the same stream's next seq twice).
 */
export async function insertEventsWithRows<Row>(em: EntityManager, items: readonly EventWithRow[]): Promise<({ event: StoredEvent; row: Row } | null)[]> {
  const steps: string[] = [];
  const results: string[] = [];
  const params: unknown[] = [];
  items.forEach((item, i) => {
    const guard = item.row.guard ?? { sql: 'true', params: [] };
    steps.push(`next_${i} as (
       insert into streams (id, last_seq) select ?, 1 where ${guard.sql}
       on conflict (id) do update set last_seq = streams.last_seq + 1
       returning last_seq
     ), appended_${i} as (
       insert into stream_events (stream_id, seq, type, payload, actor_id)
       select ?, last_seq, ?, ?::jsonb, ? from next_${i}
       returning stream_id, seq, type, payload, actor_id, created_at
     ), row_${i} as (${item.row.sql(`appended_${i}`)})`);
    params.push(item.streamId, ...guard.params, item.streamId, item.type, JSON.stringify(item.payload ?? null), item.actorId, ...item.row.params);
    results.push(`select ${i} as item, appended_${i}.*, to_jsonb(row_${i}) as row from appended_${i}, row_${i}`);
  });
  const rows = await em.execute<(EventRow & { item: number; row: Row })[]>(`with ${steps.join(', ')} ${results.join(' union all ')}`, params);
  const byItem = new Map(rows.map((row) => [Number(row.item), row]));
  return items.map((_, i) => {
    const row = byItem.get(i);
    return row ? { event: toStoredEvent(row), row: row.row } : null;
  });
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
