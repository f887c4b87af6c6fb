import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { globalId, Node, nodeType } from '../../graphql/relay/node.js';
import { User } from '../accounts/user.entity.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';
import { Program } from '../programs/program.entity.js';

export enum ResourceKind {
  BOOK = 'BOOK',
  ARTICLE = 'ARTICLE',
  COURSE = 'COURSE',
  WORKSHOP = 'WORKSHOP',
  FORUM = 'FORUM',
  VIDEO = 'VIDEO',
  OTHER = 'OTHER',
}
registerEnumType(ResourceKind, {
  name: 'ResourceKind',
  description: 'What kind of resource it is.',
  valuesConfig: {
    BOOK: { description: 'A book.' },
    ARTICLE: { description: 'An article or blog post.' },
    COURSE: { description: 'A course, online or in person.' },
    WORKSHOP: { description: 'A workshop or event.' },
    FORUM: { description: 'A forum or community.' },
    VIDEO: { description: 'A video or talk.' },
    OTHER: { description: 'Anything else.' },
  },
});

/**
 * A book, article, course… shared within a mentorship (attachable to its
 * board's goals) or within a program (for everyone taking part): exactly one
 * of the two.
 */
@Entity({ tableName: 'resources' })
@Check({ name: 'resources_one_scope_check', expression: 'num_nonnulls(mentorship_uuid, program_uuid) = 1' })
@ObjectType('Resource', { implements: Node, description: 'Something worth reading, watching or joining, shared with a partner or within a program.' })
@nodeType('Resource')
export class Resource implements Node {
  [OptionalProps]?: 'uuid' | 'createdAt' | 'id' | 'tags' | 'note' | 'goalIds' | 'recommended' | 'url' | 'mentorship' | 'program';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @Field(() => ID, { description: 'Opaque global id.' })
  get id(): string {
    return globalId('Resource', this.uuid);
  }

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  addedBy!: Ref<User> | null;

  @ManyToOne(() => Mentorship, { ref: true, nullable: true, deleteRule: 'cascade' })
  @Index()
  mentorship: Ref<Mentorship> | null = null;

  @ManyToOne(() => Program, { ref: true, nullable: true, deleteRule: 'cascade' })
  @Index()
  program: Ref<Program> | null = null;

  @Field(() => String, { description: 'Its title.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'An http(s) link to it; null when it has none.' })
  @Property({ type: 'text', nullable: true })
  url: string | null = null;

  @Field(() => ResourceKind, { description: 'What kind of resource it is.' })
  @Enum({ items: () => ResourceKind })
  kind!: ResourceKind;

  @Field(() => [String], { description: 'Free-text tags.' })
  @Property({ type: 'json' })
  tags: string[] = [];

  @Field(() => String, { description: 'Why it is worth a look; may be empty.' })
  @Property({ type: 'text' })
  note: string = '';

  @Field(() => [ID], { description: 'Board goals it helps with.' })
  @Property({ type: 'json' })
  goalIds: string[] = [];

  @Field(() => Boolean, { description: 'Recommended to the partner (they were notified).' })
  @Property({ type: 'boolean' })
  recommended: boolean = false;

  @Field(() => Date, { description: 'When it was shared.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
