import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { USER_ERRORS_DESCRIPTION, UserError } from '../../graphql/relay/user-error.js';
import { assertAllowed } from '../../auth/auth-checker.js';
import { currentUser } from '../../auth/current-user.js';
import { Scope } from '../../auth/scopes.js';
import { hasScope } from '../../auth/viewer.js';
import { User } from '../accounts/user.entity.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';
import { Program } from '../programs/program.entity.js';
import { Feedback, FeedbackContext } from './feedback.entity.js';
import { MIN_GROUP_FOR_AGGREGATES } from './feedback.service.js';

@InputType({ description: 'Ratings from 1 (poor) to 5 (excellent).' }) export class FeedbackRatingsInput {
  @Field(() => Int, { description: 'How helpful the other person was, 1 to 5.' }) helpfulness!: number;
  @Field(() => Int, { description: 'How clearly they communicated, 1 to 5.' }) clarity!: number;
  @Field(() => Int, { description: 'How well prepared they came, 1 to 5.' }) preparation!: number;
  @Field(() => Int, { description: 'How well they listened, 1 to 5.' }) listening!: number;
}
@InputType({ description: 'Feedback for the other person of one of your mentorships; only the two of you see it.' }) export class GiveFeedbackInput {
  @Field(() => ID, { description: 'A `Mentorship` id.' }) mentorshipId!: string;
  @Field(() => FeedbackContext, { description: 'What it is about; once per occasion.' }) context!: FeedbackContext;
  @Field(() => ID, { nullable: true, description: 'The session or review it follows.' }) contextId?: string | null;
  @Field(() => FeedbackRatingsInput, { description: 'Your ratings.' }) ratings!: FeedbackRatingsInput;
  @Field(() => String, { nullable: true, description: 'A comment, at most 2,000 characters.' }) comment?: string | null;
  @Field(() => String, { nullable: true, description: 'Mentors: what you learned.' }) learned?: string | null;
}
@ObjectType({ description: 'The result of `giveFeedback`.' }) export class FeedbackPayload {
  @Field(() => Feedback, { nullable: true, description: 'The feedback given; null when it was not accepted.' }) feedback!: Feedback | null;
  @Field(() => [UserError], { description: USER_ERRORS_DESCRIPTION }) userErrors!: UserError[];
}
@ObjectType({ description: `Average ratings across a program; only for ${MIN_GROUP_FOR_AGGREGATES} or more people giving feedback.` }) export class FeedbackAverages {
  @Field(() => Int, { description: 'How many people gave feedback.' }) givers!: number;
  @Field(() => Float, { description: 'Average helpfulness, 1 to 5, to one decimal.' }) helpfulness!: number;
  @Field(() => Float, { description: 'Average clarity, 1 to 5, to one decimal.' }) clarity!: number;
  @Field(() => Float, { description: 'Average preparation, 1 to 5, to one decimal.' }) preparation!: number;
  @Field(() => Float, { description: 'Average listening, 1 to 5, to one decimal.' }) listening!: number;
}

@Resolver(() => Feedback)
export class FeedbackResolver {
  @Authorized(Scope.MENTORSHIPS_WRITE)
  @Mutation(() => FeedbackPayload, { description: 'Rates your partner after a session or review; once per occasion.' })
  async giveFeedback(@Arg('input', () => GiveFeedbackInput, { description: 'The mentorship, the occasion and your ratings.' }) input: GiveFeedbackInput, @Ctx() context: GraphQLContext): Promise<FeedbackPayload> {
    const clean = Object.fromEntries(Object.entries({ ...input, ratings: { ...input.ratings } }).filter(([, value]) => value !== null));
    const result = await context.services.feedback.give(context.em, currentUser(context), clean as GiveFeedbackInput & Record<string, unknown>);
    return result.ok ? { feedback: result.value, userErrors: [] } : { feedback: null, userErrors: result.userErrors };
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who gave it.' })
  giver(@Root() feedback: Feedback, @Ctx() context: GraphQLContext): Promise<User | null> {
    return context.em.findOne(User, { uuid: feedback.giver.unwrap().uuid });
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who it is for.' })
  receiver(@Root() feedback: Feedback, @Ctx() context: GraphQLContext): Promise<User | null> {
    return context.em.findOne(User, { uuid: feedback.receiver.unwrap().uuid });
  }
}

@Resolver(() => Mentorship)
export class MentorshipFeedbackResolver {
  @FieldResolver(() => [Feedback], { description: 'Feedback you gave or received in this mentorship, newest first.' })
  feedback(@Root() mentorship: Mentorship, @Ctx() context: GraphQLContext): Promise<Feedback[]> {
    assertAllowed(context.viewer, [Scope.MENTORSHIPS_READ]);
    return context.services.feedback.forMember(context.em, context.viewer.user, mentorship);
  }
}

@Resolver(() => Program)
export class ProgramFeedbackResolver {
  @FieldResolver(() => FeedbackAverages, { nullable: true, description: `Admins only: average ratings, when at least ${MIN_GROUP_FOR_AGGREGATES} people gave feedback; never single answers.` })
  async feedbackAverages(@Root() program: Program, @Ctx() context: GraphQLContext): Promise<FeedbackAverages | null> {
    if (context.viewer.kind === 'anonymous' || !hasScope(context.viewer, Scope.PROGRAMS_ADMIN)) return null;
    if (!(await context.services.programs.isAdmin(context.em, context.viewer.user, program.organization.unwrap().uuid))) return null;
    return context.services.feedback.programAverages(context.em, program.uuid);
  }
}
