import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { GraphQLContext } from '../../graphql/context.js';
import { ApiError, ErrorCode } from '../../graphql/errors.js';
import { assertAllowed } from '../../auth/auth-checker.js';
import { currentUser, SESSION_COOKIE } from '../../auth/current-user.js';
import { Scope, SESSION_ONLY } from '../../auth/scopes.js';
import { sessionViewer } from '../../auth/viewer.js';
import { User } from './user.entity.js';
import { AccountPayload, OutcomePayload } from './accounts.types.js';
import type { Outcome, SignedIn } from './accounts.service.js';
import type { UserError } from '../../graphql/relay/user-error.js';
import {
  ChangeEmailInput,
  ChangePasswordInput,
  CompleteOnboardingInput,
  DeleteAccountInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  RevokeSessionInput,
  SignInInput,
  SignUpInput,
  VerifyEmailInput,
} from './accounts.inputs.js';

const outcome = (userErrors: UserError[]): OutcomePayload => ({ ok: userErrors.length === 0, userErrors });

function startSession(context: GraphQLContext, result: Outcome<SignedIn>): AccountPayload {
  if (!result.ok) return { user: null, userErrors: result.userErrors };
  context.http!.setCookie(SESSION_COOKIE, result.value.secret, { expires: result.value.session.expiresAt });
  // The rest of this operation sees the new session, as the next request will.
  context.viewer = sessionViewer(result.value.user, result.value.session.uuid);
  return { user: result.value.user, userErrors: [] };
}

function requireHttp(context: GraphQLContext): void {
  if (!context.http) {
    throw new ApiError(ErrorCode.BAD_USER_INPUT, 'Sign up and sign in over HTTP: a WebSocket cannot set the session cookie.');
  }
}

@Resolver()
export class AccountsResolver {
  @Query(() => User, {
    nullable: true,
    description: 'The signed-in user (or the owner of the token); null when signed out. Tokens need `profile:read`.',
  })
  viewer(@Ctx() context: GraphQLContext): User | null {
    if (context.viewer.kind === 'anonymous') return null;
    assertAllowed(context.viewer, [Scope.PROFILE_READ]);
    return context.viewer.user;
  }

  @Authorized(SESSION_ONLY)
  @Query(() => GraphQLJSONObject, { description: 'Everything Mentorspace keeps about you, as JSON. Signed-in sessions only.' })
  exportMyData(@Ctx() context: GraphQLContext): Promise<Record<string, unknown>> {
    return context.services.accountData.export(context.em, currentUser(context));
  }

  @Mutation(() => AccountPayload, { description: 'Creates an account and signs in (sets the session cookie).' })
  async signUp(@Arg('input', () => SignUpInput, { description: 'Your email, password and name.' }) input: SignUpInput, @Ctx() context: GraphQLContext): Promise<AccountPayload> {
    requireHttp(context);
    return startSession(context, await context.services.accounts.signUp(context.em, input, context.client));
  }

  @Mutation(() => AccountPayload, {
    description: 'Signs in (sets the session cookie). Repeated failures are slowed down, then refused for a while.',
  })
  async signIn(@Arg('input', () => SignInInput, { description: 'Your email and password.' }) input: SignInInput, @Ctx() context: GraphQLContext): Promise<AccountPayload> {
    requireHttp(context);
    return startSession(context, await context.services.accounts.signIn(context.em, input, context.client));
  }

  @Mutation(() => OutcomePayload, { description: 'Signs this browser out (and clears its cookie, even when the session had already ended).' })
  async signOut(@Ctx() context: GraphQLContext): Promise<OutcomePayload> {
    if (context.viewer.kind === 'session') await context.services.accounts.signOut(context.em, context.viewer.user, context.viewer.sessionId);
    context.http?.clearCookie(SESSION_COOKIE);
    return outcome([]);
  }

  @Authorized(SESSION_ONLY)
  @Mutation(() => OutcomePayload, { description: 'Signs out every browser, this one included.' })
  async signOutEverywhere(@Ctx() context: GraphQLContext): Promise<OutcomePayload> {
    await context.services.accounts.signOutEverywhere(context.em, currentUser(context));
    context.http?.clearCookie(SESSION_COOKIE);
    return outcome([]);
  }

