import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { USER_ERRORS_DESCRIPTION, UserError } from '../../graphql/relay/user-error.js';
import { Connection, PageArgs, type Page } from '../../graphql/relay/connection.js';
import { assertAllowed } from '../../auth/auth-checker.js';
import { currentUser, isViewer } from '../../auth/current-user.js';
import { Scope } from '../../auth/scopes.js';
import { User } from '../accounts/user.entity.js';
import { MeetingCadence } from '../needs-assessments/needs-assessment.types.js';
import type { Outcome } from '../accounts/accounts.service.js';
import { Mentorship } from './mentorship.entity.js';
import { AgreementVersion } from './agreement-version.entity.js';
import { AgreementChange, CommunicationChannel, MentorshipStatus } from './mentorship.types.js';
import { diffTerms } from './agreements.service.js';
import type { MentorshipChange } from './mentorships.service.js';

const MentorshipConnection = Connection(Mentorship, 'Mentorship');
const AgreementVersionConnection = Connection(AgreementVersion, 'AgreementVersion');

@InputType({ description: 'What the two of you agree to expect of each other.' })
export class AgreementTermsInput {
  @Field(() => [String], { description: 'What you will work on: 1 to 10 goals of at most 200 characters.' })
  goals!: string[];

  @Field(() => [String], { defaultValue: [], description: 'How you will know it worked: at most 10, of at most 200 characters.' })
  desiredOutcomes!: string[];

  @Field(() => MeetingCadence, { description: 'How often you meet.' })
  meetingCadence!: MeetingCadence;

  @Field(() => Int, { description: '15 to 240.' })
  meetingLengthMinutes!: number;

  @Field(() => [CommunicationChannel], { description: 'How you talk between meetings: 1 to 5 channels, each once.' })
  channels!: CommunicationChannel[];

  @Field(() => Int, { description: '1 to 336.' })
  responseTimeHours!: number;

  @Field(() => String, { defaultValue: '', description: 'What stays between you, at most 2,000 characters.' })
  confidentiality!: string;

  @Field(() => String, { nullable: true, description: '`YYYY-MM-DD`, in the future; null: open-ended.' })
  endDate?: string | null;

  @Field(() => Int, { description: '1 to 26.' })
  reviewEveryWeeks!: number;
}

@InputType({ description: 'A new version of the agreement of one of your mentorships.' })
export class ProposeAgreementInput {
  @Field(() => ID, { description: 'A `Mentorship` id.' })
  mentorshipId!: string;

  @Field(() => AgreementTermsInput, { description: 'The whole set of terms, changed or not.' })
  terms!: AgreementTermsInput;

  @Field(() => String, { nullable: true, description: 'What you changed and why.' })
  note?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The latest version you saw (0 for none). If another was proposed since, you get STALE_VERSION instead of overwriting it.',
  })
  basedOnVersion?: number | null;
}

@InputType({ description: 'The agreement version you accept.' })
export class AcknowledgeAgreementInput {
  @Field(() => ID, { description: 'A `Mentorship` id.' })
  mentorshipId!: string;

  @Field(() => Int, { description: 'The version you read and accept: it must be the latest.' })
  version!: number;
}

@InputType({ description: 'The mentorship to pause, resume, complete or cancel.' })
export class ChangeMentorshipInput {
  @Field(() => ID, { description: 'A `Mentorship` id.' })
  mentorshipId!: string;

  @Field(() => String, { nullable: true, description: 'Why (required to cancel; welcome when completing early).' })
  reason?: string | null;
}

@ObjectType({ description: 'The result of a mutation on a mentorship.' })
export class MentorshipPayload {
  @Field(() => Mentorship, { nullable: true, description: 'The mentorship as it now is; null when nothing was changed.' })
  mentorship!: Mentorship | null;

