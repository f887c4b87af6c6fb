import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum GoalHorizon {
  SHORT_TERM = 'SHORT_TERM',
  LONG_TERM = 'LONG_TERM',
}
registerEnumType(GoalHorizon, {
  name: 'GoalHorizon',
  description: 'Short term: within months. Long term: a year or more.',
  valuesConfig: {
    SHORT_TERM: { description: 'Within the next months.' },
    LONG_TERM: { description: 'A year or more away.' },
  },
});

export enum SupportKind {
  CAREER_GUIDANCE = 'CAREER_GUIDANCE',
  SKILL_DEVELOPMENT = 'SKILL_DEVELOPMENT',
  NETWORKING = 'NETWORKING',
  ENCOURAGEMENT = 'ENCOURAGEMENT',
}
registerEnumType(SupportKind, {
  name: 'SupportKind',
  description: 'The kind of support a mentee looks for.',
  valuesConfig: {
    CAREER_GUIDANCE: { description: 'Advice on career choices and next steps.' },
    SKILL_DEVELOPMENT: { description: 'Help to build specific skills.' },
    NETWORKING: { description: 'Introductions and a wider professional network.' },
    ENCOURAGEMENT: { description: 'Moral support and confidence.' },
  },
});

export enum MeetingCadence {
  WEEKLY = 'WEEKLY',
  EVERY_TWO_WEEKS = 'EVERY_TWO_WEEKS',
  MONTHLY = 'MONTHLY',
  AS_NEEDED = 'AS_NEEDED',
}
registerEnumType(MeetingCadence, {
  name: 'MeetingCadence',
  description: 'How often to meet.',
  valuesConfig: {
    WEEKLY: { description: 'Once a week.' },
    EVERY_TWO_WEEKS: { description: 'Once every two weeks.' },
    MONTHLY: { description: 'Once a month.' },
    AS_NEEDED: { description: 'No fixed rhythm: whenever either asks.' },
  },
});

@ObjectType({ description: 'Something a mentee wants to achieve, and why it matters to them.' })
export class MenteeGoal {
  @Field(() => ID, { description: 'Stable across edits; mentorship requests attach goals by it.' })
  id!: string;

  @Field(() => String, { description: 'The goal, in a few words.' })
  title!: string;

  @Field(() => GoalHorizon, { description: 'How far away it is.' })
  horizon!: GoalHorizon;

  @Field(() => String, { description: 'Why it matters to the mentee; may be empty.' })
  whyItMatters!: string;
}

@ObjectType({ description: 'A skill to develop: where the mentee stands and where they want to be (1 to 5).' })
export class SkillGap {
  @Field(() => String, { description: 'The skill.' })
  name!: string;

  @Field(() => Int, { description: 'Where the mentee stands now, 1 (beginner) to 5 (expert).' })
  currentLevel!: number;

  @Field(() => Int, { description: 'Where they want to be, 1 to 5, above the current level.' })
  targetLevel!: number;
}

@ObjectType({ description: 'A look back at a past experience: what happened, what worked, what did not.' })
export class ExperienceReflection {
  @Field(() => String, { description: 'What happened.' })
  situation!: string;

  @Field(() => String, { description: 'What went well; may be empty.' })
  whatWorked!: string;

  @Field(() => String, { description: 'What did not go well; may be empty.' })
  whatDidNot!: string;
}
