import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { ApiError, ErrorCode } from '../../graphql/errors.js';
import { currentUser, isViewer } from '../../auth/current-user.js';
import { Scope } from '../../auth/scopes.js';
import { User } from '../accounts/user.entity.js';
import { OutcomePayload } from '../accounts/accounts.types.js';
import { MatchWeights, MatchWeightsInput, MentorMatch } from './matching.types.js';
import type { MatchFactor } from './matching.types.js';

@Resolver()
export class MatchingResolver {
  @Authorized(Scope.PROFILE_READ)
  @Query(() => [MentorMatch], {
    description:
      'Mentors who fit your needs assessment best, each with its score broken down and explained. Mentors who are full, not taking requests, away, already matched with you, or you, are left out. Uses your saved weights, with any given here on top.',
  })
  async recommendedMentors(
    @Arg('first', () => Int, { defaultValue: 10, description: '1 to 50.' }) first: number,
    @Arg('weights', () => MatchWeightsInput, { nullable: true, description: 'Weights for this query only, on top of your saved ones; null: the saved ones.' }) weights: MatchWeightsInput | null,
    @Ctx() context: GraphQLContext,
  ): Promise<MentorMatch[]> {
    if (first < 1 || first > 50) throw new ApiError(ErrorCode.BAD_USER_INPUT, '`first` must be between 1 and 50.', { argument: 'first' });
    const user = currentUser(context);
    const resolved = await context.services.matching.resolveWeights(context.em, user, weights ? { ...weights } : {});
    if (!resolved.ok) {
      throw new ApiError(ErrorCode.BAD_USER_INPUT, resolved.userErrors.map((error) => error.message).join(' '), { argument: 'weights' });
    }
    const matches = await context.services.matching.recommend(context.em, user, resolved.weights, first);
    return matches.map((match) => ({ ...match, parts: match.parts.map((part) => ({ ...part, factor: part.factor as MatchFactor })) }));
  }

  @Authorized(Scope.PROFILE_WRITE)
  @Mutation(() => OutcomePayload, { description: 'Saves the weights your recommendations use.' })
  async saveMatchingWeights(@Arg('input', () => MatchWeightsInput, { description: 'The weights to save; parts left out keep theirs.' }) input: MatchWeightsInput, @Ctx() context: GraphQLContext): Promise<OutcomePayload> {
    const userErrors = await context.services.matching.saveWeights(context.em, currentUser(context), { ...input });
    return { ok: userErrors.length === 0, userErrors };
  }
}

@Resolver(() => User)
export class UserMatchingResolver {
  @FieldResolver(() => MatchWeights, { nullable: true, description: 'Your recommendation weights; null for anyone else.' })
  matchingWeights(@Root() user: User, @Ctx() context: GraphQLContext): Promise<MatchWeights> | null {
    return isViewer(context, user) ? context.services.matching.weightsFor(context.em, user) : null;
  }
}
