import type { GraphQLContext } from '../graphql/context.js';
import type { User } from '../modules/accounts/user.entity.js';
import { assertAllowed } from './auth-checker.js';

/** The signed-in user (after `@Authorized`, or throws the same error it would). */
export function currentUser(context: GraphQLContext): User {
  assertAllowed(context.viewer, []);
  return context.viewer.user;
}

export function isViewer(context: GraphQLContext, user: User): boolean {
  return context.viewer.kind !== 'anonymous' && context.viewer.user.uuid === user.uuid;
}

export const SESSION_COOKIE = 'mentorspace_session';
