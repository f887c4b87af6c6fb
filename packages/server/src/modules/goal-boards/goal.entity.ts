import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { globalId, Node, nodeType } from '../../graphql/relay/node.js';
import { User } from '../accounts/user.entity.js';
import { ActionItem } from '../live-sessions/action-item.entity.js';
import { BoardLane, GoalBoard } from './goal-board.entity.js';

/**
 * A goal card. `version` counts edits of its content: an update naming an
 * older version gets CONFLICT. Moves change lane and position only, so two
 * people moving cards at once both succeed.
 */
@Entity({ tableName: 'goals' })
@Unique({ properties: ['board', 'clientMutationId'] })
@ObjectType('Goal', { implements: Node, description: 'A goal on a shared board, with milestones.' })
@nodeType('Goal')
export class Goal implements Node {
  [OptionalProps]?:
    | 'uuid' | 'createdAt' | 'updatedAt' | 'id' | 'version' | 'description' | 'whyItMatters' | 'linkedSkills'
    | 'targetDate' | 'owner' | 'progressOverride' | 'archivedAt';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @Field(() => ID, { description: 'Opaque global id.' })
  get id(): string {
    return globalId('Goal', this.uuid);
  }

  @ManyToOne(() => GoalBoard, { ref: true, deleteRule: 'cascade' })
  @Index()
  board!: Ref<GoalBoard>;

  @ManyToOne(() => BoardLane, { ref: true, deleteRule: 'cascade' })
  lane!: Ref<BoardLane>;

  @Field(() => String, { description: 'Sort key within its lane (compare as plain strings).' })
  @Property({ type: 'text' })
  position!: string;

  @Field(() => String, { description: 'The goal, in a few words.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'Details; may be empty.' })
  @Property({ type: 'text' })
  description: string = '';

  @Field(() => String, { description: 'Why it matters to the mentee; may be empty.' })
  @Property({ type: 'text' })
  whyItMatters: string = '';

  @Field(() => [String], { description: 'Skills from the needs assessment this goal develops.' })
  @Property({ type: 'json' })
  linkedSkills: string[] = [];

  @Field(() => String, { nullable: true, description: '`YYYY-MM-DD`.' })
  @Property({ type: 'date', columnType: 'date', runtimeType: 'string', nullable: true })
  targetDate: string | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  owner: Ref<User> | null = null;

  /** Set by hand (0 to 100); null: progress comes from the milestones. */
  @Property({ type: 'integer', nullable: true })
  progressOverride: number | null = null;

  @Field(() => Int, { description: 'Increases with every content edit; send it back as `expectedVersion`.' })
  @Property({ type: 'integer' })
  version: number = 1;

  @Field(() => Date, { nullable: true, description: 'When it was archived; null while it is on the board.' })
  @Property({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null = null;

  @Property({ type: 'text' })
  clientMutationId!: string;

  @Field(() => Date, { description: 'When it was added.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When it last changed (content, place or archiving).' })
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

@Entity({ tableName: 'milestones' })
@ObjectType('Milestone', { description: 'A step towards a goal.' })
export class Milestone {
  [OptionalProps]?: 'uuid' | 'createdAt' | 'done' | 'dueOn' | 'fromActionItem';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @Field(() => ID, { description: 'Identifies the milestone; pass it to `updateMilestone`.' })
  get id(): string {
    return globalId('Milestone', this.uuid);
  }

  @ManyToOne(() => Goal, { ref: true, deleteRule: 'cascade' })
  @Index()
  goal!: Ref<Goal>;

  @Field(() => String, { description: 'The step, in a few words.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: '`YYYY-MM-DD`.' })
  @Property({ type: 'date', columnType: 'date', runtimeType: 'string', nullable: true })
  dueOn: string | null = null;

  @Field(() => Boolean, { description: 'Whether it is done.' })
  @Property({ type: 'boolean' })
  done: boolean = false;

  @Field(() => String, { description: 'Sort key within the goal.' })
  @Property({ type: 'text' })
  position!: string;

  /** The session action item it was made from, if any: one milestone per action item. */
  @ManyToOne(() => ActionItem, { ref: true, nullable: true, unique: true, deleteRule: 'set null' })
  fromActionItem: Ref<ActionItem> | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
