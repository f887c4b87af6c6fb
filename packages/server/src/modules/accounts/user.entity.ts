import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { globalId, Node, nodeType } from '../../graphql/relay/node.js';

/**
 * A person's account. Exposed as the `User` type; fields that only the owner
 * may see (email, assessments, tokens) are resolved in accounts.resolver.ts.
 */
@Entity({ tableName: 'users' })
@ObjectType('User', { implements: Node, description: 'A person on Mentorspace: mentor, mentee, or both.' })
@nodeType('User')
export class User implements Node {
  /** Properties with defaults: optional in `em.create()`. */
  [OptionalProps]?: 'uuid' | 'emailVerifiedAt' | 'isMentor' | 'isMentee' | 'isPlatformAdmin' | 'onboardedAt' | 'createdAt' | 'updatedAt' | 'id' | 'notificationsReadSeq' | 'calendarFeedHash';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @Field(() => ID, { description: 'Opaque global id.' })
  get id(): string {
    return globalId('User', this.uuid);
  }

  /** Stored normalised (trimmed, lower case), so uniqueness ignores case. */
  @Property({ type: 'text', unique: true })
  email!: string;

  @Property({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null = null;

  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  @Field(() => String, { description: 'The name shown to others.' })
  @Property({ type: 'text' })
  displayName!: string;

  @Property({ type: 'boolean', default: false })
  isMentor: boolean = false;

  @Property({ type: 'boolean', default: false })
  isMentee: boolean = false;

  @Property({ type: 'boolean', default: false })
  isPlatformAdmin: boolean = false;

  @Property({ type: 'timestamptz', nullable: true })
  onboardedAt: Date | null = null;

  /** The seq of the last notification the user has seen (their stream `user:<uuid>`). */
  @Property({ type: 'integer', default: 0 })
  notificationsReadSeq: number = 0;

  /** SHA-256 of the secret in the user's calendar feed address; null until they create one. */
  @Property({ type: 'text', nullable: true, unique: true, hidden: true })
  calendarFeedHash: string | null = null;

  @Field(() => Date, { description: 'When the account was created.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
