import type { User } from '../modules/accounts/user.entity.js';
import { ALL_SCOPES, type Scope } from './scopes.js';

/**
 * Who is calling, and through what. Built once per request (HTTP) or per
 * connection (WebSocket, from `connection_init`).
 */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'session'; user: User; sessionId: string; scopes: ReadonlySet<Scope> }
  | { kind: 'token'; user: User; tokenId: string; scopes: ReadonlySet<Scope> };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

export const sessionViewer = (user: User, sessionId: string): Viewer => ({
  kind: 'session',
  user,
  sessionId,
  scopes: new Set(ALL_SCOPES),
});

export function viewerUser(viewer: Viewer): User | null {
  return viewer.kind === 'anonymous' ? null : viewer.user;
}

export function hasScope(viewer: Viewer, scope: Scope): boolean {
  return viewer.kind !== 'anonymous' && viewer.scopes.has(scope);
}
