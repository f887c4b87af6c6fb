import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { USER_ERRORS_DESCRIPTION, UserError } from '../../graphql/relay/user-error.js';
import { currentUser } from '../../auth/current-user.js';
import { Scope } from '../../auth/scopes.js';
import { NeedsAssessment } from './needs-assessment.entity.js';
import { UpdateNeedsAssessmentInput } from './needs-assessment.inputs.js';

@ObjectType({ description: 'The result of `updateNeedsAssessment`.' })
export class UpdateNeedsAssessmentPayload {
  @Field(() => NeedsAssessment, { nullable: true, description: 'Your assessment as it now is; null when nothing was changed.' })
  needsAssessment!: NeedsAssessment | null;

  @Field(() => [UserError], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}

@Resolver()
export class NeedsAssessmentsResolver {
  @Authorized(Scope.PROFILE_WRITE)
  @Mutation(() => UpdateNeedsAssessmentPayload, { description: 'Creates or changes your needs assessment.' })
  async updateNeedsAssessment(
    @Arg('input', () => UpdateNeedsAssessmentInput, { description: 'The fields to change.' }) input: UpdateNeedsAssessmentInput,
    @Ctx() context: GraphQLContext,
  ): Promise<UpdateNeedsAssessmentPayload> {
    const result = await context.services.needsAssessments.update(context.em, currentUser(context), { ...input });
    return result.ok ? { needsAssessment: result.value, userErrors: [] } : { needsAssessment: null, userErrors: result.userErrors };
  }
}
