import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { UserError } from '../../graphql/relay/user-error.js';
import { currentUser } from '../../auth/current-user.js';
import { Scope } from '../../auth/scopes.js';
import { NeedsAssessment } from './needs-assessment.entity.js';
import { UpdateNeedsAssessmentInput } from './needs-assessment.inputs.js';

@ObjectType()
export class UpdateNeedsAssessmentPayload {
  @Field(() => NeedsAssessment, { nullable: true })
  needsAssessment!: NeedsAssessment | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@Resolver()
export class NeedsAssessmentsResolver {
  @Authorized(Scope.PROFILE_WRITE)
  @Mutation(() => UpdateNeedsAssessmentPayload, { description: 'Creates or changes your needs assessment.' })
  async updateNeedsAssessment(
    @Arg('input', () => UpdateNeedsAssessmentInput) input: UpdateNeedsAssessmentInput,
    @Ctx() context: GraphQLContext,
  ): Promise<UpdateNeedsAssessmentPayload> {
    const result = await context.services.needsAssessments.update(context.em, currentUser(context), { ...input });
    return result.ok ? { needsAssessment: result.value, userErrors: [] } : { needsAssessment: null, userErrors: result.userErrors };
  }
}
