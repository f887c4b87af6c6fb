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
  @Field(() => MentorshipStatus, { description: 'The status.' }) status!: MentorshipStatus;
  @Field(() => Int, { description: 'How many of the program\'s mentorships are in it.' }) count!: number;
}

@ObjectType({ description: 'Distinct days with a session in one week (Monday to Sunday, UTC).' })
export class WeeklySessions {
  @Field(() => String, { description: 'The Monday, `YYYY-MM-DD`.' }) weekStart!: string;
  @Field(() => Int, { description: 'Distinct pair-days with a session that week.' }) sessions!: number;
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
  @Field(() => Int, { description: 'Goals on the program\'s boards, not archived.' }) goals!: number;
  @Field(() => Int, { description: 'Goals at 100 %: set by hand, or every milestone done.' }) goalsCompleted!: number;
  @Field(() => Int, { description: 'Milestones of those goals.' }) milestones!: number;
  @Field(() => Int, { description: 'Of those, ticked off.' }) milestonesDone!: number;
  @Field(() => Int, { description: 'Not done, and due before today (UTC).' }) milestonesOverdue!: number;
}

@ObjectType({ description: 'Progress reviews; averages only when at least three people rated.' })
export class ReviewInsights {
  @Field(() => Int, { description: 'Progress reviews recorded in the program\'s mentorships.' }) reviews!: number;
  @Field(() => Int, { description: 'Distinct people who rated a review.' }) raters!: number;
  @Field(() => Float, { nullable: true, description: 'Mean rating (1 to 5); null for fewer than three raters.' }) averageRating!: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean goal progress in reviews (0 to 100); null for fewer than three raters.' }) averageProgress!: number | null;
}

@ObjectType({ description: 'How many requests got a first answer within a span of time.' })
export class ResponseTimeBucket {
  @Field(() => String, { description: 'E.g. "Within a day", "Unanswered".' }) label!: string;
  @Field(() => Int, { description: 'Requests in this span.' }) count!: number;
}

@ObjectType({ description: "Requests to the program's approved mentors since the program started, and how fast they were first answered." })
export class RequestInsights {
  @Field(() => Int, { description: 'Requests sent to the program\'s mentors.' }) received!: number;
  @Field(() => Int, { description: 'With a first answer of any kind.' }) answered!: number;
  @Field(() => Int, { description: 'Still waiting for the mentor or the mentee.' }) open!: number;
  @Field(() => Int, { description: 'Expired without any answer.' }) expiredUnanswered!: number;
  @Field(() => Float, { nullable: true, description: 'Median hours to a first answer; null before any answer.' }) medianHoursToAnswer!: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean hours to a first answer; null before any answer.' }) averageHoursToAnswer!: number | null;
  @Field(() => [ResponseTimeBucket], { description: 'Requests by how fast they were answered, fastest first, then unanswered.' }) buckets!: ResponseTimeBucket[];
}

@ObjectType({ description: 'One reason a mentorship is at risk.' })
export class AtRiskReason {
  @Field(() => AtRiskReasonKind, { description: 'What is wrong.' }) kind!: AtRiskReasonKind;
  @Field(() => Date, { description: 'Since when.' }) since!: Date;
  @Field(() => String, { description: 'A sentence for people.' }) detail!: string;
}

@ObjectType({ description: 'An active mentorship that needs attention, and why.' })
export class AtRiskMentorship {
  @Field(() => ID, { description: 'The `Mentorship` id (its details stay private to the pair).' }) mentorshipId!: string;
  @Field(() => User, { description: 'The mentor.' }) mentor!: User;
  @Field(() => User, { description: 'The mentee.' }) mentee!: User;
  @Field(() => [AtRiskReason], { description: 'Why it needs attention; at least one.' }) reasons!: AtRiskReason[];
}

@ObjectType({ description: 'The figures of a program, for its admins. Aggregates only where people rate each other.' })
export class ProgramInsights {
  @Field(() => Date, { description: 'The moment the figures describe.' }) generatedAt!: Date;
  @Field(() => Int, { description: 'Mentorships under way (status ACTIVE).' }) activeMentorships!: number;
  @Field(() => [MentorshipStatusCount], { description: 'Every status, in lifecycle order, zeros included.' }) mentorshipsByStatus!: MentorshipStatusCount[];
  @Field(() => SessionInsights, { description: 'Sessions held against the agreed cadences.' }) sessions!: SessionInsights;
  @Field(() => GoalInsights, { description: 'Goal and milestone completion.' }) goals!: GoalInsights;
  @Field(() => ReviewInsights, { description: 'Progress reviews and their averages.' }) reviews!: ReviewInsights;
  @Field(() => FeedbackAverages, { nullable: true, description: 'Null when fewer than three people gave feedback.' }) feedback!: FeedbackAverages | null;
  @Field(() => RequestInsights, { description: 'Requests and how fast mentors answered them.' }) requests!: RequestInsights;
  @Field(() => [AtRiskMentorship], { description: 'Active mentorships needing attention, most reasons first.' }) atRisk!: AtRiskMentorship[];
  @Field(() => String, { description: 'The same figures as CSV (`section,metric,value` rows), for spreadsheets.' }) csv!: string;
}
