import { Field, ID, ObjectType } from 'type-graphql';

/** A change to one occurrence of a series: moved, or cancelled. */
export type OccurrenceOverride = { originalStart: string; newStart: string | null; cancelled: boolean };
/** What happened at one occurrence. */
export type OccurrenceRecord = { originalStart: string; attendedUserIds: string[]; notes: string };

@ObjectType({ description: 'One meeting of a series (or the only one), as it falls in time.' })
export class MeetingOccurrence {
  @Field(() => Date, { description: 'When the series had it; identifies it for rescheduling, cancelling and recording.' })
  originalStart!: Date;

  @Field(() => Date, { description: 'When it happens (after any rescheduling).' })
  startsAt!: Date;

  @Field(() => Date, { description: 'When it ends: `startsAt` plus the duration.' })
  endsAt!: Date;

  @Field(() => Boolean, { description: 'Whether this occurrence (or the whole series) was cancelled.' })
  cancelled!: boolean;

  @Field(() => Boolean, { description: 'Whether it was moved from its `originalStart`.' })
  rescheduled!: boolean;

  @Field(() => [ID], { description: 'Who attended, once recorded.' })
  attendedUserIds!: string[];

  @Field(() => String, { description: 'Notes recorded after it.' })
  notes!: string;
}
