import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One live space (a session's chat, a goal board, a user's notifications).
 * `lastSeq` is the row every writer locks to take the next sequence number,
 * which is what keeps seqs gap-free under concurrent appends.
 */
@Entity({ tableName: 'streams' })
export class Stream {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: new BigIntType('number'), default: 0 })
  lastSeq!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt!: Date;
}
