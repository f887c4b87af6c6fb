import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { MailSender } from '../../mail/mail-sender.js';
import type { MailThrottle } from '../../auth/mail-throttle.js';
import type { Realtime } from '../../events/realtime.js';
import { announceRevocation } from '../../auth/revocations.js';
import { UserErrorCode } from '../../graphql/errors.js';
import { userError, validate, type UserError } from '../../graphql/relay/user-error.js';
import { hashPassword, verifyPassword } from '../../auth/password.js';
import { hashSecret, newSecret } from '../../auth/secrets.js';
import { AccountToken, AccountTokenPurpose } from './account-token.entity.js';
import { AuthSession } from './auth-session.entity.js';
import { User } from './user.entity.js';
import { currentPasswordSchema, EMAIL_TAKEN, emailSchema, newPasswordSchema } from './account-rules.js';

const LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  [AccountTokenPurpose.VERIFY_EMAIL]: 48 * 3_600_000,
  [AccountTokenPurpose.RESET_PASSWORD]: 3_600_000,
};

const INVALID_LINK = (field: string) =>
  userError(field, UserErrorCode.INVALID_TOKEN, 'This link is invalid, used or expired. Ask for a new one.');
const TOO_MANY_MAILS = userError([], UserErrorCode.TOO_MANY_ATTEMPTS, 'We sent several mails to this address in the last hour; check your inbox, or try again later.');
const WRONG_PASSWORD = (field: string) => userError(field, UserErrorCode.WRONG_PASSWORD, 'That is not your current password.');

/**
 * Email verification, password reset, and changing email or password. Links
 * are one-time secrets sent by mail; only their hashes are stored.
 */
export class AccountRecoveryService {
  constructor(private readonly deps: { config: Config; mail: MailSender; mailThrottle: MailThrottle; realtime: Realtime }) {}

  private async issue(em: EntityManager, user: User, purpose: AccountTokenPurpose): Promise<string> {
    const secret = newSecret('msl');
    em.create(AccountToken, {
      user,
      purpose,
      email: user.email,
      secretHash: hashSecret(secret),
      expiresAt: new Date(Date.now() + LIFETIME_MS[purpose]),
    });
    await em.flush();
    return secret;
  }

  /** Mails a verification link, unless this address had too many account mails this hour. */
  async sendVerification(em: EntityManager, user: User): Promise<UserError[]> {
    if (!(await this.deps.mailThrottle.allow(user.email))) return [TOO_MANY_MAILS];
    const secret = await this.issue(em, user, AccountTokenPurpose.VERIFY_EMAIL);
    await this.deps.mail.send({
      to: user.email,
      subject: 'Confirm your email address for Mentorspace',
      text:
        `Hello ${user.displayName},\n\nConfirm that ${user.email} is yours by opening this link within 48 hours:\n` +
        `${this.deps.config.publicUrl}/verify-email?token=${secret}\n\nIf you did not sign up, ignore this mail.`,
    });
    return [];
  }

  async verifyEmail(em: EntityManager, token: string): Promise<UserError[]> {
    const found = await this.redeem(em, token, AccountTokenPurpose.VERIFY_EMAIL);
    if (!found) return [INVALID_LINK('token')];
    const user = found.user.getEntity();
    // The link proves the address it was sent to, not one changed to since.
    if (found.email !== user.email) return [INVALID_LINK('token')];
    user.emailVerifiedAt ??= new Date();
    await em.flush();
    return [];
  }

  /** Always answers the same, so it does not tell whether an address has an account. */
  async requestPasswordReset(em: EntityManager, email: string): Promise<UserError[]> {
    const valid = validate(z.object({ email: emailSchema }), { email });
    if (!valid.ok) return valid.userErrors;
    const user = await em.findOne(User, { email: valid.value.email });
    // Quietly: the answer must not tell whether the address has an account.
    if (!user || !(await this.deps.mailThrottle.allow(user.email))) return [];
    const secret = await this.issue(em, user, AccountTokenPurpose.RESET_PASSWORD);
    await this.deps.mail.send({
      to: user.email,
      subject: 'Reset your Mentorspace password',
      text:
        `Hello ${user.displayName},\n\nSomeone asked to reset your password. If it was you, open this link within an hour:\n` +
        `${this.deps.config.publicUrl}/reset-password?token=${secret}\n\nIf it was not, ignore this mail; your password stays as it is.`,
    });
    return [];
  }