  @Authorized(SESSION_ONLY)
  @Mutation(() => OutcomePayload, { description: 'Signs one of your browsers out.' })
  async revokeSession(
    @Arg('input', () => RevokeSessionInput, { description: 'The browser to sign out.' }) input: RevokeSessionInput,
    @Ctx() context: GraphQLContext,
  ): Promise<OutcomePayload> {
    return outcome(await context.services.accounts.revokeSession(context.em, currentUser(context), input.sessionId));
  }

  @Authorized(Scope.PROFILE_WRITE)
  @Mutation(() => AccountPayload, { description: 'Says whether you mentor, look for mentoring, or both.' })
  async completeOnboarding(
    @Arg('input', () => CompleteOnboardingInput, { description: 'The roles you take.' }) input: CompleteOnboardingInput,
    @Ctx() context: GraphQLContext,
  ): Promise<AccountPayload> {
    const user = currentUser(context);
    const userErrors = await context.services.accounts.completeOnboarding(context.em, user, input);
    return { user: userErrors.length ? null : user, userErrors };
  }

  @Authorized(SESSION_ONLY)
  @Mutation(() => OutcomePayload, { description: 'Sends a new verification link to your address.' })
  async requestEmailVerification(@Ctx() context: GraphQLContext): Promise<OutcomePayload> {
    return outcome(await context.services.recovery.sendVerification(context.em, currentUser(context)));
  }

  @Mutation(() => OutcomePayload, { description: 'Confirms an address with the token from the verification link.' })
  async verifyEmail(@Arg('input', () => VerifyEmailInput, { description: 'The token from the link.' }) input: VerifyEmailInput, @Ctx() context: GraphQLContext): Promise<OutcomePayload> {
    return outcome(await context.services.recovery.verifyEmail(context.em, input.token));
  }

  @Mutation(() => OutcomePayload, {
    description: 'Mails a reset link if the address has an account. Answers the same either way.',
  })
  async requestPasswordReset(
    @Arg('input', () => RequestPasswordResetInput, { description: 'The address to send the link to.' }) input: RequestPasswordResetInput,
    @Ctx() context: GraphQLContext,
  ): Promise<OutcomePayload> {
    return outcome(await context.services.recovery.requestPasswordReset(context.em, input.email));
  }

  @Mutation(() => OutcomePayload, { description: 'Sets a new password from a reset link; signs out every session.' })
  async resetPassword(
    @Arg('input', () => ResetPasswordInput, { description: 'The token from the link and the new password.' }) input: ResetPasswordInput,
    @Ctx() context: GraphQLContext,
  ): Promise<OutcomePayload> {
    return outcome(await context.services.recovery.resetPassword(context.em, input));
  }

  @Authorized(SESSION_ONLY)
  @Mutation(() => OutcomePayload, { description: 'Changes your password; other sessions are signed out.' })
  async changePassword(
    @Arg('input', () => ChangePasswordInput, { description: 'Your current and new password.' }) input: ChangePasswordInput,
    @Ctx() context: GraphQLContext,
  ): Promise<OutcomePayload> {
    if (context.viewer.kind !== 'session') throw new Error('unreachable: SESSION_ONLY');
    return outcome(await context.services.recovery.changePassword(context.em, context.viewer.user, context.viewer.sessionId, input));
  }

  @Authorized(SESSION_ONLY)
  @Mutation(() => OutcomePayload, {
    description: 'Changes your address; it is unverified until you open the link sent there. Other sessions are signed out.',
  })
  async changeEmail(@Arg('input', () => ChangeEmailInput, { description: 'Your password and the new address.' }) input: ChangeEmailInput, @Ctx() context: GraphQLContext): Promise<OutcomePayload> {
    if (context.viewer.kind !== 'session') throw new Error('unreachable: SESSION_ONLY');
    return outcome(await context.services.recovery.changeEmail(context.em, context.viewer.user, context.viewer.sessionId, input));
  }

  @Authorized(SESSION_ONLY)
  @Mutation(() => OutcomePayload, {
    description: 'Deletes your account and everything that is yours alone. See docs/api.md for what happens to shared things.',
  })
  async deleteAccount(@Arg('input', () => DeleteAccountInput, { description: 'Your password, to confirm.' }) input: DeleteAccountInput, @Ctx() context: GraphQLContext): Promise<OutcomePayload> {
    const user = currentUser(context);
    const userErrors = await context.services.recovery.checkPassword(user, input.password);
    if (userErrors.length) return outcome(userErrors);
    await context.services.accountData.delete(context.em, user);
    context.http?.clearCookie(SESSION_COOKIE);
    return outcome([]);
  }
}
