import { randomUUID } from 'node:crypto';
import { Entity, Enum, OneToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { globalId, Node, nodeType } from '../../graphql/relay/node.js';
import { User } from '../accounts/user.entity.js';
import { MentoringFormat } from '../mentor-profiles/mentor-profile.types.js';
import { ExperienceReflection, MeetingCadence, MenteeGoal, SkillGap, SupportKind } from './needs-assessment.types.js';

/**
 * A mentee's self-assessment before looking for a mentor: goals, skills to
 * develop, reflections on past experience, and the support they want.
 * Private to its owner.
 */
@Entity({ tableName: 'needs_assessments' })
@ObjectType('NeedsAssessment', { implements: Node, description: "A mentee's self-assessment. Only its owner sees it." })
@nodeType('NeedsAssessment')
export class NeedsAssessment implements Node {
  /** Properties with defaults: optional in `em.create()`. */
  [OptionalProps]?: 'uuid' | 'goals' | 'skillsToDevelop' | 'reflections' | 'supportKinds' | 'preferredFormats' | 'preferredCadence' | 'preferredLanguages' | 'timeZone' | 'updatedAt' | 'id' | 'matchingWeights';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @Field(() => ID, { description: 'Opaque global id.' })
  get id(): string {
    return globalId('NeedsAssessment', this.uuid);
  }

  @OneToOne(() => User, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Field(() => [MenteeGoal], { description: 'What the mentee wants to achieve.' })
  @Property({ type: 'json' })
  goals: MenteeGoal[] = [];

  @Field(() => [SkillGap], { description: 'Skills to develop, with current and target level.' })
  @Property({ type: 'json' })
  skillsToDevelop: SkillGap[] = [];

  @Field(() => [ExperienceReflection], { description: 'Reflections on past experience.' })
  @Property({ type: 'json' })
  reflections: ExperienceReflection[] = [];

  @Field(() => [SupportKind], { description: 'The support they look for.' })
  @Property({ type: 'text[]' })
  supportKinds: SupportKind[] = [];

  @Field(() => [MentoringFormat], { description: 'How they would like to be mentored.' })
  @Property({ type: 'text[]' })
  preferredFormats: MentoringFormat[] = [];

  @Field(() => MeetingCadence, { nullable: true, description: 'How often they would like to meet; null for no preference.' })
  @Enum({ items: () => MeetingCadence, nullable: true })
  preferredCadence: MeetingCadence | null = null;

  @Field(() => [String], { description: 'ISO 639-1 codes, in order of preference.' })
  @Property({ type: 'text[]' })
  preferredLanguages: string[] = [];

  @Field(() => String, { nullable: true, description: 'IANA time zone.' })
  @Property({ type: 'text', nullable: true })
  timeZone: string | null = null;

  @Field(() => Date, { description: 'When it last changed.' })
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** The weights the mentee chose for recommendations (modules/matching); null: the defaults. */
  @Property({ type: 'json', nullable: true })
  matchingWeights: Record<string, number> | null = null;
}
