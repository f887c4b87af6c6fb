import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { USER_ERRORS_DESCRIPTION, UserError } from '../../graphql/relay/user-error.js';
import { Connection, PageArgs, type Page } from '../../graphql/relay/connection.js';
import { assertAllowed } from '../../auth/auth-checker.js';
import { currentUser, isViewer } from '../../auth/current-user.js';
import { Scope } from '../../auth/scopes.js';
import { hasScope } from '../../auth/viewer.js';
import { User } from '../accounts/user.entity.js';
import type { Outcome } from '../accounts/accounts.service.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';
import { MatchScorePart, type MatchFactor } from '../matching/matching.types.js';
import { Enrollment, Organization, Program } from './program.entity.js';
import { EnrollmentRole, EnrollmentStatus } from './program.types.js';

const OrganizationConnection = Connection(Organization, 'Organization');
const ProgramConnection = Connection(Program, 'Program');
const EnrollmentConnection = Connection(Enrollment, 'Enrollment');

@InputType({ description: 'A new organisation.' })
export class CreateOrganizationInput {
  @Field(() => String, { description: 'Its name, 1 to 120 characters.' })
  name!: string;
}

@InputType({ description: 'A question people answer when they enrol.' })
export class EnrollmentQuestionInput {
  @Field(() => String, { description: 'The question, 1 to 300 characters.' })
  prompt!: string;

  @Field(() => Boolean, { defaultValue: true, description: 'Whether an answer is needed to enrol.' })
  required!: boolean;
}

@InputType({ description: 'A group of people who start together.' })
export class CohortInput {
  @Field(() => String, { description: 'Its name, 1 to 80 characters.' })
  name!: string;

  @Field(() => String, { description: '`YYYY-MM-DD`.' })
  startsOn!: string;
}

@InputType({ description: 'A new program in an organisation you administer.' })
export class CreateProgramInput {
  @Field(() => ID, { description: 'An `Organization` id.' })
  organizationId!: string;

  @Field(() => String, { description: 'Its name, 1 to 120 characters.' })
  name!: string;

  @Field(() => String, { defaultValue: '', description: 'What it is about, at most 4,000 characters.' })
  description!: string;

  @Field(() => String, { description: '`YYYY-MM-DD`.' })
  startsOn!: string;

  @Field(() => String, { description: '`YYYY-MM-DD`, after the start.' })
  endsOn!: string;

  @Field(() => [EnrollmentQuestionInput], { defaultValue: [], description: 'At most 20 questions for people who enrol.' })
  enrollmentQuestions!: EnrollmentQuestionInput[];

  @Field(() => [CohortInput], { defaultValue: [], description: 'At most 20 cohorts; none for a program without cohorts.' })
  cohorts!: CohortInput[];
}

@InputType({ description: 'An answer to one enrolment question.' })
export class EnrollmentAnswerInput {
  @Field(() => ID, { description: 'An `EnrollmentQuestion.id` of the program.' })
  questionId!: string;

  @Field(() => String, { description: 'Your answer, at most 2,000 characters.' })
  answer!: string;
}

@InputType({ description: 'The program you want to take part in, on which side, and your answers.' })
export class EnrollInProgramInput {
  @Field(() => ID, { description: 'A `Program` id.' })
  programId!: string;

  @Field(() => EnrollmentRole, { description: 'Whether you enrol as mentor or mentee; once per side.' })
  role!: EnrollmentRole;

  @Field(() => ID, { nullable: true, description: 'A `Cohort.id` of the program; null when it has none or you have no preference.' })
  cohortId?: string | null;

  @Field(() => [EnrollmentAnswerInput], { defaultValue: [], description: 'Answers to the questions; every required one must be answered.' })
  answers!: EnrollmentAnswerInput[];
}

@InputType({ description: 'Your decision on an enrolment.' })
export class ReviewEnrollmentInput {
  @Field(() => ID, { description: 'An `Enrollment` id.' })
  enrollmentId!: string;

  @Field(() => Boolean, { description: 'True to approve, false to decline.' })
  approve!: boolean;
}

@InputType({ description: 'A mentee and a mentor to pair.' })
export class ProgramPairInput {
  @Field(() => ID, { description: "The mentee's `User` id." })
  menteeId!: string;

  @Field(() => ID, { description: "The mentor's `User` id." })
  mentorId!: string;
}

@InputType({ description: 'Pairs to match in a program you administer.' })
export class MatchProgramPairsInput {
  @Field(() => ID, { description: 'A `Program` id.' })
  programId!: string;

  @Field(() => [ProgramPairInput], { description: '1 to 100 pairs; all are matched, or none.' })
  pairs!: ProgramPairInput[];
}

