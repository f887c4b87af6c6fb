import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { globalId, Node, nodeType } from '../../graphql/relay/node.js';
import { User } from '../accounts/user.entity.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';

/** A journal entry: private to its author unless shared with the mentorship partner. */
@Entity({ tableName: 'reflections' })
@ObjectType('Reflection', { implements: Node, description: 'A journal entry; private unless shared with your partner.' })
@nodeType('Reflection')
export class Reflection implements Node {
  [OptionalProps]?: 'uuid' | 'createdAt' | 'updatedAt' | 'id' | 'mentorship' | 'goalIds' | 'sessionId' | 'prompt' | 'shared';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @Field(() => ID, { description: 'Opaque global id.' })
  get id(): string {
    return globalId('Reflection', this.uuid);
  }

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  @Index()
  author!: Ref<User>;

  @ManyToOne(() => Mentorship, { ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  mentorship: Ref<Mentorship> | null = null;

  @Field(() => [ID], { description: 'Goals (board goal ids) it is about.' })
  @Property({ type: 'json' })
  goalIds: string[] = [];

  @Field(() => ID, { nullable: true, description: 'The live session it is about, if any.' })
  @Property({ type: 'text', nullable: true })
  sessionId: string | null = null;

  @Field(() => String, { description: 'The prompt answered, e.g. "What worked well?".' })
  @Property({ type: 'text' })
  prompt: string = '';

  @Field(() => String, { description: 'What was written.' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Boolean, { description: 'Whether your mentorship partner can read it.' })
  @Property({ type: 'boolean' })
  shared: boolean = false;

  @Field(() => Date, { description: 'When it was first written.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When it was last edited.' })
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
