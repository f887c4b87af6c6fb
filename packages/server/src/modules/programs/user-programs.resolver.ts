import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { assertAllowed } from '../../auth/auth-checker.js';
import { isViewer } from '../../auth/current-user.js';
import { Scope } from '../../auth/scopes.js';
import { User } from '../accounts/user.entity.js';
import { Program } from './program.entity.js';

@Resolver(() => User)
export class UserProgramsResolver {
  @FieldResolver(() => [Program], {
    nullable: true,
    description: 'Programs you take part in (approved as mentor or mentee, or as an admin of its organisation), newest first; null for anyone else.',
  })
  async programs(@Root() user: User, @Ctx() context: GraphQLContext): Promise<Program[] | null> {
    if (!isViewer(context, user)) return null;
    assertAllowed(context.viewer, [Scope.MENTORSHIPS_READ]);
    return context.services.programs.memberPrograms(context.em, user);
  }
}
