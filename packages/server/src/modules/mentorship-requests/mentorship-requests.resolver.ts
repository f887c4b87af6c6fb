import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root, registerEnumType } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { USER_ERRORS_DESCRIPTION, UserError } from '../../graphql/relay/user-error.js';
import { Connection, PageArgs, type Page } from '../../graphql/relay/connection.js';
import { assertAllowed } from '../../auth/auth-checker.js';
import { currentUser, isViewer } from '../../auth/current-user.js';
import { Scope } from '../../auth/scopes.js';
import { User } from '../accounts/user.entity.js';
import { MeetingCadence } from '../needs-assessments/needs-assessment.types.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';
import type { Outcome } from '../accounts/accounts.service.js';
import { MentorshipRequest } from './mentorship-request.entity.js';

export enum RequestDirection {
  SENT = 'SENT',
  RECEIVED = 'RECEIVED',
}
registerEnumType(RequestDirection, {
  name: 'RequestDirection',
  description: 'Requests you sent (as mentee) or received (as mentor).',
  valuesConfig: {
    SENT: { description: 'Requests you sent to mentors.' },
    RECEIVED: { description: 'Requests mentees sent to you.' },
  },
});

const MentorshipRequestConnection = Connection(MentorshipRequest, 'MentorshipRequest');

@InputType({ description: 'A request to a mentor: your message, the goals to share, and a proposed rhythm.' })
export class SendMentorshipRequestInput {
  @Field(() => ID, { description: "The mentor's `User` id." })
  mentorId!: string;

  @Field(() => String, { description: 'Why this mentor, and what you hope for: 40 to 2,000 characters.' })
  message!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Goals from your needs assessment to share with the mentor.' })
  goalIds!: string[];

  @Field(() => MeetingCadence, { nullable: true, description: 'How often you propose to meet; null to leave it open.' })
  proposedCadence?: MeetingCadence | null;

  @Field(() => String, { description: 'Your own unique id for this send: sending again with it returns the same request.' })
  clientMutationId!: string;
}

@InputType({ description: 'The request to act on.' })
export class RequestIdInput {
  @Field(() => ID, { description: 'A `MentorshipRequest` id.' })
  requestId!: string;
}

@InputType({ description: 'A question for the mentee about their request.' })
export class AskForInformationInput extends RequestIdInput {
  @Field(() => String, { description: 'What you want to know, 1 to 2,000 characters.' })
  question!: string;
}

@InputType({ description: "An answer to the mentor's question." })
export class ProvideInformationInput extends RequestIdInput {
  @Field(() => String, { description: 'Your answer, 1 to 2,000 characters.' })
  answer!: string;
}

@InputType({ description: 'The request to decline, and why.' })
export class DeclineMentorshipRequestInput extends RequestIdInput {
  @Field(() => String, { description: 'A kind, honest reason; the mentee sees it.' })
  reason!: string;
}

@ObjectType({ description: 'The result of a mutation on a mentorship request.' })
export class MentorshipRequestPayload {
  @Field(() => MentorshipRequest, { nullable: true, description: 'The request as it now is; null when nothing was changed.' })
  request!: MentorshipRequest | null;

  @Field(() => [UserError], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}

const payload = (result: Outcome<MentorshipRequest>): MentorshipRequestPayload =>
  result.ok ? { request: result.value, userErrors: [] } : { request: null, userErrors: result.userErrors };

@Resolver(() => MentorshipRequest)
export class MentorshipRequestsResolver {
  @FieldResolver(() => User, { description: 'The mentee who asked.' })
  mentee(@Root() request: MentorshipRequest, @Ctx() context: GraphQLContext): Promise<User> {
    return context.em.findOneOrFail(User, { uuid: request.mentee.unwrap().uuid });
  }

  @FieldResolver(() => User, { description: 'The mentor who was asked.' })
  mentor(@Root() request: MentorshipRequest, @Ctx() context: GraphQLContext): Promise<User> {
    return context.em.findOneOrFail(User, { uuid: request.mentor.unwrap().uuid });
  }

