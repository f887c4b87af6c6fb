import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { ApiError, ErrorCode } from '../../graphql/errors.js';
import { USER_ERRORS_DESCRIPTION, UserError } from '../../graphql/relay/user-error.js';
import { assertAllowed } from '../../auth/auth-checker.js';
import { currentUser, isViewer } from '../../auth/current-user.js';
import { Scope, SESSION_ONLY } from '../../auth/scopes.js';
import type { Outcome } from '../accounts/accounts.service.js';
import { User } from '../accounts/user.entity.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';
import { Meeting } from './meeting.entity.js';
import { MeetingOccurrence } from './meeting.types.js';
import { occurrencesBetween } from './occurrences.js';

@InputType({ description: 'A meeting to schedule, once or recurring.' }) export class ScheduleMeetingInput {
  @Field(() => ID, { description: 'A `Mentorship` id of one of your open mentorships.' }) mentorshipId!: string;
  @Field(() => String, { description: 'What the meeting is for, 1 to 120 characters.' }) title!: string;
  @Field(() => [String], { defaultValue: [], description: 'Points to cover, at most 20 of at most 200 characters.' }) agenda!: string[];
  @Field(() => String, { nullable: true, description: 'A video-call link (https).' }) videoLink?: string | null;
  @Field(() => String, { description: 'Wall-clock start in `timeZone`, `YYYY-MM-DDTHH:MM`.' }) localStart!: string;
  @Field(() => String, { description: 'IANA time zone, e.g. Europe/Lisbon.' }) timeZone!: string;
  @Field(() => Int, { description: '10 to 480.' }) durationMinutes!: number;
  @Field(() => String, { nullable: true, description: 'An RRULE such as `FREQ=WEEKLY;INTERVAL=2;COUNT=10` or `FREQ=MONTHLY;BYDAY=+1TU;UNTIL=20271231`; it must end (COUNT or UNTIL), within 200 meetings and 3 years.' })
  recurrence?: string | null;
}
@InputType({ description: 'One occurrence to move.' }) export class RescheduleOccurrenceInput {
  @Field(() => ID, { description: 'A `Meeting` id.' }) meetingId!: string;
  @Field(() => Date, { description: 'The occurrence, by `originalStart`.' }) originalStart!: Date;
  @Field(() => Date, { description: 'When it happens instead.' }) newStart!: Date;
}
@InputType({ description: 'One occurrence to cancel.' }) export class CancelOccurrenceInput {
  @Field(() => ID, { description: 'A `Meeting` id.' }) meetingId!: string;
  @Field(() => Date, { description: 'The occurrence, by `originalStart`.' }) originalStart!: Date;
}
@InputType({ description: 'The meeting to act on.' }) export class MeetingIdInput {
  @Field(() => ID, { description: 'A `Meeting` id.' }) meetingId!: string;
}
@InputType({ description: 'What happened at an occurrence that has started; replaces any earlier record of it.' }) export class RecordMeetingOutcomeInput {
  @Field(() => ID, { description: 'A `Meeting` id.' }) meetingId!: string;
  @Field(() => Date, { description: 'The occurrence, by `originalStart`.' }) originalStart!: Date;
  @Field(() => [ID], { description: 'Who attended.' }) attendedUserIds!: string[];
  @Field(() => String, { defaultValue: '', description: 'Notes, at most 10,000 characters.' }) notes!: string;
}
@ObjectType({ description: 'The result of a mutation on a meeting.' }) export class MeetingPayload {
  @Field(() => Meeting, { nullable: true, description: 'The meeting as it now is; null when nothing was changed.' }) meeting!: Meeting | null;
  @Field(() => [UserError], { description: USER_ERRORS_DESCRIPTION }) userErrors!: UserError[];
}
@ObjectType({ description: 'An occurrence of one of your meetings.' }) export class UpcomingMeeting {
  @Field(() => Meeting, { description: 'The meeting (the series).' }) meeting!: Meeting;
  @Field(() => MeetingOccurrence, { description: 'The occurrence.' }) occurrence!: MeetingOccurrence;
}
@ObjectType({ description: 'The result of `createCalendarFeed`.' }) export class CalendarFeedPayload {
  @Field(() => String, { description: 'Your private calendar address: subscribe to it in a calendar app. Shown once; creating another retires it.' })
  url!: string;
}

const payload = (result: Outcome<Meeting>): MeetingPayload =>
  result.ok ? { meeting: result.value, userErrors: [] } : { meeting: null, userErrors: result.userErrors };
const MAX_WINDOW_DAYS = 366;

