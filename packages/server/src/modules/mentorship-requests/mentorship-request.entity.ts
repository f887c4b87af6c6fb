import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { globalId, Node, nodeType } from '../../graphql/relay/node.js';
import { User } from '../accounts/user.entity.js';
import { MenteeGoal, MeetingCadence } from '../needs-assessments/needs-assessment.types.js';
import { MentorshipRequestStatus, RequestExchange } from './mentorship-request.types.js';

/**
 * A mentee asking a mentor. One open request per pair (a partial unique index
 * in the migration); the mentee's client id makes a retried send idempotent.
 */
@Entity({ tableName: 'mentorship_requests' })
@Unique({ properties: ['mentee', 'clientMutationId'] })
@Unique({
  name: 'mentorship_requests_one_open_per_pair',
  expression: `create unique index "mentorship_requests_one_open_per_pair" on "mentorship_requests" ("mentee_uuid", "mentor_uuid") where "status" in ('PENDING', 'INFO_REQUESTED')`,
})
@ObjectType('MentorshipRequest', { implements: Node, description: 'A mentee asking a mentor to mentor them.' })
@nodeType('MentorshipRequest')
export class MentorshipRequest implements Node {
  [OptionalProps]?:
    | 'uuid'
    | 'status'
    | 'declineReason'
    | 'exchanges'
    | 'respondedAt'
    | 'decidedAt'
    | 'mentorshipUuid'
    | 'createdAt'
    | 'proposedCadence'
    | 'id';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @Field(() => ID, { description: 'Opaque global id.' })
  get id(): string {
    return globalId('MentorshipRequest', this.uuid);
  }

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  @Index()
  mentee!: Ref<User>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  @Index()
  mentor!: Ref<User>;

  @Field(() => String, { description: "The mentee's personal message." })
  @Property({ type: 'text' })
  message!: string;

  @Field(() => [MenteeGoal], { description: "The mentee's goals, as they were when the request was sent." })
  @Property({ type: 'json' })
  goals!: MenteeGoal[];

  @Field(() => MeetingCadence, { nullable: true, description: 'How often the mentee proposes to meet; null when not said.' })
  @Enum({ items: () => MeetingCadence, nullable: true })
  proposedCadence: MeetingCadence | null = null;

  @Field(() => MentorshipRequestStatus, { description: 'Where the request stands.' })
  @Enum({ items: () => MentorshipRequestStatus })
  status: MentorshipRequestStatus = MentorshipRequestStatus.PENDING;

  @Field(() => String, { nullable: true, description: 'Why the mentor declined; null unless DECLINED.' })
  @Property({ type: 'text', nullable: true })
  declineReason: string | null = null;

  @Field(() => [RequestExchange], { description: "The mentor's questions and the mentee's answers, oldest first." })
  @Property({ type: 'json' })
  exchanges: RequestExchange[] = [];

  @Property({ type: 'text' })
  clientMutationId!: string;

  @Field(() => Date, { description: 'It expires then unless answered.' })
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: "The mentor's first answer of any kind." })
  @Property({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was accepted, declined, withdrawn or expired.' })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  /** The mentorship an acceptance created. */
  @Property({ type: 'uuid', nullable: true })
  mentorshipUuid: string | null = null;

  @Field(() => Date, { description: 'When it was sent.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
