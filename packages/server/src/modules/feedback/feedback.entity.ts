import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { globalId, Node, nodeType } from '../../graphql/relay/node.js';
import { User } from '../accounts/user.entity.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';

export enum FeedbackContext {
  SESSION = 'SESSION',
  REVIEW = 'REVIEW',
  GENERAL = 'GENERAL',
}
registerEnumType(FeedbackContext, {
  name: 'FeedbackContext',
  description: 'What the feedback is about.',
  valuesConfig: {
    SESSION: { description: 'A live session; `contextId` names it.' },
    REVIEW: { description: 'A progress review; `contextId` names it.' },
    GENERAL: { description: 'The mentorship as a whole.' },
  },
});

@ObjectType({ description: 'Ratings from 1 (poor) to 5 (excellent).' })
export class FeedbackRatings {
  @Field(() => Int, { description: 'How helpful the other person was.' }) helpfulness!: number;
  @Field(() => Int, { description: 'How clearly they communicated.' }) clarity!: number;
  @Field(() => Int, { description: 'How well prepared they came.' }) preparation!: number;
  @Field(() => Int, { description: 'How well they listened.' }) listening!: number;
}

/** Feedback one of the pair gives the other, after a session or review. Seen only by the two of them. */
@Entity({ tableName: 'feedback' })
@Unique({ properties: ['mentorship', 'giver', 'context', 'contextId'] })
@ObjectType('Feedback', { implements: Node, description: 'Feedback from one person of a mentorship to the other.' })
@nodeType('Feedback')
export class Feedback implements Node {
  [OptionalProps]?: 'uuid' | 'createdAt' | 'id' | 'comment' | 'learned' | 'contextId';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @Field(() => ID, { description: 'Opaque global id.' })
  get id(): string {
    return globalId('Feedback', this.uuid);
  }

  @ManyToOne(() => Mentorship, { ref: true, deleteRule: 'cascade' })
  @Index()
  mentorship!: Ref<Mentorship>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  giver!: Ref<User>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  receiver!: Ref<User>;

  @Field(() => FeedbackContext, { description: 'What it is about.' })
  @Enum({ items: () => FeedbackContext })
  context!: FeedbackContext;

  @Field(() => ID, { description: 'The session or review it follows; empty for general feedback.' })
  @Property({ type: 'text' })
  contextId: string = '';

  @Field(() => FeedbackRatings, { description: 'The ratings, 1 (poor) to 5 (excellent).' })
  @Property({ type: 'json' })
  ratings!: FeedbackRatings;

  @Field(() => String, { description: 'A comment in the giver\'s words; may be empty.' })
  @Property({ type: 'text' })
  comment: string = '';

  @Field(() => String, { description: 'What the mentor learned (mentoring is mutual); empty from mentees.' })
  @Property({ type: 'text' })
  learned: string = '';

  @Field(() => Date, { description: 'When it was given.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
