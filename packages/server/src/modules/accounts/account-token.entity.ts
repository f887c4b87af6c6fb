import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from './user.entity.js';

export enum AccountTokenPurpose {
  VERIFY_EMAIL = 'verify_email',
  RESET_PASSWORD = 'reset_password',
}

/** A one-time link sent by email (verification, password reset). Only its hash is stored. */
@Entity({ tableName: 'account_tokens' })
export class AccountToken {
  /** Properties with defaults: optional in `em.create()`. */
  [OptionalProps]?: 'uuid' | 'usedAt' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  @Index()
  user!: Ref<User>;

  @Enum({ items: () => AccountTokenPurpose, nativeEnumName: undefined })
  purpose!: AccountTokenPurpose;

  @Property({ type: 'text', unique: true })
  secretHash!: string;

  /** The address the link was sent to: verifying proves that address, and no other. */
  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
