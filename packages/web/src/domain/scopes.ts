import type { Scope } from '../graphql/documents';

export interface ScopeInfo {
  value: Scope;
  /** How the API and its documentation name it, e.g. "profile:read". */
  name: string;
  description: string;
}

/**
 * Every scope a personal access token can carry, with the words the schema
 * uses for it. Typed by the generated `Scope`: a new scope fails the build
 * until it is described here. A write scope includes its read scope.
 */
const SCOPES: Record<Scope, Omit<ScopeInfo, 'value'>> = {
  PROFILE_READ: { name: 'profile:read', description: 'Read your account, profiles and needs assessment.' },
  PROFILE_WRITE: { name: 'profile:write', description: 'Change your profiles and needs assessment.' },
  MENTORSHIPS_READ: { name: 'mentorships:read', description: 'Read your mentorships, requests and agreements.' },
  MENTORSHIPS_WRITE: { name: 'mentorships:write', description: 'Send and answer requests; change agreements.' },
  SESSIONS_READ: { name: 'sessions:read', description: 'Read your meetings, chat history and goal boards.' },
  SESSIONS_WRITE: { name: 'sessions:write', description: 'Schedule meetings, send messages, edit goal boards.' },
  PROGRAMS_ADMIN: { name: 'programs:admin', description: 'Administer the programs of organisations you administer.' },
  WEBHOOKS_READ: { name: 'webhooks:read', description: 'Read your webhook endpoints and their delivery logs.' },
  WEBHOOKS_WRITE: { name: 'webhooks:write', description: 'Add, change and remove webhook endpoints; redeliver events.' },
};

export const SCOPE_LIST: readonly ScopeInfo[] = (Object.entries(SCOPES) as Array<[Scope, Omit<ScopeInfo, 'value'>]>).map(
  ([value, info]) => ({ value, ...info }),
);

export const scopeName = (scope: Scope): string => SCOPES[scope]?.name ?? scope;
