import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Connection, PageArgs, type Page } from '../../graphql/relay/connection.js';
import { assertAllowed } from '../../auth/auth-checker.js';
import { Scope } from '../../auth/scopes.js';
import { MentorProfile } from '../mentor-profiles/mentor-profile.entity.js';
import { MentorSearchFilter } from './mentor-search.inputs.js';

export const MentorProfileConnection = Connection(MentorProfile, 'MentorProfile');

@Resolver()
export class MentorSearchResolver {
  @Query(() => MentorProfileConnection, {
    description:
      'Mentors whose profile you may see, best match first: full-text over headline, expertise, skills and bio, tolerant of typos. An empty query lists everyone the filters allow. Tokens need `profile:read`.',
  })
  searchMentors(
    @Arg('query', () => String, { defaultValue: '', description: 'Words to look for; empty lists everyone the filters allow.' }) query: string,
    @Arg('filter', () => MentorSearchFilter, { nullable: true, description: 'Conditions every result must meet; null for none.' }) filter: MentorSearchFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<Page<MentorProfile>> {
    if (context.viewer.kind === 'token') assertAllowed(context.viewer, [Scope.PROFILE_READ]);
    return context.services.mentorSearch.search(context.em, context.viewer, { query, filter: filter ? { ...filter } : {}, ...args });
  }
}
