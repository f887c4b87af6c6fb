import { BigIntType, Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** An event on a stream. `(streamId, seq)` is unique and seqs have no gaps. */
@Entity({ tableName: 'stream_events' })
@Unique({ properties: ['streamId', 'seq'] })
@Index({ properties: ['createdAt'] })
export class StreamEvent {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  streamId!: string;

  @Property({ type: new BigIntType('number') })
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
