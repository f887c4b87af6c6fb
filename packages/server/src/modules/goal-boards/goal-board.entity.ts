import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { globalId, Node, nodeType } from '../../graphql/relay/node.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';

/** A mentorship's shared goal board; its changes stream on `board:<uuid>`. */
@Entity({ tableName: 'goal_boards' })
@ObjectType('GoalBoard', { implements: Node, description: 'The goal board a mentor and mentee share and edit live.' })
@nodeType('GoalBoard')
export class GoalBoard implements Node {
  [OptionalProps]?: 'uuid' | 'createdAt' | 'id';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @Field(() => ID, { description: 'Opaque global id.' })
  get id(): string {
    return globalId('GoalBoard', this.uuid);
  }

  @OneToOne(() => Mentorship, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  mentorship!: Ref<Mentorship>;

  @Field(() => Date, { description: 'When the board was created.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** A column of the board (Not started, In progress, Done by default; renamable and reorderable). */
@Entity({ tableName: 'board_lanes' })
@ObjectType('BoardLane', { description: 'A column of a goal board.' })
export class BoardLane {
  [OptionalProps]?: 'uuid' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @Field(() => ID, { description: 'Identifies the lane on its board.' })
  get id(): string {
    return globalId('BoardLane', this.uuid);
  }

  @ManyToOne(() => GoalBoard, { ref: true, deleteRule: 'cascade' })
  @Index()
  board!: Ref<GoalBoard>;

  @Field(() => String, { description: 'The name of the lane, e.g. "In progress".' })
  @Property({ type: 'text' })
  name!: string;

  /** A fractional index: lanes sort by it (byte order). */
  @Field(() => String, { description: 'Sort key (compare as plain strings, byte by byte).' })
  @Property({ type: 'text' })
  position!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
