import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum GoalHorizon {
  SHORT_TERM = 'SHORT_TERM',
  LONG_TERM = 'LONG_TERM',
}
registerEnumType(GoalHorizon, { name: 'GoalHorizon', description: 'Short term: within months. Long term: a year or more.' });

export enum SupportKind {
  CAREER_GUIDANCE = 'CAREER_GUIDANCE',
  SKILL_DEVELOPMENT = 'SKILL_DEVELOPMENT',
  NETWORKING = 'NETWORKING',
  ENCOURAGEMENT = 'ENCOURAGEMENT',
}
registerEnumType(SupportKind, { name: 'SupportKind', description: 'The kind of support a mentee looks for.' });

export enum MeetingCadence {
  WEEKLY = 'WEEKLY',
  EVERY_TWO_WEEKS = 'EVERY_TWO_WEEKS',
  MONTHLY = 'MONTHLY',
  AS_NEEDED = 'AS_NEEDED',
}
registerEnumType(MeetingCadence, { name: 'MeetingCadence', description: 'How often to meet.' });

@ObjectType({ description: 'Something a mentee wants to achieve, and why it matters to them.' })
export class MenteeGoal {
  @Field(() => ID, { description: 'Stable across edits; mentorship requests attach goals by it.' })
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => GoalHorizon)
  horizon!: GoalHorizon;

  @Field(() => String)
  whyItMatters!: string;
}

@ObjectType({ description: 'A skill to develop: where the mentee stands and where they want to be (1 to 5).' })
export class SkillGap {
  @Field(() => String)
  name!: string;

  @Field(() => Int)
  currentLevel!: number;

  @Field(() => Int)
  targetLevel!: number;
}

@ObjectType({ description: 'A look back at a past experience: what happened, what worked, what did not.' })
export class ExperienceReflection {
  @Field(() => String)
  situation!: string;

  @Field(() => String)
  whatWorked!: string;

  @Field(() => String)
  whatDidNot!: string;
}
