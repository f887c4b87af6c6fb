import type { StoredEvent } from './types.js';
import type { EventWithRow } from './stream-log.js';

type Stored = { event: StoredEvent; row: unknown } | null;
type Waiting = { item: EventWithRow; resolve: (stored: Stored) => void; reject: (error: unknown) => void };

/** At most this many appends share a statement. */
export const GROUP_COMMIT_MAX = 64;

/**
 * Group commit for the one-statement appends (`Realtime.appendWithRow`): the
 * appends asked for in one turn of the event loop go to Postgres together,
 * one statement and one commit for the lot. Under load a turn gathers many
 * (the busier the instance, the more each round trip carries); when it is
 * quiet an append waits at most that one turn.
 *
 * A group holds one append per stream (a statement cannot take a stream's
 * next seq twice), so a turn's second append to a stream goes in the next
 * group, after the first is stored: a stream's appends keep their order. If a
 * group's statement fails (one append's row breaks a constraint, say), nothing
 * of it was written, and each append is tried again alone, so only the one at
 * fault fails. Each group locks its streams in id order, so two groups in
 * flight at once (two instances) cannot deadlock on each other.
 */
export class GroupCommit {
  private waiting: Waiting[] = [];
  private scheduled = false;

  constructor(private readonly write: (items: EventWithRow[]) => Promise<Stored[]>) {}

  append(item: EventWithRow): Promise<Stored> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    const waiting = this.waiting;
    this.waiting = [];
    this.scheduled = false;
    for (const group of groups(waiting)) await this.commit(group);
  }

  private async commit(group: Waiting[]): Promise<void> {
    try {
      const stored = await this.write(group.map((w) => w.item));
      group.forEach((w, i) => w.resolve(stored[i] ?? null));
    } catch (error) {
      if (group.length === 1) return group[0]!.reject(error);
      // Nothing of the group was written: each goes again alone, and only the ones at fault fail.
      await Promise.all(group.map((w) => this.write([w.item]).then(([stored]) => w.resolve(stored ?? null), w.reject)));
    }
  }
}

/** Splits a turn's appends into groups of distinct streams, each sorted by stream id, keeping each stream's order. */
function groups(waiting: Waiting[]): Waiting[][] {
  const result: { members: Waiting[]; streams: Set<string> }[] = [];
  for (const w of waiting) {
    let group = result.find((g) => g.members.length < GROUP_COMMIT_MAX && !g.streams.has(w.item.streamId));
    if (!group) result.push((group = { members: [], streams: new Set() }));
    group.members.push(w);
    group.streams.add(w.item.streamId);
  }
  return result.map((g) => g.members.sort((a, b) => (a.item.streamId < b.item.streamId ? -1 : a.item.streamId > b.item.streamId ? 1 : 0)));
}
