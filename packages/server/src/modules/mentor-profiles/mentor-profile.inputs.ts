import { Field, InputType, Int } from 'type-graphql';
import { MentoringFormat, ProfileVisibility } from './mentor-profile.types.js';

@InputType({ description: 'A skill and its level.' })
export class SkillLevelInput {
  @Field(() => String, { description: 'The skill, 1 to 60 characters; each skill once.' })
  name!: string;

  @Field(() => Int, { description: '1 (beginner) to 5 (expert).' })
  level!: number;
}

@InputType({ description: 'A weekly window when you are usually available.' })
export class AvailabilityWindowInput {
  @Field(() => Int, { description: 'ISO weekday: 1 is Monday, 7 is Sunday.' })
  weekday!: number;

  @Field(() => String, { description: '`HH:MM`, 24-hour, in the profile\'s time zone.' })
  startTime!: string;

  @Field(() => String, { description: '`HH:MM`, after the start.' })
  endTime!: string;
}

@InputType({ description: 'Changes to your mentor profile; fields left out keep their value. Creates the profile on first use.' })
export class UpdateMentorProfileInput {
  @Field(() => String, { nullable: true, description: 'One line: who you are and how you help; at most 120 characters.' })
  headline?: string;

  @Field(() => String, { nullable: true, description: 'About you, at most 4,000 characters.' })
  bio?: string;

  @Field(() => [String], { nullable: true, description: 'Areas of expertise, at most 20, each once and at most 60 characters.' })
  expertise?: string[];

  @Field(() => [SkillLevelInput], { nullable: true, description: 'Skills with your level, at most 30, each once.' })
  skills?: SkillLevelInput[];

  @Field(() => Int, { nullable: true, description: 'Years of professional experience, 0 to 70; null to leave it unsaid.' })
  yearsOfExperience?: number | null;

  @Field(() => [String], { nullable: true, description: 'Industries you know, at most 10, each once.' })
  industries?: string[];

  @Field(() => [String], { nullable: true, description: 'The qualities you bring (e.g. "patient"), at most 10, each once.' })
  qualities?: string[];

  @Field(() => String, { nullable: true, description: 'How you like to communicate, at most 1,000 characters.' })
  communicationStyle?: string;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes.' })
  languages?: string[];

  @Field(() => String, { nullable: true, description: 'IANA time zone.' })
  timeZone?: string;

  @Field(() => [AvailabilityWindowInput], { nullable: true, description: 'Weekly windows when you are usually available, at most 28; replaces the whole list.' })
  availability?: AvailabilityWindowInput[];

  @Field(() => Int, { nullable: true, description: 'The most mentees at once, 0 to 20.' })
  capacity?: number;

  @Field(() => Boolean, { nullable: true, description: 'Whether you accept new mentorship requests now.' })
  acceptingRequests?: boolean;

  @Field(() => [MentoringFormat], { nullable: true, description: 'How you mentor, at most 4.' })
  formats?: MentoringFormat[];

  @Field(() => ProfileVisibility, { nullable: true, description: 'Who can see your profile and find it in search.' })
  visibility?: ProfileVisibility;
}
