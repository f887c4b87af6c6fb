import { Field, Float, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { MentorProfile } from '../mentor-profiles/mentor-profile.entity.js';
import type { MatchFactor as Factor } from './match-score.js';

export enum MatchFactor {
  SKILLS = 'SKILLS',
  GOALS = 'GOALS',
  AVAILABILITY = 'AVAILABILITY',
  LANGUAGE = 'LANGUAGE',
  CAPACITY = 'CAPACITY',
  RESPONSIVENESS = 'RESPONSIVENESS',
}
registerEnumType(MatchFactor, {
  name: 'MatchFactor',
  description: 'One part of a match score.',
  valuesConfig: {
    SKILLS: { description: 'How many of your skills to develop they have, weighted by how far you want to go.' },
    GOALS: { description: 'How much their expertise speaks to your goals.' },
    AVAILABILITY: { description: 'Hours a week their availability falls in your daytime (08:00–22:00 where you are).' },
    LANGUAGE: { description: 'Whether they mentor in your preferred languages.' },
    CAPACITY: { description: 'How many of their places are free.' },
    RESPONSIVENESS: { description: 'How fast they answer requests.' },
  },
});
// The enum's values are the factor names the scoring uses.
const _sameNames: Record<Factor, MatchFactor> = MatchFactor;
void _sameNames;

@ObjectType({ description: 'How much each part counts in your recommendations (relative: only the ratios matter).' })
export class MatchWeights {
  @Field(() => Float, { description: 'How much `SKILLS` counts, 0 to 10.' }) SKILLS!: number;
  @Field(() => Float, { description: 'How much `GOALS` counts, 0 to 10.' }) GOALS!: number;
  @Field(() => Float, { description: 'How much `AVAILABILITY` counts, 0 to 10.' }) AVAILABILITY!: number;
  @Field(() => Float, { description: 'How much `LANGUAGE` counts, 0 to 10.' }) LANGUAGE!: number;
  @Field(() => Float, { description: 'How much `CAPACITY` counts, 0 to 10.' }) CAPACITY!: number;
  @Field(() => Float, { description: 'How much `RESPONSIVENESS` counts, 0 to 10.' }) RESPONSIVENESS!: number;
}

@InputType({ description: 'Weights from 0 to 10; parts left out keep their current weight.' })
export class MatchWeightsInput {
  @Field(() => Float, { nullable: true, description: 'How much `SKILLS` counts, 0 to 10.' }) SKILLS?: number | null;
  @Field(() => Float, { nullable: true, description: 'How much `GOALS` counts, 0 to 10.' }) GOALS?: number | null;
  @Field(() => Float, { nullable: true, description: 'How much `AVAILABILITY` counts, 0 to 10.' }) AVAILABILITY?: number | null;
  @Field(() => Float, { nullable: true, description: 'How much `LANGUAGE` counts, 0 to 10.' }) LANGUAGE?: number | null;
  @Field(() => Float, { nullable: true, description: 'How much `CAPACITY` counts, 0 to 10.' }) CAPACITY?: number | null;
  @Field(() => Float, { nullable: true, description: 'How much `RESPONSIVENESS` counts, 0 to 10.' }) RESPONSIVENESS?: number | null;
}

@ObjectType({ description: 'One part of a match score: what it measured, how much it counts, and why.' })
export class MatchScorePart {
  @Field(() => MatchFactor, { description: 'What this part measures.' })
  factor!: MatchFactor;

  @Field(() => Float, { description: 'How well this part fits, 0 to 1.' })
  value!: number;

  @Field(() => Float, { description: 'Its share of the score, 0 to 1 (the weights, normalised).' })
  weight!: number;

  @Field(() => Float, { description: '`value × weight`: what it adds to the score.' })
  contribution!: number;

  @Field(() => String, { description: 'Why, in a sentence.' })
  explanation!: string;
}

@ObjectType({ description: 'A recommended mentor, with the score and every part of it explained.' })
export class MentorMatch {
  @Field(() => MentorProfile, { description: 'The mentor profile.' })
  mentor!: MentorProfile;

  @Field(() => Float, { description: 'The sum of the parts\' contributions, 0 to 1.' })
  score!: number;

  @Field(() => [MatchScorePart], { description: 'Every part of the score, one per factor.' })
  parts!: MatchScorePart[];
}
