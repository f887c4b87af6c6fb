/**
 * Checks run in the browser before sending, for quick feedback. The server
 * checks everything again and has the last word (its messages replace these).
 */

/** The server's own minimum (account rules). */
export const PASSWORD_MIN_LENGTH = 10;

export const requiredText =
  (message: string) =>
  (value: string): string | null =>
    value.trim() ? null : message;

export function emailProblem(value: string): string | null {
  const email = value.trim();
  if (!email) return 'Enter your email address.';
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? null : 'Enter a valid email address, like name@example.com.';
}

export function newPasswordProblem(value: string): string | null {
  if (!value) return 'Choose a password.';
  return [...value].length < PASSWORD_MIN_LENGTH ? `Use at least ${PASSWORD_MIN_LENGTH} characters.` : null;
}

export const matches =
  (field: string, message: string) =>
  (value: string, values: Record<string, unknown>): string | null =>
    value === values[field] ? null : message;
