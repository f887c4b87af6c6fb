import { Field, ID, InputType, Int } from 'type-graphql';
import { MentoringFormat } from '../mentor-profiles/mentor-profile.types.js';
import { GoalHorizon, MeetingCadence, SupportKind } from './needs-assessment.types.js';

@InputType({ description: 'A goal you want to achieve.' })
export class MenteeGoalInput {
  @Field(() => ID, { nullable: true, description: 'Keep an existing goal\'s id when editing it; leave out for a new goal.' })
  id?: string | null;

  @Field(() => String, { description: 'The goal, 1 to 120 characters; each goal once.' })
  title!: string;

  @Field(() => GoalHorizon, { description: 'How far away it is.' })
  horizon!: GoalHorizon;

  @Field(() => String, { defaultValue: '', description: 'Why it matters to you, at most 1,000 characters.' })
  whyItMatters!: string;
}

@InputType({ description: 'A skill to develop: where you stand and where you want to be.' })
export class SkillGapInput {
  @Field(() => String, { description: 'The skill, 1 to 60 characters; each skill once.' })
  name!: string;

  @Field(() => Int, { description: '1 to 5.' })
  currentLevel!: number;

  @Field(() => Int, { description: '1 to 5, above the current level.' })
  targetLevel!: number;
}

@InputType({ description: 'A look back at a past experience.' })
export class ExperienceReflectionInput {
  @Field(() => String, { description: 'What happened, 1 to 2,000 characters.' })
  situation!: string;

  @Field(() => String, { defaultValue: '', description: 'What went well, at most 2,000 characters.' })
  whatWorked!: string;

  @Field(() => String, { defaultValue: '', description: 'What did not go well, at most 2,000 characters.' })
  whatDidNot!: string;
}

@InputType({ description: 'Changes to your needs assessment; fields left out keep their value. Creates it on first use.' })
export class UpdateNeedsAssessmentInput {
  @Field(() => [MenteeGoalInput], { nullable: true, description: 'Your goals, at most 10; replaces the whole list.' })
  goals?: MenteeGoalInput[];

  @Field(() => [SkillGapInput], { nullable: true, description: 'Skills to develop, at most 20; replaces the whole list.' })
  skillsToDevelop?: SkillGapInput[];

  @Field(() => [ExperienceReflectionInput], { nullable: true, description: 'Reflections on past experience, at most 10; replaces the whole list.' })
  reflections?: ExperienceReflectionInput[];

  @Field(() => [SupportKind], { nullable: true, description: 'The support you look for, each kind once.' })
  supportKinds?: SupportKind[];

  @Field(() => [MentoringFormat], { nullable: true, description: 'How you would like to be mentored, each format once.' })
  preferredFormats?: MentoringFormat[];

  @Field(() => MeetingCadence, { nullable: true, description: 'How often you would like to meet; null for no preference.' })
  preferredCadence?: MeetingCadence | null;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes, in order of preference.' })
  preferredLanguages?: string[];

  @Field(() => String, { nullable: true, description: 'IANA time zone.' })
  timeZone?: string | null;
}
