import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { ClientInfo } from '../../graphql/context.js';
import { UserErrorCode } from '../../graphql/errors.js';
import { userError, validate, type UserError } from '../../graphql/relay/user-error.js';
import { idOfType } from '../../graphql/relay/node.js';
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from '../../auth/password.js';
import { hashSecret, newSecret } from '../../auth/secrets.js';
import type { SignInThrottle } from '../../auth/sign-in-throttle.js';
import type { Realtime } from '../../events/realtime.js';
import { announceRevocation } from '../../auth/revocations.js';
import { findLiveCredential } from '../../auth/live-credential.js';
import { AuthSession } from './auth-session.entity.js';
import { User } from './user.entity.js';
import { currentPasswordSchema, EMAIL_TAKEN, emailSchema, signUpSchema } from './account-rules.js';
import type { AccountRecoveryService } from './account-recovery.service.js';

export type SignedIn = { user: User; session: AuthSession; secret: string };
export type Outcome<T> = { ok: true; value: T } | { ok: false; userErrors: UserError[] };

/** How often a session's last-seen time (and sliding expiry) is written back. */
const TOUCH_EVERY_MS = 5 * 60_000;

/** Accounts and browser sessions: sign up, sign in, sign out, onboarding. */
export class AccountsService {
  constructor(
    private readonly deps: { config: Config; throttle: SignInThrottle; recovery: AccountRecoveryService; realtime: Realtime },
  ) {}

  async signUp(em: EntityManager, input: unknown, client: ClientInfo): Promise<Outcome<SignedIn>> {
    const valid = validate(signUpSchema, input);
    if (!valid.ok) return valid;
    const { email, password, displayName } = valid.value;
    if (await em.count(User, { email })) return { ok: false, userErrors: [userError('email', EMAIL_TAKEN.code, EMAIL_TAKEN.message)] };
    const passwordHash = await hashPassword(password);
    let signedIn: SignedIn;
    try {
      signedIn = await em.transactional((tx) =>
        this.openSession(tx, tx.create(User, { email, displayName, passwordHash }), client),
      );
    } catch (error) {
      // Two sign-ups with one address at once: the unique index decides.
      if (error instanceof UniqueConstraintViolationException) {
        return { ok: false, userErrors: [userError('email', EMAIL_TAKEN.code, EMAIL_TAKEN.message)] };
      }
      throw error;
    }
    await this.deps.recovery.sendVerification(em, signedIn.user);
    return { ok: true, value: signedIn };
  }

  async signIn(em: EntityManager, input: unknown, client: ClientInfo): Promise<Outcome<SignedIn>> {
    const valid = validate(z.object({ email: emailSchema, password: currentPasswordSchema }), input);
    if (!valid.ok) return valid;
    const { email, password } = valid.value;
    const verdict = await this.deps.throttle.check(email, client.address);
    if (!verdict.allowed) {
      const minutes = Math.ceil(verdict.retryAfterSeconds / 60);
      return {
        ok: false,
        userErrors: [
          userError([], UserErrorCode.TOO_MANY_ATTEMPTS, `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`),
        ],
      };
    }
    if (verdict.delayMs) await new Promise((resolve) => setTimeout(resolve, verdict.delayMs));
    const user = await em.findOne(User, { email });
    const matches = await verifyPassword(user?.passwordHash ?? DUMMY_PASSWORD_HASH, password);
    if (!user || !matches) {
      await this.deps.throttle.recordFailure(email, client.address);
      return { ok: false, userErrors: [userError([], UserErrorCode.INVALID_CREDENTIALS, 'That email and password do not match.')] };
    }
    await this.deps.throttle.recordSuccess(email);
    return { ok: true, value: await em.transactional((tx) => this.openSession(tx, user, client)) };
  }

  private async openSession(em: EntityManager, user: User, client: ClientInfo): Promise<SignedIn> {
    const secret = newSecret('mss');
    const session = em.create(AuthSession, {
      user,
      secretHash: hashSecret(secret),
      userAgent: client.userAgent?.slice(0, 300) ?? null,
      ipAddress: client.address,
      expiresAt: this.expiry(),
    });
    await em.flush();
    return { user, session, secret };
  }

  private expiry(): Date {
    return new Date(Date.now() + this.deps.config.sessionTtlDays * 86_400_000);
  }

  /** The session behind a cookie, if it is live; keeps it alive while it is used (sliding expiry). */
  async authenticate(em: EntityManager, secret: string): Promise<{ user: User; session: AuthSession } | null> {
    if (!secret.startsWith('mss_') || secret.length > 100) return null;
    const session = await findLiveCredential(em, AuthSession, hashSecret(secret));
    if (!session || session.expiresAt <= new Date()) return null;
    if (Date.now() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await em.nativeUpdate(AuthSession, { uuid: session.uuid }, { lastSeenAt: new Date(), expiresAt: this.expiry() });
    }
    return { user: session.user.getEntity(), session };
  }

  async signOut(em: EntityManager, user: User, sessionId: string): Promise<void> {
    await this.revokeSessions(em, user, { uuid: sessionId });
  }

  /** Revokes every session of the user but `keep` (when given). */
  async signOutEverywhere(em: EntityManager, user: User, keep?: string): Promise<number> {
    return this.revokeSessions(em, user, keep ? { uuid: { $ne: keep } } : {});
  }

  async revokeSession(em: EntityManager, user: User, sessionGlobalId: string): Promise<UserError[]> {
    const uuid = idOfType(sessionGlobalId, 'AuthSession');
    const revoked = uuid ? await this.revokeSessions(em, user, { uuid }) : 0;
    return revoked ? [] : [userError('sessionId', UserErrorCode.NOT_FOUND, 'No such active session of yours.')];
  }

  /** Revokes the user's live sessions that match, and has their open WebSockets re-checked at once. */
  private revokeSessions(em: EntityManager, user: User, which: FilterQuery<AuthSession>): Promise<number> {
    return em.transactional(async (tx) => {
      const revoked = await tx.nativeUpdate(AuthSession, { ...(which as object), user, revokedAt: null }, { revokedAt: new Date() });
      if (revoked) await announceRevocation(tx, this.deps.realtime, user.uuid);
      return revoked;
    });
  }

  async completeOnboarding(em: EntityManager, user: User, roles: { asMentor: boolean; asMentee: boolean }): Promise<UserError[]> {
    if (!roles.asMentor && !roles.asMentee) {
      return [userError([], UserErrorCode.REQUIRED, 'Choose mentor, mentee, or both.')];
    }
    user.isMentor = roles.asMentor;
    user.isMentee = roles.asMentee;
    user.onboardedAt ??= new Date();
    await em.flush();
    return [];
  }
}
