import { registerEnumType } from 'type-graphql';

/** What a personal access token may do. A browser session may do everything its user may. */
export enum Scope {
  PROFILE_READ = 'profile:read',
  PROFILE_WRITE = 'profile:write',
  MENTORSHIPS_READ = 'mentorships:read',
  MENTORSHIPS_WRITE = 'mentorships:write',
  SESSIONS_READ = 'sessions:read',
  SESSIONS_WRITE = 'sessions:write',
  PROGRAMS_ADMIN = 'programs:admin',
  WEBHOOKS_READ = 'webhooks:read',
  WEBHOOKS_WRITE = 'webhooks:write',
}
registerEnumType(Scope, {
  name: 'Scope',
  description: 'A permission a personal access token carries. A token never does more than its owner may.',
  valuesConfig: {
    PROFILE_READ: { description: 'Read your account, profiles and needs assessment.' },
    PROFILE_WRITE: { description: 'Change your profiles and needs assessment.' },
    MENTORSHIPS_READ: { description: 'Read your mentorships, requests and agreements.' },
    MENTORSHIPS_WRITE: { description: 'Send and answer requests; change agreements.' },
    SESSIONS_READ: { description: 'Read your meetings, chat history and goal boards.' },
    SESSIONS_WRITE: { description: 'Schedule meetings, send messages, edit goal boards.' },
    PROGRAMS_ADMIN: { description: 'Administer the programs of organisations you administer.' },
    WEBHOOKS_READ: { description: 'Read your webhook endpoints and their delivery logs.' },
    WEBHOOKS_WRITE: { description: 'Add, change and remove webhook endpoints; redeliver events.' },
  },
});

export const ALL_SCOPES: readonly Scope[] = Object.values(Scope);

/** `@Authorized(SESSION_ONLY)`: only a signed-in browser session, never a token (e.g. minting tokens, changing a password). */
export const SESSION_ONLY = 'session-only';

/** A write scope implies its read scope, as GitHub's and Shopify's do. */
const implied: Partial<Record<Scope, Scope>> = {
  [Scope.PROFILE_WRITE]: Scope.PROFILE_READ,
  [Scope.MENTORSHIPS_WRITE]: Scope.MENTORSHIPS_READ,
  [Scope.SESSIONS_WRITE]: Scope.SESSIONS_READ,
  [Scope.WEBHOOKS_WRITE]: Scope.WEBHOOKS_READ,
};

export function expandScopes(scopes: Iterable<Scope>): Set<Scope> {
  const expanded = new Set<Scope>();
  for (const scope of scopes) {
    expanded.add(scope);
    const read = implied[scope];
    if (read) expanded.add(read);
  }
  return expanded;
}
