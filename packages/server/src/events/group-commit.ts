import type { StoredEvent } from './types.js';
import { rowKindOf, type EventWithRow } from './stream-log.js';

type Waiting = { item: EventWithRow; kind: string; resolve: (stored: StoredEvent | null) => void; reject: (error: unknown) => void };

/** At most this many appends share a statement. */
export const GROUP_COMMIT_MAX = 64;
/** At most this many group statements of one instance in flight at once: one, so that what arrives meanwhile makes the next one bigger (two in flight made groups half the size and cost Postgres more per message). */
export const GROUP_COMMIT_IN_FLIGHT = 1;

/**
 * Group commit for the one-statement appends (`Realtime.appendWithRow`): the
 * appends waiting to be written go to Postgres together, one statement and
 * one commit for the lot. When it is quiet an append waits one turn of the
 * event loop; under load, while `GROUP_COMMIT_IN_FLIGHT` statements are
 * being written, the appends that arrive meanwhile wait and go together in
 * the next one. So the busier the instance, the more each statement and each
 * commit carries, instead of more statements queueing for Postgres at once.
 *
 * A group holds appends of one kind (the same row SQL), one per stream (a
 * statement cannot take a stream's next seq twice), and none of a stream that
 * a statement in flight is writing: a stream's appends are written one after
 * the other, in the order asked. If a group's statement fails (one append's
 * row breaks a constraint, say), nothing of it was written, and each append
 * is tried again alone, so only the one at fault fails.
 */
export class GroupCommit {
  private waiting: Waiting[] = [];
  private readonly writing = new Set<string>();
  private inFlight = 0;
  private scheduled = false;

  constructor(private readonly write: (items: EventWithRow[]) => Promise<(StoredEvent | null)[]>) {}

  append(item: EventWithRow): Promise<StoredEvent | null> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, kind: rowKindOf(item.row), resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        this.pump();
      });
    });
  }

  /** Starts statements while there is room in flight and appends that may go. */
  private pump(): void {
    while (this.inFlight < GROUP_COMMIT_IN_FLIGHT) {
      const group = this.takeGroup();
      if (!group.length) return;
      this.inFlight++;
      for (const w of group) this.writing.add(w.item.streamId);
      void this.commit(group).finally(() => {
        this.inFlight--;
        for (const w of group) this.writing.delete(w.item.streamId);
        this.pump();
      });
    }
  }

  /** The oldest waiting appends that may go together; the rest keep their place. */
  private takeGroup(): Waiting[] {
    const group: Waiting[] = [];
    const streams = new Set<string>();
    const rest: Waiting[] = [];
    for (const w of this.waiting) {
      const { streamId } = w.item;
      // Once a stream has one append held back, its later ones stay behind it too.
      const fits = group.length < GROUP_COMMIT_MAX && (!group.length || w.kind === group[0]!.kind) && !streams.has(streamId) && !this.writing.has(streamId);
      if (fits) group.push(w);
      else rest.push(w);
      streams.add(streamId);
    }
    this.waiting = rest;
    return group;
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
