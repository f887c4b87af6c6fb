import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { USER_ERRORS_DESCRIPTION, UserError } from '../../graphql/relay/user-error.js';
import { assertAllowed } from '../../auth/auth-checker.js';
import { currentUser } from '../../auth/current-user.js';
import { Scope } from '../../auth/scopes.js';
import type { Outcome } from '../accounts/accounts.service.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';
import { ProgressReview } from './progress-review.entity.js';

@InputType({ description: 'A progress review of one of your mentorships.' }) export class WriteProgressReviewInput {
  @Field(() => ID, { description: 'A `Mentorship` id.' }) mentorshipId!: string;
  @Field(() => String, { nullable: true, description: 'What went well, at most 4,000 characters.' }) wentWell?: string | null;
  @Field(() => String, { nullable: true, description: 'What to change, at most 4,000 characters.' }) toChange?: string | null;
  @Field(() => String, { nullable: true, description: 'The next steps, at most 4,000 characters.' }) nextSteps?: string | null;
  @Field(() => Int, { description: 'Your rating of the period, 1 to 5.' }) rating!: number;
}
@InputType({ description: 'Your rating of the period a review covers.' }) export class RateProgressReviewInput {
  @Field(() => ID, { description: 'A `ProgressReview` id.' }) reviewId!: string;
  @Field(() => Int, { description: '1 to 5.' }) rating!: number;
}
@ObjectType({ description: 'The result of a mutation on a progress review.' }) export class ProgressReviewPayload {
  @Field(() => ProgressReview, { nullable: true, description: 'The review as it now is; null when nothing was changed.' }) review!: ProgressReview | null;
  @Field(() => [UserError], { description: USER_ERRORS_DESCRIPTION }) userErrors!: UserError[];
}

const payload = (result: Outcome<ProgressReview>): ProgressReviewPayload =>
  result.ok ? { review: result.value, userErrors: [] } : { review: null, userErrors: result.userErrors };

@Resolver(() => ProgressReview)
export class ProgressReviewsResolver {
  @Authorized(Scope.MENTORSHIPS_WRITE)
  @Mutation(() => ProgressReviewPayload, { description: 'Writes a progress review; it snapshots every goal\'s progress.' })
  async writeProgressReview(@Arg('input', () => WriteProgressReviewInput, { description: 'The mentorship, the review and your rating.' }) input: WriteProgressReviewInput, @Ctx() context: GraphQLContext) {
    const clean = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null)) as WriteProgressReviewInput & Record<string, unknown>;
    return payload(await context.services.progressReviews.write(context.em, currentUser(context), clean));
  }

  @Authorized(Scope.MENTORSHIPS_WRITE)
  @Mutation(() => ProgressReviewPayload, { description: 'Adds or changes your rating of a review\'s period.' })
  async rateProgressReview(@Arg('input', () => RateProgressReviewInput, { description: 'The review and your rating.' }) input: RateProgressReviewInput, @Ctx() context: GraphQLContext) {
    return payload(await context.services.progressReviews.rate(context.em, currentUser(context), input));
  }
}

@Resolver(() => Mentorship)
export class MentorshipReviewsResolver {
  @FieldResolver(() => [ProgressReview], { description: 'Its reviews, oldest first: `averageProgress` over time is the progress chart.' })
  progressReviews(@Root() mentorship: Mentorship, @Ctx() context: GraphQLContext): Promise<ProgressReview[]> {
    assertAllowed(context.viewer, [Scope.MENTORSHIPS_READ]);
    return context.services.progressReviews.forMentorship(context.em, mentorship);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the next review is due, by the agreement in effect; null without one.' })
  nextReviewDue(@Root() mentorship: Mentorship, @Ctx() context: GraphQLContext): Promise<Date | null> {
    return context.services.progressReviews.nextDue(context.em, mentorship);
  }
}
