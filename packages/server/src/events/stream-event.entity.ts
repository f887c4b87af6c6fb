import { BigIntType, Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/**
 * An event on a stream; seqs have no gaps. `(streamId, seq)` is the key and the
 * only index: every read of the log is by stream from a seq, and each index is
 * one more write per event on the hottest insert there is.
 */
@Entity({ tableName: 'stream_events' })
export class StreamEvent {
  [PrimaryKeyProp]?: ['streamId', 'seq'];

  @PrimaryKey({ type: 'text' })
  streamId!: string;

  @PrimaryKey({ type: new BigIntType('number') })
  seq!: number;

  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'jsonb' })
  payload!: unknown;

  @Property({ type: 'text', nullable: true })
  actorId?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt!: Date;
}
