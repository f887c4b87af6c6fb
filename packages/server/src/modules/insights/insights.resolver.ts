import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Scope } from '../../auth/scopes.js';
import { hasScope } from '../../auth/viewer.js';
import { Program } from '../programs/program.entity.js';
import { ProgramInsights } from './insights.types.js';

@Resolver(() => Program)
export class ProgramInsightsResolver {
  @FieldResolver(() => ProgramInsights, {
    nullable: true,
    description: 'Admins of the organisation only (null for everyone else; tokens need `programs:admin`): the program’s figures, at-risk mentorships, and the same as CSV.',
  })
  async insights(@Root() program: Program, @Ctx() context: GraphQLContext): Promise<ProgramInsights | null> {
    if (context.viewer.kind === 'anonymous' || !hasScope(context.viewer, Scope.PROGRAMS_ADMIN)) return null;
    if (!(await context.services.programs.isAdmin(context.em, context.viewer.user, program.organization.unwrap().uuid))) return null;
    return context.services.insights.forProgram(context.em, program);
  }
}
