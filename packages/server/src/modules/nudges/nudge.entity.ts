import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { User } from '../accounts/user.entity.js';
import type { NudgeKind } from './nudge.types.js';

/**
 * A reminder that went out. The unique key is the claim: whichever instance
 * inserts it first sends the notification, in the same transaction, so each
 * reminder goes out once however many workers run the rule at once.
 * `periodKey` names the occasion (a due date, a last session), so a new
 * occasion for the same subject is a new reminder.
 */
@Entity({ tableName: 'nudges_sent' })
@Unique({ properties: ['kind', 'subjectUuid', 'recipient', 'periodKey'] })
export class NudgeSent {
  [OptionalProps]?: 'uuid' | 'sentAt';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @Property({ type: 'text' })
  kind!: NudgeKind;

  /** The request, mentorship or milestone it is about. */
  @Property({ type: 'uuid' })
  subjectUuid!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  recipient!: Ref<User>;

  @Property({ type: 'text' })
  periodKey!: string;

  @Property({ type: 'timestamptz' })
  sentAt: Date = new Date();
}

/** A person's reminder settings; no row means every kind on and no mail. */
@Entity({ tableName: 'nudge_preferences' })
export class NudgePreferences {
  [OptionalProps]?: 'uuid' | 'mutedKinds' | 'email' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @OneToOne(() => User, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'text[]' })
  mutedKinds: NudgeKind[] = [];

  @Property({ type: 'boolean' })
  email: boolean = false;

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
