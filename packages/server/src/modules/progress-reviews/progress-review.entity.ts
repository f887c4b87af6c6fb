import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { globalId, Node, nodeType } from '../../graphql/relay/node.js';
import { User } from '../accounts/user.entity.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';

@ObjectType({ description: "A goal's progress when a review was written." })
export class GoalProgressSnapshot {
  @Field(() => ID, { description: 'The `Goal` id.' }) goalId!: string;
  @Field(() => String, { description: 'Its title then.' }) title!: string;
  @Field(() => Int, { description: 'Its progress then, 0 to 100.' }) percent!: number;
}

@ObjectType({ description: "One person's rating of the period a review covers." })
export class ReviewRating {
  @Field(() => ID, { description: 'The `User` id of who rated.' }) userId!: string;
  @Field(() => Int, { description: '1 to 5.' }) rating!: number;
}

/** A periodic look back at progress: a snapshot of every goal, what went well, what to change, next steps, and both ratings. */
@Entity({ tableName: 'progress_reviews' })
@ObjectType('ProgressReview', { implements: Node, description: 'A periodic progress review of a mentorship.' })
@nodeType('ProgressReview')
export class ProgressReview implements Node {
  [OptionalProps]?: 'uuid' | 'createdAt' | 'id' | 'ratings';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @Field(() => ID, { description: 'Opaque global id.' })
  get id(): string {
    return globalId('ProgressReview', this.uuid);
  }

  @ManyToOne(() => Mentorship, { ref: true, deleteRule: 'cascade' })
  @Index()
  mentorship!: Ref<Mentorship>;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  writtenBy!: Ref<User> | null;

  @Field(() => [GoalProgressSnapshot], { description: 'Every goal on the board and its progress when the review was written.' })
  @Property({ type: 'json' })
  snapshot!: GoalProgressSnapshot[];

  @Field(() => Float, { description: 'Mean progress of the goals in the snapshot, 0 to 100.' })
  @Property({ type: 'float' })
  averageProgress!: number;

  @Field(() => String, { description: 'What went well; may be empty.' }) @Property({ type: 'text' }) wentWell!: string;
  @Field(() => String, { description: 'What to change; may be empty.' }) @Property({ type: 'text' }) toChange!: string;
  @Field(() => String, { description: 'The next steps; may be empty.' }) @Property({ type: 'text' }) nextSteps!: string;

  @Field(() => [ReviewRating], { description: 'The ratings of the period, one per person who rated it.' })
  @Property({ type: 'json' })
  ratings: ReviewRating[] = [];

  @Field(() => Date, { description: 'When it was written.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
