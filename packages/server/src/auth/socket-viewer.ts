import type { EntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiError, ErrorCode } from '../graphql/errors.js';
import { User } from '../modules/accounts/user.entity.js';
import type { Services } from '../services.js';
import { resolveViewer, type Credentials } from './authenticate.js';
import type { Viewer } from './viewer.js';

/**
 * Who is on one WebSocket. Resolved in `connection_init`, then reused by the
 * socket's operations, so a chat message does not look its sender's token up
 * again; the session or token is re-checked once `recheckMs` have passed
 * since the last check. Each operation still gets the user as an entity of
 * its own entity manager (from the last check's row data, without a query),
 * so what it changes on the user is flushed with the rest of its work.
 */
export class SocketViewer {
  private constructor(
    private readonly services: Services,
    private readonly credentials: Credentials,
    private readonly recheckMs: number,
    private viewer: Viewer,
    private userData: EntityData<User> | null,
    private checkedAt: number,
  ) {}

  /** Resolves the socket's viewer; throws as `resolveViewer` does (a dead bearer token, an outage). */
  static async open(em: EntityManager, services: Services, credentials: Credentials, recheckMs: number): Promise<SocketViewer> {
    const viewer = await resolveViewer(em, services, credentials);
    return new SocketViewer(services, credentials, recheckMs, viewer, snapshot(em, viewer), Date.now());
  }

  /** The signed-in person on the socket, if any (a revocation of theirs re-checks it at once). */
  get userUuid(): string | null {
    return this.viewer.kind === 'anonymous' ? null : this.viewer.user.uuid;
  }

  /**
   * The viewer for one operation, its user managed by `em`. Null once the
   * socket's credentials no longer work (a revoked or expired token or
   * session): the caller closes the socket. `fresh` checks now, however
   * recent the last check (for subscriptions, which live long).
   */
  async forOperation(em: EntityManager, { fresh = false }: { fresh?: boolean } = {}): Promise<Viewer | null> {
    if (fresh || Date.now() - this.checkedAt >= this.recheckMs) return this.recheck(em);
    if (this.viewer.kind === 'anonymous' || !this.userData) return this.viewer;
    const user = em.merge(User, { ...this.userData }, { refresh: true, cascade: false });
    return { ...this.viewer, user };
  }

  private async recheck(em: EntityManager): Promise<Viewer | null> {
    let viewer: Viewer;
    try {
      viewer = await resolveViewer(em, this.services, this.credentials);
    } catch (error) {
      if (error instanceof ApiError && error.extensions.code === ErrorCode.UNAUTHENTICATED) return null;
      throw error;
    }
    // A signed-in socket whose session ended is not quietly downgraded to anonymous.
    if (this.viewer.kind !== 'anonymous' && viewer.kind === 'anonymous') return null;
    this.viewer = viewer;
    this.userData = snapshot(em, viewer);
    this.checkedAt = Date.now();
    return viewer;
  }
}

/** The user's row as the entity manager last saw it, to rebuild the entity in another one without a query. */
function snapshot(em: EntityManager, viewer: Viewer): EntityData<User> | null {
  return viewer.kind === 'anonymous' ? null : (em.getComparator().prepareEntity(viewer.user) as EntityData<User>);
}
