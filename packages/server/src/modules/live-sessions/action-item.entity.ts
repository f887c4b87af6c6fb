import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { globalId, Node, nodeType } from '../../graphql/relay/node.js';
import { User } from '../accounts/user.entity.js';
import { LiveSession } from './live-session.entity.js';

@Entity({ tableName: 'action_items' })
@ObjectType('ActionItem', { implements: Node, description: 'Something one of the pair agreed to do.' })
@nodeType('ActionItem')
export class ActionItem implements Node {
  [OptionalProps]?: 'uuid' | 'createdAt' | 'id' | 'done' | 'dueOn' | 'assignee';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @Field(() => ID, { description: 'Opaque global id.' })
  get id(): string {
    return globalId('ActionItem', this.uuid);
  }

  @ManyToOne(() => LiveSession, { ref: true, deleteRule: 'cascade' })
  @Index()
  session!: Ref<LiveSession>;

  @Field(() => String, { description: 'What is to be done.' })
  @Property({ type: 'text' })
  title!: string;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  assignee: Ref<User> | null = null;

  @Field(() => String, { nullable: true, description: '`YYYY-MM-DD`.' })
  @Property({ type: 'date', columnType: 'date', runtimeType: 'string', nullable: true })
  dueOn: string | null = null;

  @Field(() => Boolean, { description: 'Whether it is done.' })
  @Property({ type: 'boolean' })
  done: boolean = false;

  @Field(() => Date, { description: 'When it was added.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
