import { z } from 'zod';
import { UserErrorCode } from '../../graphql/errors.js';
import { passwordProblem } from '../../auth/password.js';

/** Emails are compared and stored trimmed and in lower case. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'An email address has at most 254 characters.')
  .pipe(z.email('Enter a valid email address, like name@example.com.'));

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter the name others will see.')
  .max(80, 'Use at most 80 characters.');

/** A new password: long enough, not too long, and not a common one. */
export const newPasswordSchema = z.string().superRefine((password, context) => {
  const problem = passwordProblem(password);
  if (problem) context.addIssue({ code: 'custom', message: problem.message, params: { code: problem.code } });
});

/** A password typed to confirm who you are: only bounded, never judged. */
export const currentPasswordSchema = z.string().min(1, 'Enter your password.').max(1_024, 'That is not your password.');

export const signUpSchema = z.object({ email: emailSchema, password: newPasswordSchema, displayName: displayNameSchema });

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export const EMAIL_TAKEN = {
  code: UserErrorCode.EMAIL_TAKEN,
  message: 'An account with this email address exists already. Sign in, or reset your password.',
};
