import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { ApiError, ErrorCode } from '../graphql/errors.js';
import { SESSION_ONLY, type Scope } from './scopes.js';
import type { Viewer } from './viewer.js';

/**
 * `@Authorized(...)` on a field: the caller must be signed in, and a token
 * must carry every scope named (`SESSION_ONLY`: no token at all). Failing
 * throws an error whose code says which, so clients can act on it.
 */
export class AuthChecker implements AuthCheckerInterface<GraphQLContext, string> {
  check({ context }: ResolverData<GraphQLContext>, requirements: string[]): boolean {
    assertAllowed(context.viewer, requirements);
    return true;
  }
}

export function assertAllowed(viewer: Viewer, requirements: readonly string[]): asserts viewer is Exclude<Viewer, { kind: 'anonymous' }> {
  if (viewer.kind === 'anonymous') {
    throw new ApiError(ErrorCode.UNAUTHENTICATED, 'Sign in, or send a personal access token, to do this.');
  }
  for (const requirement of requirements) {
    if (requirement === SESSION_ONLY) {
      if (viewer.kind !== 'session') {
        throw new ApiError(ErrorCode.SESSION_REQUIRED, 'This can only be done signed in to Mentorspace, not with a token.');
      }
    } else if (!viewer.scopes.has(requirement as Scope)) {
      throw new ApiError(ErrorCode.INSUFFICIENT_SCOPE, `This token lacks the \`${requirement}\` scope.`, {
        requiredScope: requirement,
      });
    }
  }
}
