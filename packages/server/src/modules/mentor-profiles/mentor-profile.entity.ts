import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OneToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { FullTextType } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { globalId, Node, nodeType } from '../../graphql/relay/node.js';
import { User } from '../accounts/user.entity.js';
import { AvailabilityWindow, MentoringFormat, ProfileVisibility, SkillLevel } from './mentor-profile.types.js';

/** What a mentor offers: expertise, skills, style, availability and capacity. One per user. */
@Entity({ tableName: 'mentor_profiles' })
@Index({
  name: 'mentor_profiles_search_text_trgm',
  expression: 'create index "mentor_profiles_search_text_trgm" on "mentor_profiles" using gin ("search_text" gin_trgm_ops)',
})
@ObjectType('MentorProfile', { implements: Node, description: "A mentor's public face: what they offer and when." })
@nodeType('MentorProfile')
export class MentorProfile implements Node {
  /** Properties with defaults: optional in `em.create()`. */
  [OptionalProps]?: 'uuid' | 'headline' | 'bio' | 'expertise' | 'skills' | 'yearsOfExperience' | 'industries' | 'qualities' | 'communicationStyle' | 'languages' | 'timeZone' | 'availability' | 'capacity' | 'acceptingRequests' | 'awaySince' | 'formats' | 'visibility' | 'updatedAt' | 'id' | 'searchDocument' | 'searchText';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @Field(() => ID, { description: 'Opaque global id.' })
  get id(): string {
    return globalId('MentorProfile', this.uuid);
  }

  @OneToOne(() => User, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Field(() => String, { description: 'One line: who they are and how they help.' })
  @Property({ type: 'text' })
  headline: string = '';

  @Field(() => String, { description: 'About them, in their words; empty when not written.' })
  @Property({ type: 'text' })
  bio: string = '';

  @Field(() => [String], { description: 'Areas of expertise, e.g. "Product management".' })
  @Property({ type: 'text[]' })
  expertise: string[] = [];

  @Field(() => [SkillLevel], { description: 'Skills with their level, 1 (beginner) to 5 (expert).' })
  @Property({ type: 'json' })
  skills: SkillLevel[] = [];

  @Field(() => Int, { nullable: true, description: 'Years of professional experience; null when not given.' })
  @Property({ type: 'integer', nullable: true })
  yearsOfExperience: number | null = null;

  @Field(() => [String], { description: 'Industries they know.' })
  @Property({ type: 'text[]' })
  industries: string[] = [];

  @Field(() => [String], { description: 'The qualities they bring, e.g. "patient", "direct".' })
  @Property({ type: 'text[]' })
  qualities: string[] = [];

  @Field(() => String, { description: 'How they like to communicate, in their words.' })
  @Property({ type: 'text' })
  communicationStyle: string = '';

  @Field(() => [String], { description: 'ISO 639-1 codes of the languages they mentor in, e.g. "en".' })
  @Property({ type: 'text[]' })
  languages: string[] = [];

  @Field(() => String, { description: 'IANA time zone, e.g. "Europe/Lisbon".' })
  @Property({ type: 'text' })
  timeZone: string = 'UTC';

  @Field(() => [AvailabilityWindow], { description: 'Weekly windows when they are usually available, in their time zone.' })
  @Property({ type: 'json' })
  availability: AvailabilityWindow[] = [];

  @Field(() => Int, { description: 'The most mentees they take on at once.' })
  @Property({ type: 'integer' })
  capacity: number = 2;

  @Field(() => Boolean, { description: 'Whether they accept new requests now.' })
  @Property({ type: 'boolean' })
  acceptingRequests: boolean = true;

  /** Set while the mentor is away: hidden from search and recommendations, and requests are refused. */
  @Field(() => Date, { nullable: true, description: 'When the mentor switched on "away"; null when not away. Away mentors are hidden from search and take no requests.' })
  @Property({ type: 'timestamptz', nullable: true })
  awaySince: Date | null = null;

  @Field(() => [MentoringFormat], { description: 'How they mentor.' })
  @Property({ type: 'text[]' })
  formats: MentoringFormat[] = [MentoringFormat.INFORMAL, MentoringFormat.VIDEO];

  @Field(() => ProfileVisibility, { description: 'Who can see this profile.' })
  @Enum({ items: () => ProfileVisibility })
  visibility: ProfileVisibility = ProfileVisibility.MEMBERS;

  @Field(() => Date, { description: 'When it last changed.' })
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** Weighted full-text document (headline and expertise first); written by the service on every change. */
  @Index({ type: 'fulltext' })
  @Property({ type: new FullTextType('english'), nullable: true, lazy: true, hidden: true })
  searchDocument: string | { A?: string; B?: string; C?: string; D?: string } | null = null;

  /** Headline, expertise and skill names in lower case, for typo-tolerant trigram matching. */
  @Property({ type: 'text', lazy: true, hidden: true })
  searchText: string = '';
}
