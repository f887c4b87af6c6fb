import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { globalId, Node, nodeType } from '../../graphql/relay/node.js';
import { Scope } from '../../auth/scopes.js';
import { User } from '../accounts/user.entity.js';

/**
 * A token a third party (a dashboard, an HR system, a bot) sends as
 * `Authorization: Bearer …`. The secret is shown once; only its hash is kept.
 */
@Entity({ tableName: 'personal_access_tokens' })
@ObjectType('PersonalAccessToken', { implements: Node, description: 'A token for scripts and third parties, with scopes.' })
@nodeType('PersonalAccessToken')
export class PersonalAccessToken implements Node {
  /** Properties with defaults: optional in `em.create()`. */
  [OptionalProps]?: 'uuid' | 'createdAt' | 'lastUsedAt' | 'expiresAt' | 'revokedAt' | 'id';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @Field(() => ID, { description: 'Opaque global id.' })
  get id(): string {
    return globalId('PersonalAccessToken', this.uuid);
  }

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  @Index()
  user!: Ref<User>;

  @Field(() => String, { description: 'What it is for, as its owner named it.' })
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', unique: true, hidden: true })
  secretHash!: string;

  @Field(() => String, { description: 'The first characters of the secret, to recognise it by.' })
  @Property({ type: 'text' })
  secretPrefix!: string;

  @Field(() => [Scope], { description: 'What it may do, as chosen at creation; write scopes include their read scope.' })
  @Property({ type: 'text[]' })
  scopes!: Scope[];

  @Field(() => Date, { description: 'When it was created.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'The last time it was used (updated at most every minute).' })
  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'It stops working then; null: it never expires.' })
  @Property({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while it works.' })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}
