import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { globalId, Node, nodeType } from '../../graphql/relay/node.js';
import { User } from './user.entity.js';

/** A signed-in browser: the httpOnly cookie holds a secret whose hash is stored here. */
@Entity({ tableName: 'auth_sessions' })
@ObjectType('AuthSession', { implements: Node, description: 'A browser where you are signed in.' })
@nodeType('AuthSession')
export class AuthSession implements Node {
  /** Properties with defaults: optional in `em.create()`. */
  [OptionalProps]?: 'uuid' | 'userAgent' | 'ipAddress' | 'createdAt' | 'lastSeenAt' | 'revokedAt' | 'id';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @Field(() => ID, { description: 'Opaque global id.' })
  get id(): string {
    return globalId('AuthSession', this.uuid);
  }

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  @Index()
  user!: Ref<User>;

  @Property({ type: 'text', unique: true, hidden: true })
  secretHash!: string;

  @Field(() => String, { nullable: true, description: 'The browser it was created from, as it named itself.' })
  @Property({ type: 'text', nullable: true })
  userAgent: string | null = null;

  @Field(() => String, { nullable: true, description: 'The address it was created from.' })
  @Property({ type: 'text', nullable: true })
  ipAddress: string | null = null;

  @Field(() => Date, { description: 'When you signed in there.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'The last time it was used (updated at most every few minutes).' })
  @Property({ type: 'timestamptz' })
  lastSeenAt: Date = new Date();

  @Field(() => Date, { description: 'When it ends unless used before; each use extends it.' })
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}
