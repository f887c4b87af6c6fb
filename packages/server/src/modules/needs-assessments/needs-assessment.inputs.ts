import { Field, ID, InputType, Int } from 'type-graphql';
import { MentoringFormat } from '../mentor-profiles/mentor-profile.types.js';
import { GoalHorizon, MeetingCadence, SupportKind } from './needs-assessment.types.js';

@InputType()
export class MenteeGoalInput {
  @Field(() => ID, { nullable: true, description: 'Keep an existing goal\'s id when editing it; leave out for a new goal.' })
  id?: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => GoalHorizon)
  horizon!: GoalHorizon;

  @Field(() => String, { defaultValue: '' })
  whyItMatters!: string;
}

@InputType()
export class SkillGapInput {
  @Field(() => String)
  name!: string;

  @Field(() => Int, { description: '1 to 5.' })
  currentLevel!: number;

  @Field(() => Int, { description: '1 to 5, above the current level.' })
  targetLevel!: number;
}

@InputType()
export class ExperienceReflectionInput {
  @Field(() => String)
  situation!: string;

  @Field(() => String, { defaultValue: '' })
  whatWorked!: string;

  @Field(() => String, { defaultValue: '' })
  whatDidNot!: string;
}

@InputType({ description: 'Changes to your needs assessment; fields left out keep their value. Creates it on first use.' })
export class UpdateNeedsAssessmentInput {
  @Field(() => [MenteeGoalInput], { nullable: true })
  goals?: MenteeGoalInput[];

  @Field(() => [SkillGapInput], { nullable: true })
  skillsToDevelop?: SkillGapInput[];

  @Field(() => [ExperienceReflectionInput], { nullable: true })
  reflections?: ExperienceReflectionInput[];

  @Field(() => [SupportKind], { nullable: true })
  supportKinds?: SupportKind[];

  @Field(() => [MentoringFormat], { nullable: true })
  preferredFormats?: MentoringFormat[];

  @Field(() => MeetingCadence, { nullable: true })
  preferredCadence?: MeetingCadence | null;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes, in order of preference.' })
  preferredLanguages?: string[];

  @Field(() => String, { nullable: true, description: 'IANA time zone.' })
  timeZone?: string | null;
}
