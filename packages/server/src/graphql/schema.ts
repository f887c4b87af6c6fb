import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AuthChecker } from '../auth/auth-checker.js';
import { NodeResolver } from './relay/node.resolver.js';
import { SystemResolver } from '../modules/system/system.resolver.js';
import { AccountsResolver } from '../modules/accounts/accounts.resolver.js';
import { AuthSessionResolver, UserResolver } from '../modules/accounts/user.resolver.js';
import { AccessTokensResolver } from '../modules/access-tokens/access-tokens.resolver.js';
import { MentorProfilesResolver } from '../modules/mentor-profiles/mentor-profiles.resolver.js';
import { NeedsAssessmentsResolver } from '../modules/needs-assessments/needs-assessments.resolver.js';

/** Every resolver of every module; the schema (and the printed SDL) is built from this list. */
export const resolvers = [
  SystemResolver,
  NodeResolver,
  AccountsResolver,
  UserResolver,
  AuthSessionResolver,
  AccessTokensResolver,
  MentorProfilesResolver,
  NeedsAssessmentsResolver,
] as const;

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker: AuthChecker,
    // The committed SDL is printed by `pnpm schema:print`; nothing is written at start.
    emitSchemaFile: false,
    validate: false,
  });
}
