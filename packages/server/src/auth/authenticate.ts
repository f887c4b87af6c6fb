import { parse as parseCookies } from 'cookie';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiError, ErrorCode } from '../graphql/errors.js';
import type { Services } from '../services.js';
import { SESSION_COOKIE } from './current-user.js';
import { ANONYMOUS, sessionViewer, type Viewer } from './viewer.js';

/** What a request presents: a bearer token (third parties) and/or the session cookie (the web app). */
export type Credentials = { bearer: string | null; sessionSecret: string | null };

export function credentialsFrom(headers: { authorization?: string | undefined; cookie?: string | undefined }): Credentials {
  const match = /^Bearer\s+(\S+)$/i.exec(headers.authorization?.trim() ?? '');
  const sessionSecret = headers.cookie ? (parseCookies(headers.cookie)[SESSION_COOKIE] ?? null) : null;
  return { bearer: match?.[1] ?? null, sessionSecret };
}

/**
 * Who is calling. A bearer token that is not live is an error (401), never a
 * silent downgrade; a stale session cookie just means signed out.
 */
export async function resolveViewer(em: EntityManager, services: Services, credentials: Credentials): Promise<Viewer> {
  if (credentials.bearer) {
    const found = await services.accessTokens.authenticate(em, credentials.bearer);
    if (!found) {
      throw new ApiError(ErrorCode.UNAUTHENTICATED, 'This token is invalid, expired or revoked.', { http: { status: 401 } });
    }
    return { kind: 'token', user: found.user, tokenId: found.token.uuid, scopes: found.scopes };
  }
  if (credentials.sessionSecret) {
    const found = await services.accounts.authenticate(em, credentials.sessionSecret);
    if (found) return sessionViewer(found.user, found.session.uuid);
  }
  return ANONYMOUS;
}