  @Field(() => [UserError], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of `proposeAgreement`.' })
export class ProposeAgreementPayload {
  @Field(() => AgreementVersion, { nullable: true, description: 'The new version; null when none was created.' })
  agreementVersion!: AgreementVersion | null;

  @Field(() => [UserError], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}

const mentorshipPayload = (result: Outcome<Mentorship>): MentorshipPayload =>
  result.ok ? { mentorship: result.value, userErrors: [] } : { mentorship: null, userErrors: result.userErrors };

@Resolver(() => Mentorship)
export class MentorshipsResolver {
  @FieldResolver(() => User, { description: 'The mentor.' })
  mentor(@Root() mentorship: Mentorship, @Ctx() context: GraphQLContext): Promise<User> {
    return context.em.findOneOrFail(User, { uuid: mentorship.mentor.unwrap().uuid });
  }

  @FieldResolver(() => User, { description: 'The mentee.' })
  mentee(@Root() mentorship: Mentorship, @Ctx() context: GraphQLContext): Promise<User> {
    return context.em.findOneOrFail(User, { uuid: mentorship.mentee.unwrap().uuid });
  }

  @FieldResolver(() => AgreementVersion, { nullable: true, description: 'The newest version both have acknowledged.' })
  agreement(@Root() mentorship: Mentorship, @Ctx() context: GraphQLContext): Promise<AgreementVersion | null> {
    return context.services.agreements.inEffect(context.em, mentorship);
  }

  @FieldResolver(() => AgreementVersion, { nullable: true, description: 'The newest proposed version, in effect or not.' })
  latestAgreement(@Root() mentorship: Mentorship, @Ctx() context: GraphQLContext): Promise<AgreementVersion | null> {
    return context.services.agreements.latest(context.em, mentorship);
  }

  @FieldResolver(() => AgreementVersionConnection, { description: 'Every proposed version, newest first.' })
  agreementVersions(@Root() mentorship: Mentorship, @Args(() => PageArgs) args: PageArgs, @Ctx() context: GraphQLContext): Promise<Page<AgreementVersion>> {
    return context.services.agreements.versions(context.em, mentorship, args);
  }

  @FieldResolver(() => [AgreementChange], { description: 'The terms that differ from version `from` to version `to`.' })
  async agreementChanges(
    @Root() mentorship: Mentorship,
    @Arg('from', () => Int, { description: 'The earlier version number; 0 to list every term of `to` as new.' }) from: number,
    @Arg('to', () => Int, { description: 'The later version number.' }) to: number,
    @Ctx() context: GraphQLContext,
  ): Promise<AgreementChange[]> {
    const [before, after] = await Promise.all([
      context.services.agreements.byNumber(context.em, mentorship, from),
      context.services.agreements.byNumber(context.em, mentorship, to),
    ]);
    return after ? diffTerms(before?.terms ?? null, after.terms) : [];
  }

  @Authorized(Scope.MENTORSHIPS_WRITE)
  @Mutation(() => ProposeAgreementPayload, { description: 'Proposes a new version of the agreement; proposing counts as acknowledging it.' })
  async proposeAgreement(@Arg('input', () => ProposeAgreementInput, { description: 'The mentorship and the terms you propose.' }) input: ProposeAgreementInput, @Ctx() context: GraphQLContext): Promise<ProposeAgreementPayload> {
    const result = await context.services.agreements.propose(context.em, currentUser(context), { ...input, terms: { ...input.terms } });
    return result.ok ? { agreementVersion: result.value, userErrors: [] } : { agreementVersion: null, userErrors: result.userErrors };
  }

  @Authorized(Scope.MENTORSHIPS_WRITE)
  @Mutation(() => MentorshipPayload, { description: 'Accepts the latest version; once both have, it is in effect (and a new mentorship becomes active).' })
  async acknowledgeAgreement(@Arg('input', () => AcknowledgeAgreementInput, { description: 'The mentorship and the version you accept.' }) input: AcknowledgeAgreementInput, @Ctx() context: GraphQLContext) {
    return mentorshipPayload(await context.services.agreements.acknowledge(context.em, currentUser(context), input));
  }

  private async change(change: MentorshipChange, input: ChangeMentorshipInput, context: GraphQLContext) {
    return mentorshipPayload(await context.services.mentorships.change(context.em, currentUser(context), change, input));
  }

  @Authorized(Scope.MENTORSHIPS_WRITE)
  @Mutation(() => MentorshipPayload, { description: 'Puts an active mentorship on hold.' })
  pauseMentorship(@Arg('input', () => ChangeMentorshipInput, { description: 'The mentorship to pause.' }) input: ChangeMentorshipInput, @Ctx() context: GraphQLContext) {
    return this.change('pause', input, context);
  }

  @Authorized(Scope.MENTORSHIPS_WRITE)
  @Mutation(() => MentorshipPayload, { description: 'Resumes a paused mentorship.' })
  resumeMentorship(@Arg('input', () => ChangeMentorshipInput, { description: 'The mentorship to resume.' }) input: ChangeMentorshipInput, @Ctx() context: GraphQLContext) {
    return this.change('resume', input, context);
  }

  @Authorized(Scope.MENTORSHIPS_WRITE)
  @Mutation(() => MentorshipPayload, { description: 'Marks it completed, early if need be (say why).' })
  completeMentorship(@Arg('input', () => ChangeMentorshipInput, { description: 'The mentorship to complete, and why if early.' }) input: ChangeMentorshipInput, @Ctx() context: GraphQLContext) {
    return this.change('complete', input, context);
  }

  @Authorized(Scope.MENTORSHIPS_WRITE)
  @Mutation(() => MentorshipPayload, { description: 'Ends it without completing; a reason is required.' })
  cancelMentorship(@Arg('input', () => ChangeMentorshipInput, { description: 'The mentorship to cancel, and why.' }) input: ChangeMentorshipInput, @Ctx() context: GraphQLContext) {
    return this.change('cancel', input, context);
  }
}

@Resolver(() => AgreementVersion)
export class AgreementVersionResolver {
  @FieldResolver(() => User, { description: 'Who proposed it.' })
  proposedBy(@Root() version: AgreementVersion, @Ctx() context: GraphQLContext): Promise<User> {
    return context.em.findOneOrFail(User, { uuid: version.proposedBy.unwrap().uuid });
  }

  @FieldResolver(() => [User], { description: 'Who has acknowledged this version (the proposer included).' })
  acknowledgedBy(@Root() version: AgreementVersion, @Ctx() context: GraphQLContext): Promise<User[]> {
    return context.services.agreements.acknowledgedBy(context.em, version);
  }

  @FieldResolver(() => [AgreementChange], { description: 'What changed from the version before (everything, for version 1).' })
  async changes(@Root() version: AgreementVersion, @Ctx() context: GraphQLContext): Promise<AgreementChange[]> {
    const previous = version.version > 1 ? await context.services.agreements.byNumber(context.em, version.mentorship.unwrap(), version.version - 1) : null;
    return diffTerms(previous?.terms ?? null, version.terms);
  }
}

@Resolver(() => User)
export class UserMentorshipsResolver {
  @FieldResolver(() => MentorshipConnection, {
    nullable: true,
    description: 'Your mentorships as mentor or mentee, newest first; null for anyone else. Tokens need `mentorships:read`.',
  })
  async mentorships(
    @Root() user: User,
    @Arg('status', () => [MentorshipStatus], { nullable: true, description: 'Only these statuses.' }) status: MentorshipStatus[] | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<Page<Mentorship> | null> {
    if (!isViewer(context, user)) return null;
    assertAllowed(context.viewer, [Scope.MENTORSHIPS_READ]);
    return context.services.mentorships.list(context.em, user, status, args);
  }
}
