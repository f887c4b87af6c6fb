import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { globalId, Node, nodeType } from '../../graphql/relay/node.js';
import { User } from '../accounts/user.entity.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';
import { Meeting } from '../meetings/meeting.entity.js';

/**
 * A live room for a mentorship's meeting (or an ad-hoc talk): chat, presence,
 * typing, shared notes and action items. Its events live on the stream
 * `session:<uuid>`.
 */
@Entity({ tableName: 'live_sessions' })
@Unique({ properties: ['meeting', 'occurrenceStart'] })
@ObjectType('LiveSession', { implements: Node, description: 'A live room where a mentor and mentee meet: chat, notes and action items.' })
@nodeType('LiveSession')
export class LiveSession implements Node {
  [OptionalProps]?: 'uuid' | 'createdAt' | 'id' | 'notes' | 'notesVersion' | 'notesUpdatedAt' | 'meeting' | 'occurrenceStart';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @Field(() => ID, { description: 'Opaque global id.' })
  get id(): string {
    return globalId('LiveSession', this.uuid);
  }

  @ManyToOne(() => Mentorship, { ref: true, deleteRule: 'cascade' })
  @Index()
  mentorship!: Ref<Mentorship>;

  @Field(() => String, { description: 'What the session is about.' })
  @Property({ type: 'text' })
  title!: string;

  /** The scheduled meeting this is the room of; null for an ad-hoc session. */
  @ManyToOne(() => Meeting, { ref: true, nullable: true, deleteRule: 'set null' })
  meeting: Ref<Meeting> | null = null;

  /** Which occurrence of `meeting` (its `originalStart`): one room per occurrence. */
  @Field(() => Date, { nullable: true, description: 'For a meeting\'s room: the occurrence\'s `originalStart`.' })
  @Property({ type: 'timestamptz', nullable: true })
  occurrenceStart: Date | null = null;

  @Field(() => String, { description: 'The shared notes, as last saved.' })
  @Property({ type: 'text' })
  notes: string = '';

  @Field(() => Int, { description: 'Pass as `expectedVersion` when saving notes; a newer one means someone else saved first.' })
  @Property({ type: 'integer' })
  notesVersion: number = 0;

  @Field(() => Date, { nullable: true, description: 'When the notes were last saved; null if never.' })
  @Property({ type: 'timestamptz', nullable: true })
  notesUpdatedAt: Date | null = null;

  @Field(() => Date, { description: 'When the room was opened.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** Where each person has read up to in a room (a stream seq). */
@Entity({ tableName: 'live_session_read_markers' })
@Unique({ properties: ['session', 'user'] })
export class ReadMarker {
  [OptionalProps]?: 'uuid' | 'awayNoticedSeq';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @ManyToOne(() => LiveSession, { ref: true, deleteRule: 'cascade' })
  session!: Ref<LiveSession>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'integer' })
  lastReadSeq!: number;

  /** The newest message seq already announced to this person by a "while you were away" notification. */
  @Property({ type: 'integer' })
  awayNoticedSeq: number = 0;
}
