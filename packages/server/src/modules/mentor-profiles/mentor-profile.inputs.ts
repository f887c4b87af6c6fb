import { Field, InputType, Int } from 'type-graphql';
import { MentoringFormat, ProfileVisibility } from './mentor-profile.types.js';

@InputType()
export class SkillLevelInput {
  @Field(() => String)
  name!: string;

  @Field(() => Int, { description: '1 (beginner) to 5 (expert).' })
  level!: number;
}

@InputType()
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
  @Field(() => String, { nullable: true })
  headline?: string;

  @Field(() => String, { nullable: true })
  bio?: string;

  @Field(() => [String], { nullable: true })
  expertise?: string[];

  @Field(() => [SkillLevelInput], { nullable: true })
  skills?: SkillLevelInput[];

  @Field(() => Int, { nullable: true })
  yearsOfExperience?: number | null;

  @Field(() => [String], { nullable: true })
  industries?: string[];

  @Field(() => [String], { nullable: true })
  qualities?: string[];

  @Field(() => String, { nullable: true })
  communicationStyle?: string;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes.' })
  languages?: string[];

  @Field(() => String, { nullable: true, description: 'IANA time zone.' })
  timeZone?: string;

  @Field(() => [AvailabilityWindowInput], { nullable: true })
  availability?: AvailabilityWindowInput[];

  @Field(() => Int, { nullable: true, description: 'The most mentees at once, 0 to 20.' })
  capacity?: number;

  @Field(() => Boolean, { nullable: true })
  acceptingRequests?: boolean;

  @Field(() => [MentoringFormat], { nullable: true })
  formats?: MentoringFormat[];

  @Field(() => ProfileVisibility, { nullable: true })
  visibility?: ProfileVisibility;
}
