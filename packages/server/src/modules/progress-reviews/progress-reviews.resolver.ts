import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { UserError } from '../../graphql/relay/user-error.js';
import { assertAllowed } from '../../auth/auth-checker.js';
import { currentUser } from '../../auth/current-user.js';
import { Scope } from '../../auth/scopes.js';
import type { Outcome } from '../accounts/accounts.service.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';
import { ProgressReview } from './progress-review.entity.js';

@InputType() export class WriteProgressReviewInput {
  @Field(() => ID) mentorshipId!: string;
  @Field(() => String, { nullable: true }) wentWell?: string | null;
  @Field(() => String, { nullable: true }) toChange?: string | null;
  @Field(() => String, { nullable: true }) nextSteps?: string | null;
  @Field(() => Int, { description: 'Your rating of the period, 1 to 5.' }) rating!: number;
}
@InputType() export class RateProgressReviewInput {
  @Field(() => ID) reviewId!: string;
  @Field(() => Int, { description: '1 to 5.' }) rating!: number;
}
@ObjectType() export class ProgressReviewPayload {
  @Field(() => ProgressReview, { nullable: true }) review!: ProgressReview | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

const payload = (result: Outcome<ProgressReview>): ProgressReviewPayload =>
  result.ok ? { review: result.value, userErrors: [] } : { review: null, userErrors: result.userErrors };

@Resolver(() => ProgressReview)
export class ProgressReviewsResolver {
  @Authorized(Scope.MENTORSHIPS_WRITE)
  @Mutation(() => ProgressReviewPayload, { description: 'Writes a progress review; it snapshots every goal\'s progress.' })
  async writeProgressReview(@Arg('input', () => WriteProgressReviewInput) input: WriteProgressReviewInput, @Ctx() context: GraphQLContext) {
    const clean = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null)) as WriteProgressReviewInput & Record<string, unknown>;
    return payload(await context.services.progressReviews.write(context.em, currentUser(context), clean));
  }

  @Authorized(Scope.MENTORSHIPS_WRITE)
  @Mutation(() => ProgressReviewPayload, { description: 'Adds or changes your rating of a review\'s period.' })
  async rateProgressReview(@Arg('input', () => RateProgressReviewInput) input: RateProgressReviewInput, @Ctx() context: GraphQLContext) {
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
