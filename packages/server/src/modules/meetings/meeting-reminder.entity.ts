import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { User } from '../accounts/user.entity.js';
import { Meeting } from './meeting.entity.js';

/** A reminder that went out: the unique key is what makes each one go out once, whichever instance sends it. */
@Entity({ tableName: 'meeting_reminders' })
@Unique({ properties: ['meeting', 'occurrenceStart', 'user'] })
export class MeetingReminder {
  [OptionalProps]?: 'uuid' | 'sentAt';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @ManyToOne(() => Meeting, { ref: true, deleteRule: 'cascade' })
  meeting!: Ref<Meeting>;

  @Property({ type: 'timestamptz' })
  occurrenceStart!: Date;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'timestamptz' })
  sentAt: Date = new Date();
}
