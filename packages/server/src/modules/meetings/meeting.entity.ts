import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { globalId, Node, nodeType } from '../../graphql/relay/node.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';
import type { OccurrenceOverride, OccurrenceRecord } from './meeting.types.js';

/**
 * A scheduled check-in, once or as a series (an RRULE expanded in the
 * meeting's own time zone, so 18:00 stays 18:00 across daylight saving).
 */
@Entity({ tableName: 'meetings' })
@ObjectType('Meeting', { implements: Node, description: 'A scheduled check-in of a mentorship, once or recurring.' })
@nodeType('Meeting')
export class Meeting implements Node {
  [OptionalProps]?: 'uuid' | 'createdAt' | 'id' | 'overrides' | 'records' | 'cancelledAt' | 'recurrence' | 'videoLink' | 'agenda';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @Field(() => ID, { description: 'Opaque global id.' })
  get id(): string {
    return globalId('Meeting', this.uuid);
  }

  @ManyToOne(() => Mentorship, { ref: true, deleteRule: 'cascade' })
  @Index()
  mentorship!: Ref<Mentorship>;

  @Field(() => String, { description: 'What the meeting is for.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => [String], { description: 'Points to cover, in order.' })
  @Property({ type: 'json' })
  agenda: string[] = [];

  @Field(() => String, { nullable: true, description: 'A link to the video call; null when there is none.' })
  @Property({ type: 'text', nullable: true })
  videoLink: string | null = null;

  /** The first occurrence's wall-clock start in `timeZone`, `YYYY-MM-DDTHH:MM`. */
  @Field(() => String, { description: 'The first start, as wall-clock time in `timeZone` (`YYYY-MM-DDTHH:MM`).' })
  @Property({ type: 'text' })
  localStart!: string;

  @Field(() => String, { description: 'IANA time zone the series keeps its wall-clock time in.' })
  @Property({ type: 'text' })
  timeZone!: string;

  @Field(() => Int, { description: 'How long each occurrence lasts, in minutes.' })
  @Property({ type: 'integer' })
  durationMinutes!: number;

  @Field(() => String, { nullable: true, description: 'An RRULE (RFC 5545) such as `FREQ=WEEKLY;INTERVAL=2;COUNT=10`; null: one meeting.' })
  @Property({ type: 'text', nullable: true })
  recurrence: string | null = null;

  @Property({ type: 'json' })
  overrides: OccurrenceOverride[] = [];

  @Property({ type: 'json' })
  records: OccurrenceRecord[] = [];

  @Field(() => Date, { nullable: true, description: 'Set when the whole series was cancelled.' })
  @Property({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null = null;

  @Field(() => Date, { description: 'When it was scheduled.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
