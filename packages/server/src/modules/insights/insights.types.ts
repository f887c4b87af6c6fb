import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { MentorshipStatus } from '../mentorships/mentorship.types.js';
import { FeedbackAverages } from '../feedback/feedback.resolver.js';

export enum AtRiskReasonKind {
  NO_RECENT_SESSION = 'NO_RECENT_SESSION',
  REVIEW_OVERDUE = 'REVIEW_OVERDUE',
  UNANSWERED_MESSAGE = 'UNANSWERED_MESSAGE',
}
registerEnumType(AtRiskReasonKind, {
  name: 'AtRiskReasonKind',
  description: 'Why an active mentorship needs attention.',
  valuesConfig: {
    NO_RECENT_SESSION: { description: 'No session for twice the agreed cadence.' },
    REVIEW_OVERDUE: { description: 'A progress review is overdue on the agreed cadence.' },
    UNANSWERED_MESSAGE: { description: 'A message has waited longer than the agreed response time.' },
  },
});

@ObjectType({ description: 'How many mentorships are in one status.' })
export class MentorshipStatusCount {
  @Field(() => MentorshipStatus) status!: MentorshipStatus;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Distinct days with a session in one week (Monday to Sunday, UTC).' })
export class WeeklySessions {
  @Field(() => String, { description: 'The Monday, `YYYY-MM-DD`.' }) weekStart!: string;
  @Field(() => Int) sessions!: number;
}

@ObjectType({ description: 'Sessions held against the agreed cadence, for active and completed mentorships with a cadence.' })
export class SessionInsights {
  @Field(() => Int, { description: 'Days on which a pair met (a live session opened, or a meeting recorded as attended).' }) held!: number;
  @Field(() => Int, { description: 'Sessions the agreed cadences promised up to now (or the end).' }) expected!: number;
  @Field(() => Int, { description: 'Mentorships measured: active or completed, with a cadence other than "as needed".' }) mentorshipsMeasured!: number;
  @Field(() => Int, { description: 'Of those, how many held at least as many sessions as promised.' }) mentorshipsOnCadence!: number;
  @Field(() => [WeeklySessions], { description: 'The last 12 weeks, oldest first.' }) weekly!: WeeklySessions[];
}

@ObjectType({ description: 'Goals (not archived) and milestones on the program’s boards.' })
export class GoalInsights {
  @Field(() => Int) goals!: number;
  @Field(() => Int, { description: 'Goals at 100 %: set by hand, or every milestone done.' }) goalsCompleted!: number;
  @Field(() => Int) milestones!: number;
  @Field(() => Int) milestonesDone!: number;
  @Field(() => Int, { description: 'Not done, and due before today (UTC).' }) milestonesOverdue!: number;
}

@ObjectType({ description: 'Progress reviews; averages only when at least three people rated.' })
export class ReviewInsights {
  @Field(() => Int) reviews!: number;
  @Field(() => Int, { description: 'Distinct people who rated a review.' }) raters!: number;
  @Field(() => Float, { nullable: true, description: 'Mean rating (1 to 5); null for fewer than three raters.' }) averageRating!: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean goal progress in reviews (0 to 100); null for fewer than three raters.' }) averageProgress!: number | null;
}

@ObjectType({ description: 'How many requests got a first answer within a span of time.' })
export class ResponseTimeBucket {
  @Field(() => String, { description: 'E.g. "Within a day", "Unanswered".' }) label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "Requests to the program's approved mentors since the program started, and how fast they were first answered." })
export class RequestInsights {
  @Field(() => Int) received!: number;
  @Field(() => Int, { description: 'With a first answer of any kind.' }) answered!: number;
  @Field(() => Int, { description: 'Still waiting for the mentor or the mentee.' }) open!: number;
  @Field(() => Int, { description: 'Expired without any answer.' }) expiredUnanswered!: number;
  @Field(() => Float, { nullable: true }) medianHoursToAnswer!: number | null;
  @Field(() => Float, { nullable: true }) averageHoursToAnswer!: number | null;
  @Field(() => [ResponseTimeBucket]) buckets!: ResponseTimeBucket[];
}

@ObjectType({ description: 'One reason a mentorship is at risk.' })
export class AtRiskReason {
  @Field(() => AtRiskReasonKind) kind!: AtRiskReasonKind;
  @Field(() => Date, { description: 'Since when.' }) since!: Date;
  @Field(() => String, { description: 'A sentence for people.' }) detail!: string;
}

@ObjectType({ description: 'An active mentorship that needs attention, and why.' })
export class AtRiskMentorship {
  @Field(() => ID, { description: 'The `Mentorship` id (its details stay private to the pair).' }) mentorshipId!: string;
  @Field(() => User) mentor!: User;
  @Field(() => User) mentee!: User;
  @Field(() => [AtRiskReason]) reasons!: AtRiskReason[];
}

@ObjectType({ description: 'The figures of a program, for its admins. Aggregates only where people rate each other.' })
export class ProgramInsights {
  @Field(() => Date, { description: 'The moment the figures describe.' }) generatedAt!: Date;
  @Field(() => Int, { description: 'Mentorships under way (status ACTIVE).' }) activeMentorships!: number;
  @Field(() => [MentorshipStatusCount], { description: 'Every status, in lifecycle order, zeros included.' }) mentorshipsByStatus!: MentorshipStatusCount[];
  @Field(() => SessionInsights) sessions!: SessionInsights;
  @Field(() => GoalInsights) goals!: GoalInsights;
  @Field(() => ReviewInsights) reviews!: ReviewInsights;
  @Field(() => FeedbackAverages, { nullable: true, description: 'Null when fewer than three people gave feedback.' }) feedback!: FeedbackAverages | null;
  @Field(() => RequestInsights) requests!: RequestInsights;
  @Field(() => [AtRiskMentorship], { description: 'Active mentorships needing attention, most reasons first.' }) atRisk!: AtRiskMentorship[];
  @Field(() => String, { description: 'The same figures as CSV (`section,metric,value` rows), for spreadsheets.' }) csv!: string;
}
