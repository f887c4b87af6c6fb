import { Field, InputType, Int } from 'type-graphql';
import { MentoringFormat } from '../mentor-profiles/mentor-profile.types.js';

@InputType({ description: 'Narrows a mentor search; every filter given must hold.' })
export class MentorSearchFilter {
  @Field(() => [String], { nullable: true, description: 'Has at least one of these skills (any case).' })
  skills?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Has at least one of these areas of expertise (any case).' })
  expertise?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Mentors in at least one of these languages (ISO 639-1).' })
  languages?: string[] | null;

  @Field(() => [MentoringFormat], { nullable: true, description: 'Offers at least one of these formats.' })
  formats?: MentoringFormat[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only mentors taking requests now (default: true).' })
  acceptingRequests?: boolean | null;

  @Field(() => String, { nullable: true, description: 'With `maxHoursApart`: an IANA time zone to be close to.' })
  nearTimeZone?: string | null;

  @Field(() => Int, { nullable: true, description: 'At most this many hours from `nearTimeZone` right now (0 to 14).' })
  maxHoursApart?: number | null;
}