@Resolver(() => Meeting)
export class MeetingsResolver {
  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => MeetingPayload, { description: 'Schedules a meeting, once or recurring, for one of your open mentorships.' })
  async scheduleMeeting(@Arg('input', () => ScheduleMeetingInput, { description: 'The mentorship, time and details.' }) input: ScheduleMeetingInput, @Ctx() context: GraphQLContext) {
    return payload(await context.services.meetings.schedule(context.em, currentUser(context), { ...input }));
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => MeetingPayload, { description: 'Moves one occurrence.' })
  async rescheduleMeetingOccurrence(@Arg('input', () => RescheduleOccurrenceInput, { description: 'The occurrence and its new start.' }) input: RescheduleOccurrenceInput, @Ctx() context: GraphQLContext) {
    return payload(await context.services.meetings.changeOccurrence(context.em, currentUser(context), { ...input, cancel: false }));
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => MeetingPayload, { description: 'Cancels one occurrence.' })
  async cancelMeetingOccurrence(@Arg('input', () => CancelOccurrenceInput, { description: 'The occurrence to cancel.' }) input: CancelOccurrenceInput, @Ctx() context: GraphQLContext) {
    return payload(await context.services.meetings.changeOccurrence(context.em, currentUser(context), { ...input, cancel: true }));
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => MeetingPayload, { description: 'Cancels the whole series.' })
  async cancelMeeting(@Arg('input', () => MeetingIdInput, { description: 'The meeting to cancel.' }) input: MeetingIdInput, @Ctx() context: GraphQLContext) {
    return payload(await context.services.meetings.cancelSeries(context.em, currentUser(context), input.meetingId));
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => MeetingPayload, { description: 'Records attendance and notes after an occurrence.' })
  async recordMeetingOutcome(@Arg('input', () => RecordMeetingOutcomeInput, { description: 'The occurrence, who attended and notes.' }) input: RecordMeetingOutcomeInput, @Ctx() context: GraphQLContext) {
    return payload(await context.services.meetings.recordOutcome(context.em, currentUser(context), { ...input }));
  }

  @Authorized(SESSION_ONLY)
  @Mutation(() => CalendarFeedPayload, { description: 'Creates your private iCalendar feed address (retiring any earlier one).' })
  async createCalendarFeed(@Ctx() context: GraphQLContext): Promise<CalendarFeedPayload> {
    return { url: await context.services.calendar.rotate(context.em, currentUser(context)) };
  }

  @FieldResolver(() => [MeetingOccurrence], { description: 'Its occurrences that overlap a window (at most a year long).' })
  occurrences(@Root() meeting: Meeting, @Arg('from', () => Date, { description: 'The start of the window.' }) from: Date, @Arg('to', () => Date, { description: 'The end of the window, after `from` and at most 366 days later.' }) to: Date): MeetingOccurrence[] {
    if (!(to > from) || to.getTime() - from.getTime() > MAX_WINDOW_DAYS * 86_400_000) {
      throw new ApiError(ErrorCode.BAD_USER_INPUT, `\`to\` must be after \`from\`, at most ${MAX_WINDOW_DAYS} days later.`, { argument: 'to' });
    }
    return occurrencesBetween(meeting, from, to);
  }

  @FieldResolver(() => Mentorship, { description: 'The mentorship it belongs to.' })
  mentorship(@Root() meeting: Meeting, @Ctx() context: GraphQLContext): Promise<Mentorship> {
    return context.em.findOneOrFail(Mentorship, { uuid: meeting.mentorship.unwrap().uuid });
  }
}

@Resolver(() => Mentorship)
export class MentorshipMeetingsResolver {
  @FieldResolver(() => [Meeting], { description: 'Its meetings, newest first (the latest 100).' })
  meetings(@Root() mentorship: Mentorship, @Ctx() context: GraphQLContext): Promise<Meeting[]> {
    assertAllowed(context.viewer, [Scope.SESSIONS_READ]);
    return context.services.meetings.forMentorship(context.em, mentorship);
  }
}

@Resolver(() => User)
export class UserMeetingsResolver {
  @FieldResolver(() => [UpcomingMeeting], { nullable: true, description: 'Your meetings in the next `days` days (1 to 90), in time order; null for anyone else.' })
  async upcomingMeetings(@Root() user: User, @Arg('days', () => Int, { defaultValue: 14, description: 'How many days ahead to look, 1 to 90.' }) days: number, @Ctx() context: GraphQLContext): Promise<UpcomingMeeting[] | null> {
    if (!isViewer(context, user)) return null;
    assertAllowed(context.viewer, [Scope.SESSIONS_READ]);
    if (days < 1 || days > 90) throw new ApiError(ErrorCode.BAD_USER_INPUT, '`days` must be between 1 and 90.', { argument: 'days' });
    const now = new Date();
    return context.services.meetings.upcomingFor(context.em, user.uuid, now, new Date(now.getTime() + days * 86_400_000));
  }
}