@ObjectType({ description: 'The result of `createOrganization`.' })
export class OrganizationPayload {
  @Field(() => Organization, { nullable: true, description: 'The new organisation; null when none was created.' }) organization!: Organization | null;
  @Field(() => [UserError], { description: USER_ERRORS_DESCRIPTION }) userErrors!: UserError[];
}

@ObjectType({ description: 'The result of `createProgram`.' })
export class ProgramPayload {
  @Field(() => Program, { nullable: true, description: 'The new program; null when none was created.' }) program!: Program | null;
  @Field(() => [UserError], { description: USER_ERRORS_DESCRIPTION }) userErrors!: UserError[];
}

@ObjectType({ description: 'The result of a mutation on an enrolment.' })
export class EnrollmentPayload {
  @Field(() => Enrollment, { nullable: true, description: 'The enrolment as it now is; null when nothing was changed.' }) enrollment!: Enrollment | null;
  @Field(() => [UserError], { description: USER_ERRORS_DESCRIPTION }) userErrors!: UserError[];
}

@ObjectType({ description: 'The result of `matchProgramPairs`.' })
export class MatchProgramPairsPayload {
  @Field(() => [Mentorship], { description: 'The mentorships created, in the order of the pairs.' }) mentorships!: Mentorship[];
  @Field(() => [UserError], { description: USER_ERRORS_DESCRIPTION }) userErrors!: UserError[];
}

@ObjectType({ description: 'A mentee and a mentor the scoring suggests pairing, with why.' })
export class SuggestedPair {
  @Field(() => User, { description: 'The mentee, an approved enrollee.' }) mentee!: User;
  @Field(() => User, { description: 'The mentor, an approved enrollee.' }) mentor!: User;
  @Field(() => Float, { description: 'How well they fit, 0 to 1: the sum of the parts.' }) score!: number;
  @Field(() => [MatchScorePart], { description: 'Every part of the score, explained.' }) parts!: MatchScorePart[];
}

const outcome = <K extends string, T>(key: K, result: Outcome<T>) =>
  (result.ok ? { [key]: result.value, userErrors: [] } : { [key]: null, userErrors: result.userErrors }) as Record<K, T | null> & { userErrors: UserError[] };

@Resolver(() => Program)
export class ProgramsResolver {
  @Authorized(Scope.PROGRAMS_ADMIN)
  @Mutation(() => OrganizationPayload, { description: 'Creates an organisation; you become its admin.' })
  async createOrganization(@Arg('input', () => CreateOrganizationInput, { description: 'Its name.' }) input: CreateOrganizationInput, @Ctx() context: GraphQLContext) {
    return outcome('organization', await context.services.programs.createOrganization(context.em, currentUser(context), input));
  }

  @Authorized(Scope.PROGRAMS_ADMIN)
  @Mutation(() => ProgramPayload, { description: 'Creates a program in an organisation you administer.' })
  async createProgram(@Arg('input', () => CreateProgramInput, { description: 'The organisation and the program.' }) input: CreateProgramInput, @Ctx() context: GraphQLContext) {
    const plain = { ...input, enrollmentQuestions: input.enrollmentQuestions.map((q) => ({ ...q })), cohorts: input.cohorts.map((c) => ({ ...c })) };
    return outcome('program', await context.services.programs.createProgram(context.em, currentUser(context), plain));
  }

  @Authorized(Scope.MENTORSHIPS_WRITE)
  @Mutation(() => EnrollmentPayload, { description: 'Asks to take part in a program as mentor or mentee; an admin decides.' })
  async enrollInProgram(@Arg('input', () => EnrollInProgramInput, { description: 'The program, your side and your answers.' }) input: EnrollInProgramInput, @Ctx() context: GraphQLContext) {
    const plain = { ...input, answers: input.answers.map((a) => ({ ...a })) };
    return outcome('enrollment', await context.services.programs.enroll(context.em, currentUser(context), plain));
  }

  @Authorized(Scope.PROGRAMS_ADMIN)
  @Mutation(() => EnrollmentPayload, { description: 'Approves or declines an enrolment in a program you administer.' })
  async reviewEnrollment(@Arg('input', () => ReviewEnrollmentInput, { description: 'The enrolment and your decision.' }) input: ReviewEnrollmentInput, @Ctx() context: GraphQLContext) {
    return outcome('enrollment', await context.services.programs.reviewEnrollment(context.em, currentUser(context), input));
  }

  @Authorized(Scope.PROGRAMS_ADMIN)
  @Mutation(() => MatchProgramPairsPayload, { description: 'Creates a program mentorship for each pair, within mentors\' capacity: all or none.' })
  async matchProgramPairs(@Arg('input', () => MatchProgramPairsInput, { description: 'The program and the pairs.' }) input: MatchProgramPairsInput, @Ctx() context: GraphQLContext): Promise<MatchProgramPairsPayload> {
    const result = await context.services.programs.matchPairs(context.em, currentUser(context), { programId: input.programId, pairs: input.pairs.map((p) => ({ ...p })) });
    return result.ok ? { mentorships: result.value, userErrors: [] } : { mentorships: [], userErrors: result.userErrors };
  }

