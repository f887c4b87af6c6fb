import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { UserError } from '../../graphql/relay/user-error.js';
import { assertAllowed } from '../../auth/auth-checker.js';
import { currentUser } from '../../auth/current-user.js';
import { Scope } from '../../auth/scopes.js';
import { hasScope } from '../../auth/viewer.js';
import { User } from '../accounts/user.entity.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';
import { Program } from '../programs/program.entity.js';
import { Feedback, FeedbackContext } from './feedback.entity.js';
import { MIN_GROUP_FOR_AGGREGATES } from './feedback.service.js';

@InputType() export class FeedbackRatingsInput {
  @Field(() => Int) helpfulness!: number;
  @Field(() => Int) clarity!: number;
  @Field(() => Int) preparation!: number;
  @Field(() => Int) listening!: number;
}
@InputType() export class GiveFeedbackInput {
  @Field(() => ID) mentorshipId!: string;
  @Field(() => FeedbackContext) context!: FeedbackContext;
  @Field(() => ID, { nullable: true, description: 'The session or review it follows.' }) contextId?: string | null;
  @Field(() => FeedbackRatingsInput) ratings!: FeedbackRatingsInput;
  @Field(() => String, { nullable: true }) comment?: string | null;
  @Field(() => String, { nullable: true, description: 'Mentors: what you learned.' }) learned?: string | null;
}
@ObjectType() export class FeedbackPayload {
  @Field(() => Feedback, { nullable: true }) feedback!: Feedback | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
@ObjectType({ description: `Average ratings across a program; only for ${MIN_GROUP_FOR_AGGREGATES} or more people giving feedback.` }) export class FeedbackAverages {
  @Field(() => Int) givers!: number;
  @Field(() => Float) helpfulness!: number;
  @Field(() => Float) clarity!: number;
  @Field(() => Float) preparation!: number;
  @Field(() => Float) listening!: number;
}

@Resolver(() => Feedback)
export class FeedbackResolver {
  @Authorized(Scope.MENTORSHIPS_WRITE)
  @Mutation(() => FeedbackPayload, { description: 'Rates your partner after a session or review; once per occasion.' })
  async giveFeedback(@Arg('input', () => GiveFeedbackInput) input: GiveFeedbackInput, @Ctx() context: GraphQLContext): Promise<FeedbackPayload> {
    const clean = Object.fromEntries(Object.entries({ ...input, ratings: { ...input.ratings } }).filter(([, value]) => value !== null));
    const result = await context.services.feedback.give(context.em, currentUser(context), clean as GiveFeedbackInput & Record<string, unknown>);
    return result.ok ? { feedback: result.value, userErrors: [] } : { feedback: null, userErrors: result.userErrors };
  }

  @FieldResolver(() => User, { nullable: true })
  giver(@Root() feedback: Feedback, @Ctx() context: GraphQLContext): Promise<User | null> {
    return context.em.findOne(User, { uuid: feedback.giver.unwrap().uuid });
  }

  @FieldResolver(() => User, { nullable: true })
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
