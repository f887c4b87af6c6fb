import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { globalId, Node, nodeType } from '../../graphql/relay/node.js';
import { User } from '../accounts/user.entity.js';
import { MentorshipStatus } from './mentorship.types.js';

/**
 * A mentor and a mentee working together, from an accepted request or a
 * program admin's match. At most one open mentorship per pair (a partial
 * unique index in the migration).
 */
@Entity({ tableName: 'mentorships' })
@Unique({
  name: 'mentorships_one_open_per_pair',
  expression: `create unique index "mentorships_one_open_per_pair" on "mentorships" ("mentor_uuid", "mentee_uuid") where "status" in ('PENDING_AGREEMENT', 'ACTIVE', 'PAUSED')`,
})
@ObjectType('Mentorship', { implements: Node, description: 'A mentor and a mentee working together.' })
@nodeType('Mentorship')
export class Mentorship implements Node {
  [OptionalProps]?: 'uuid' | 'status' | 'startedAt' | 'endedAt' | 'endReason' | 'createdAt' | 'programUuid' | 'id';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @Field(() => ID, { description: 'Opaque global id.' })
  get id(): string {
    return globalId('Mentorship', this.uuid);
  }

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  @Index()
  mentor!: Ref<User>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  @Index()
  mentee!: Ref<User>;

  @Field(() => MentorshipStatus, { description: 'Where it stands.' })
  @Enum({ items: () => MentorshipStatus })
  status: MentorshipStatus = MentorshipStatus.PENDING_AGREEMENT;

  /** The program it belongs to; null for informal mentorships. */
  @Property({ type: 'uuid', nullable: true })
  programUuid: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When both first acknowledged an agreement.' })
  @Property({ type: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was completed or cancelled; null while it goes on.' })
  @Property({ type: 'timestamptz', nullable: true })
  endedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why it ended (early completion or cancellation).' })
  @Property({ type: 'text', nullable: true })
  endReason: string | null = null;

  @Field(() => Date, { description: 'When the pair was matched.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