  /** Sets a new password from a reset link and signs out every session. */
  async resetPassword(em: EntityManager, input: { token: string; newPassword: string }): Promise<UserError[]> {
    const valid = validate(z.object({ token: z.string().max(200), newPassword: newPasswordSchema }), input);
    if (!valid.ok) return valid.userErrors;
    return em.transactional(async (tx) => {
      const found = await this.redeem(tx, valid.value.token, AccountTokenPurpose.RESET_PASSWORD);
      if (!found) return [INVALID_LINK('token')];
      const user = found.user.getEntity();
      user.passwordHash = await hashPassword(valid.value.newPassword);
      await this.revokeEverything(tx, user);
      return [];
    });
  }

  async changePassword(
    em: EntityManager,
    user: User,
    currentSessionId: string,
    input: { currentPassword: string; newPassword: string },
  ): Promise<UserError[]> {
    const valid = validate(z.object({ currentPassword: currentPasswordSchema, newPassword: newPasswordSchema }), input);
    if (!valid.ok) return valid.userErrors;
    if (!(await verifyPassword(user.passwordHash, valid.value.currentPassword))) return [WRONG_PASSWORD('currentPassword')];
    await em.transactional(async (tx) => {
      const own = await tx.findOneOrFail(User, { uuid: user.uuid });
      own.passwordHash = await hashPassword(valid.value.newPassword);
      await this.revokeEverything(tx, own, currentSessionId);
    });
    return [];
  }

  /** Changes the address (unverified until the new link is opened) and signs out other sessions. */
  async changeEmail(
    em: EntityManager,
    user: User,
    currentSessionId: string,
    input: { password: string; newEmail: string },
  ): Promise<UserError[]> {
    const valid = validate(z.object({ password: currentPasswordSchema, newEmail: emailSchema }), input);
    if (!valid.ok) return valid.userErrors;
    if (!(await verifyPassword(user.passwordHash, valid.value.password))) return [WRONG_PASSWORD('password')];
    const newEmail = valid.value.newEmail;
    if (newEmail === user.email) return [userError('newEmail', UserErrorCode.INVALID, 'That is your current address already.')];
    if (await em.count(User, { email: newEmail })) return [userError('newEmail', EMAIL_TAKEN.code, EMAIL_TAKEN.message)];
    try {
      await em.transactional(async (tx) => {
        const own = await tx.findOneOrFail(User, { uuid: user.uuid });
        own.email = newEmail;
        own.emailVerifiedAt = null;
        await this.revokeEverything(tx, own, currentSessionId);
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) return [userError('newEmail', EMAIL_TAKEN.code, EMAIL_TAKEN.message)];
      throw error;
    }
    await em.refresh(user);
    await this.sendVerification(em, user);
    return [];
  }

  /** Confirms who is asking, for destructive acts. */
  async checkPassword(user: User, password: string, field = 'password'): Promise<UserError[]> {
    const valid = validate(currentPasswordSchema, password);
    if (!valid.ok) return valid.userErrors.map((error) => ({ ...error, field: [field] }));
    return (await verifyPassword(user.passwordHash, password)) ? [] : [WRONG_PASSWORD(field)];
  }

  private async redeem(em: EntityManager, token: string, purpose: AccountTokenPurpose): Promise<AccountToken | null> {
    if (!token.startsWith('msl_') || token.length > 100) return null;
    const found = await em.findOne(
      AccountToken,
      { secretHash: hashSecret(token), purpose, usedAt: null, expiresAt: { $gt: new Date() } },
      { populate: ['user'] },
    );
    if (found) {
      found.usedAt = new Date();
      await em.flush();
    }
    return found;
  }

  /** After a credential change: other sessions end and outstanding reset links die. */
  private async revokeEverything(em: EntityManager, user: User, keepSessionId?: string): Promise<void> {
    await em.flush();
    await em.nativeUpdate(
      AuthSession,
      { user, revokedAt: null, ...(keepSessionId ? { uuid: { $ne: keepSessionId } } : {}) },
      { revokedAt: new Date() },
    );
    await announceRevocation(em, this.deps.realtime, user.uuid);
    await em.nativeUpdate(
      AccountToken,
      { user, purpose: AccountTokenPurpose.RESET_PASSWORD, usedAt: null },
      { usedAt: new Date() },
    );
  }
}