  @FieldResolver(() => Organization, { description: 'The organisation that runs it.' })
  organization(@Root() program: Program, @Ctx() context: GraphQLContext): Promise<Organization> {
    return context.em.findOneOrFail(Organization, { uuid: program.organization.unwrap().uuid });
  }

  private async adminOf(program: Program, context: GraphQLContext): Promise<boolean> {
    return (
      context.viewer.kind !== 'anonymous' &&
      hasScope(context.viewer, Scope.PROGRAMS_ADMIN) &&
      context.services.programs.isAdmin(context.em, context.viewer.user, program.organization.unwrap().uuid)
    );
  }

  @FieldResolver(() => [Enrollment], { description: 'Your own enrolments in this program.' })
  viewerEnrollments(@Root() program: Program, @Ctx() context: GraphQLContext): Promise<Enrollment[]> {
    return context.viewer.kind === 'anonymous' ? Promise.resolve([]) : context.services.programs.ownEnrollments(context.em, context.viewer.user, program);
  }

  @FieldResolver(() => EnrollmentConnection, { nullable: true, description: 'Every enrolment; admins only (null for others).' })
  async enrollments(
    @Root() program: Program,
    @Arg('status', () => EnrollmentStatus, { nullable: true, description: 'Only enrolments in this status; null for all.' }) status: EnrollmentStatus | null,
    @Arg('role', () => EnrollmentRole, { nullable: true, description: 'Only enrolments on this side; null for both.' }) role: EnrollmentRole | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<Page<Enrollment> | null> {
    return (await this.adminOf(program, context)) ? context.services.programs.enrollments(context.em, program, { status, role }, args) : null;
  }

  @FieldResolver(() => [SuggestedPair], { nullable: true, description: 'Pairs the scoring suggests among approved, unmatched enrollees; admins only.' })
  async suggestedPairs(
    @Root() program: Program,
    @Arg('first', () => Int, { defaultValue: 50, description: '1 to 100.' }) first: number,
    @Ctx() context: GraphQLContext,
  ): Promise<SuggestedPair[] | null> {
    if (!(await this.adminOf(program, context))) return null;
    const pairs = await context.services.programs.suggestedPairs(context.em, program, Math.min(Math.max(first, 1), 100));
    const users = new Map((await context.em.find(User, { uuid: { $in: pairs.flatMap((p) => [p.menteeUuid, p.mentorUuid]) } })).map((u) => [u.uuid, u]));
    return pairs.map((pair) => ({
      mentee: users.get(pair.menteeUuid)!,
      mentor: users.get(pair.mentorUuid)!,
      score: pair.score,
      parts: pair.parts.map((part) => ({ ...part, factor: part.factor as MatchFactor })),
    }));
  }
}

@Resolver(() => Organization)
export class OrganizationsResolver {
  @FieldResolver(() => ProgramConnection, { description: 'Its programs, newest first.' })
  programs(@Root() organization: Organization, @Args(() => PageArgs) args: PageArgs, @Ctx() context: GraphQLContext): Promise<Page<Program>> {
    return context.services.programs.programsOf(context.em, organization, args);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you administer it.' })
  async viewerIsAdmin(@Root() organization: Organization, @Ctx() context: GraphQLContext): Promise<boolean> {
    return context.viewer.kind !== 'anonymous' && context.services.programs.isAdmin(context.em, context.viewer.user, organization.uuid);
  }
}

@Resolver(() => Enrollment)
export class EnrollmentsResolver {
  @FieldResolver(() => User, { description: 'Who enrolled.' })
  user(@Root() enrollment: Enrollment, @Ctx() context: GraphQLContext): Promise<User> {
    return context.em.findOneOrFail(User, { uuid: enrollment.user.unwrap().uuid });
  }

  @FieldResolver(() => Program, { description: 'The program.' })
  program(@Root() enrollment: Enrollment, @Ctx() context: GraphQLContext): Promise<Program> {
    return context.em.findOneOrFail(Program, { uuid: enrollment.program.unwrap().uuid });
  }
}

@Resolver(() => User)
export class UserOrganizationsResolver {
  @FieldResolver(() => OrganizationConnection, { nullable: true, description: 'Organisations you belong to; null for anyone else.' })
  async organizations(@Root() user: User, @Args(() => PageArgs) args: PageArgs, @Ctx() context: GraphQLContext): Promise<Page<Organization> | null> {
    if (!isViewer(context, user)) return null;
    assertAllowed(context.viewer, [Scope.MENTORSHIPS_READ]);
    return context.services.programs.organizationsOf(context.em, user, args);
  }
}
