import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { UserError } from '../../graphql/relay/user-error.js';
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

@InputType()
export class CreateOrganizationInput {
  @Field(() => String)
  name!: string;
}

@InputType()
export class EnrollmentQuestionInput {
  @Field(() => String)
  prompt!: string;

  @Field(() => Boolean, { defaultValue: true })
  required!: boolean;
}

@InputType()
export class CohortInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: '`YYYY-MM-DD`.' })
  startsOn!: string;
}

@InputType()
export class CreateProgramInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { defaultValue: '' })
  description!: string;

  @Field(() => String, { description: '`YYYY-MM-DD`.' })
  startsOn!: string;

  @Field(() => String, { description: '`YYYY-MM-DD`, after the start.' })
  endsOn!: string;

  @Field(() => [EnrollmentQuestionInput], { defaultValue: [] })
  enrollmentQuestions!: EnrollmentQuestionInput[];

  @Field(() => [CohortInput], { defaultValue: [] })
  cohorts!: CohortInput[];
}

@InputType()
export class EnrollmentAnswerInput {
  @Field(() => ID)
  questionId!: string;

  @Field(() => String)
  answer!: string;
}

@InputType()
export class EnrollInProgramInput {
  @Field(() => ID)
  programId!: string;

  @Field(() => EnrollmentRole)
  role!: EnrollmentRole;

  @Field(() => ID, { nullable: true })
  cohortId?: string | null;

  @Field(() => [EnrollmentAnswerInput], { defaultValue: [] })
  answers!: EnrollmentAnswerInput[];
}

@InputType()
export class ReviewEnrollmentInput {
  @Field(() => ID)
  enrollmentId!: string;

  @Field(() => Boolean, { description: 'True to approve, false to decline.' })
  approve!: boolean;
}

@InputType()
export class ProgramPairInput {
  @Field(() => ID, { description: "The mentee's `User` id." })
  menteeId!: string;

  @Field(() => ID, { description: "The mentor's `User` id." })
  mentorId!: string;
}

@InputType()
export class MatchProgramPairsInput {
  @Field(() => ID)
  programId!: string;

  @Field(() => [ProgramPairInput], { description: '1 to 100 pairs; all are matched, or none.' })
  pairs!: ProgramPairInput[];
}

@ObjectType()
export class OrganizationPayload {
  @Field(() => Organization, { nullable: true }) organization!: Organization | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class ProgramPayload {
  @Field(() => Program, { nullable: true }) program!: Program | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class EnrollmentPayload {
  @Field(() => Enrollment, { nullable: true }) enrollment!: Enrollment | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class MatchProgramPairsPayload {
  @Field(() => [Mentorship], { description: 'The mentorships created, in the order of the pairs.' }) mentorships!: Mentorship[];
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({ description: 'A mentee and a mentor the scoring suggests pairing, with why.' })
export class SuggestedPair {
  @Field(() => User) mentee!: User;
  @Field(() => User) mentor!: User;
  @Field(() => Float) score!: number;
  @Field(() => [MatchScorePart]) parts!: MatchScorePart[];
}

const outcome = <K extends string, T>(key: K, result: Outcome<T>) =>
  (result.ok ? { [key]: result.value, userErrors: [] } : { [key]: null, userErrors: result.userErrors }) as Record<K, T | null> & { userErrors: UserError[] };

@Resolver(() => Program)
export class ProgramsResolver {
  @Authorized(Scope.PROGRAMS_ADMIN)
  @Mutation(() => OrganizationPayload, { description: 'Creates an organisation; you become its admin.' })
  async createOrganization(@Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput, @Ctx() context: GraphQLContext) {
    return outcome('organization', await context.services.programs.createOrganization(context.em, currentUser(context), input));
  }

  @Authorized(Scope.PROGRAMS_ADMIN)
  @Mutation(() => ProgramPayload, { description: 'Creates a program in an organisation you administer.' })
  async createProgram(@Arg('input', () => CreateProgramInput) input: CreateProgramInput, @Ctx() context: GraphQLContext) {
    const plain = { ...input, enrollmentQuestions: input.enrollmentQuestions.map((q) => ({ ...q })), cohorts: input.cohorts.map((c) => ({ ...c })) };
    return outcome('program', await context.services.programs.createProgram(context.em, currentUser(context), plain));
  }

  @Authorized(Scope.MENTORSHIPS_WRITE)
  @Mutation(() => EnrollmentPayload, { description: 'Asks to take part in a program as mentor or mentee; an admin decides.' })
  async enrollInProgram(@Arg('input', () => EnrollInProgramInput) input: EnrollInProgramInput, @Ctx() context: GraphQLContext) {
    const plain = { ...input, answers: input.answers.map((a) => ({ ...a })) };
    return outcome('enrollment', await context.services.programs.enroll(context.em, currentUser(context), plain));
  }

  @Authorized(Scope.PROGRAMS_ADMIN)
  @Mutation(() => EnrollmentPayload, { description: 'Approves or declines an enrolment in a program you administer.' })
  async reviewEnrollment(@Arg('input', () => ReviewEnrollmentInput) input: ReviewEnrollmentInput, @Ctx() context: GraphQLContext) {
    return outcome('enrollment', await context.services.programs.reviewEnrollment(context.em, currentUser(context), input));
  }

  @Authorized(Scope.PROGRAMS_ADMIN)
  @Mutation(() => MatchProgramPairsPayload, { description: 'Creates a program mentorship for each pair, within mentors\' capacity: all or none.' })
  async matchProgramPairs(@Arg('input', () => MatchProgramPairsInput) input: MatchProgramPairsInput, @Ctx() context: GraphQLContext): Promise<MatchProgramPairsPayload> {
    const result = await context.services.programs.matchPairs(context.em, currentUser(context), { programId: input.programId, pairs: input.pairs.map((p) => ({ ...p })) });
    return result.ok ? { mentorships: result.value, userErrors: [] } : { mentorships: [], userErrors: result.userErrors };
  }

  @FieldResolver(() => Organization)
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
    @Arg('status', () => EnrollmentStatus, { nullable: true }) status: EnrollmentStatus | null,
    @Arg('role', () => EnrollmentRole, { nullable: true }) role: EnrollmentRole | null,
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
  @FieldResolver(() => ProgramConnection)
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
  @FieldResolver(() => User)
  user(@Root() enrollment: Enrollment, @Ctx() context: GraphQLContext): Promise<User> {
    return context.em.findOneOrFail(User, { uuid: enrollment.user.unwrap().uuid });
  }

  @FieldResolver(() => Program)
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
