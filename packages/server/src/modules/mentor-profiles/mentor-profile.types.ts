import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum MentoringFormat {
  FORMAL_PROGRAM = 'FORMAL_PROGRAM',
  INFORMAL = 'INFORMAL',
  VIDEO = 'VIDEO',
  CHAT = 'CHAT',
}
registerEnumType(MentoringFormat, {
  name: 'MentoringFormat',
  description: 'How mentoring happens: inside a formal program or informally, by video call or by chat.',
  valuesConfig: {
    FORMAL_PROGRAM: { description: 'Within a structured program run by an organisation.' },
    INFORMAL: { description: 'Outside any program, arranged by the pair.' },
    VIDEO: { description: 'By video call.' },
    CHAT: { description: 'By written chat.' },
  },
});

export enum ProfileVisibility {
  PUBLIC = 'PUBLIC',
  MEMBERS = 'MEMBERS',
  HIDDEN = 'HIDDEN',
}
registerEnumType(ProfileVisibility, {
  name: 'ProfileVisibility',
  description: 'Who can see a mentor profile.',
  valuesConfig: {
    PUBLIC: { description: 'Anyone, including third parties with a `profile:read` token.' },
    MEMBERS: { description: 'Anyone signed in to Mentorspace.' },
    HIDDEN: { description: 'Only you; you do not appear in search.' },
  },
});

/** Levels 1 (beginner) to 5 (expert), used for mentors' skills and mentees' skill gaps. */
export const SKILL_LEVEL = { min: 1, max: 5 } as const;

@ObjectType({ description: 'A skill and how well its holder masters it, from 1 (beginner) to 5 (expert).' })
export class SkillLevel {
  @Field(() => String, { description: 'The skill, e.g. "SQL".' })
  name!: string;

  @Field(() => Int, { description: '1 (beginner) to 5 (expert).' })
  level!: number;
}

@ObjectType({ description: 'A weekly window when a mentor is usually available, in their own time zone.' })
export class AvailabilityWindow {
  @Field(() => Int, { description: 'ISO weekday: 1 is Monday, 7 is Sunday.' })
  weekday!: number;

  @Field(() => String, { description: 'Local start time, `HH:MM` (24-hour).' })
  startTime!: string;

  @Field(() => String, { description: 'Local end time, `HH:MM` (24-hour), after the start.' })
  endTime!: string;
}
