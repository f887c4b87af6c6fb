import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { UserErrorCode } from '../graphql/errors.js';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

// ~49,000 passwords seen most often in breaches, from zxcvbn-ts's common list.
const common = new Set((dictionary['passwords-common'] as string[]).map((word) => word.toLowerCase()));

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): { code: UserErrorCode; message: string } | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    return { code: UserErrorCode.PASSWORD_TOO_SHORT, message: `Use at least ${PASSWORD_MIN_LENGTH} characters.` };
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return { code: UserErrorCode.PASSWORD_TOO_LONG, message: `Use at most ${PASSWORD_MAX_LENGTH} characters.` };
  }
  if (common.has(password.toLowerCase())) {
    return { code: UserErrorCode.PASSWORD_TOO_COMMON, message: 'This password is among the most common ones; choose another.' };
  }
  return null;
}

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
// `algorithm: 2` is Argon2id (the package's const enum cannot be imported under isolatedModules).
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** Verifying against this when no account matches keeps sign-in time the same either way. */
export const DUMMY_PASSWORD_HASH = await hashPassword('not a real password, only for timing');