  @FieldResolver(() => Mentorship, { nullable: true, description: 'The mentorship its acceptance created.' })
  mentorship(@Root() request: MentorshipRequest, @Ctx() context: GraphQLContext): Promise<Mentorship | null> {
    return request.mentorshipUuid ? context.em.findOne(Mentorship, { uuid: request.mentorshipUuid }) : Promise.resolve(null);
  }

  @Authorized(Scope.MENTORSHIPS_WRITE)
  @Mutation(() => MentorshipRequestPayload, { description: 'Asks a mentor to mentor you. Idempotent per `clientMutationId`.' })
  async sendMentorshipRequest(
    @Arg('input', () => SendMentorshipRequestInput, { description: 'The mentor, your message and the goals to share.' }) input: SendMentorshipRequestInput,
    @Ctx() context: GraphQLContext,
  ): Promise<MentorshipRequestPayload> {
    assertAllowed(context.viewer, []);
    return payload(await context.services.mentorshipRequests.send(context.em, context.viewer, { ...input }));
  }

  @Authorized(Scope.MENTORSHIPS_WRITE)
  @Mutation(() => MentorshipRequestPayload, { description: 'As the mentor: ask the mentee something before deciding.' })
  async askForInformation(@Arg('input', () => AskForInformationInput, { description: 'The request and your question.' }) input: AskForInformationInput, @Ctx() context: GraphQLContext) {
    return payload(await context.services.mentorshipRequests.askForInformation(context.em, currentUser(context), input));
  }

  @Authorized(Scope.MENTORSHIPS_WRITE)
  @Mutation(() => MentorshipRequestPayload, { description: "As the mentee: answer the mentor's question; the request is pending again." })
  async provideInformation(@Arg('input', () => ProvideInformationInput, { description: 'The request and your answer.' }) input: ProvideInformationInput, @Ctx() context: GraphQLContext) {
    return payload(await context.services.mentorshipRequests.provideInformation(context.em, currentUser(context), input));
  }

  @Authorized(Scope.MENTORSHIPS_WRITE)
  @Mutation(() => MentorshipRequestPayload, {
    description: 'As the mentor: accept, creating a mentorship. Fails with CAPACITY_REACHED when your places are full.',
  })
  async acceptMentorshipRequest(@Arg('input', () => RequestIdInput, { description: 'The request to accept.' }) input: RequestIdInput, @Ctx() context: GraphQLContext) {
    return payload(await context.services.mentorshipRequests.accept(context.em, currentUser(context), input));
  }

  @Authorized(Scope.MENTORSHIPS_WRITE)
  @Mutation(() => MentorshipRequestPayload, { description: 'As the mentor: decline, with a reason.' })
  async declineMentorshipRequest(@Arg('input', () => DeclineMentorshipRequestInput, { description: 'The request and your reason.' }) input: DeclineMentorshipRequestInput, @Ctx() context: GraphQLContext) {
    return payload(await context.services.mentorshipRequests.decline(context.em, currentUser(context), input));
  }

  @Authorized(Scope.MENTORSHIPS_WRITE)
  @Mutation(() => MentorshipRequestPayload, { description: 'As the mentee: take an open request back.' })
  async withdrawMentorshipRequest(@Arg('input', () => RequestIdInput, { description: 'The request to withdraw.' }) input: RequestIdInput, @Ctx() context: GraphQLContext) {
    return payload(await context.services.mentorshipRequests.withdraw(context.em, currentUser(context), input));
  }
}

@Resolver(() => User)
export class UserRequestsResolver {
  @FieldResolver(() => MentorshipRequestConnection, {
    nullable: true,
    description: 'Your requests, newest first; null for anyone else. Tokens need `mentorships:read`.',
  })
  async mentorshipRequests(
    @Root() user: User,
    @Arg('direction', () => RequestDirection, { description: 'Requests you sent or those you received.' }) direction: RequestDirection,
    @Arg('openOnly', () => Boolean, { defaultValue: false, description: 'Only open requests (PENDING or INFO_REQUESTED).' }) openOnly: boolean,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<Page<MentorshipRequest> | null> {
    if (!isViewer(context, user)) return null;
    assertAllowed(context.viewer, [Scope.MENTORSHIPS_READ]);
    return context.services.mentorshipRequests.list(context.em, user, direction, openOnly, args);
  }
}
