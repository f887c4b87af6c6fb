import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/**
 * GraphQL error codes (`errors[].extensions.code`) the app acts on. Expected
 * failures of a form come back as `userErrors` instead; these mean the request
 * as a whole could not be served.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  SESSION_REQUIRED: 'SESSION_REQUIRED',
  FORBIDDEN: 'FORBIDDEN',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL: 'INTERNAL',
} as const;

/** The first `extensions.code` of a GraphQL error, if the error is one. */
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  for (const { extensions } of error.errors) {
    if (typeof extensions?.code === 'string') return extensions.code;
  }
  return undefined;
}

export function isUnauthenticated(error: unknown): boolean {
  return errorCode(error) === ErrorCode.UNAUTHENTICATED;
}

/**
 * A failure already worded for a person: a mutation's `userErrors`, or the
 * app's own explanation. `describeError` shows its message as it is.
 */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
}

export const UNREACHABLE_MESSAGE = 'Mentorspace’s server can’t be reached. Check your connection and try again.';
const FALLBACK_MESSAGE = 'Something went wrong on our side. Please try again.';

/**
 * A sentence to show a person for an unexpected failure. The server writes its
 * GraphQL error messages for people, so those are shown as they are; transport
 * failures get one plain sentence instead of a browser's technical message.
 */
export function describeError(error: unknown): string {
  if (error instanceof UserFacingError) return error.message;
  if (CombinedGraphQLErrors.is(error)) {
    if (errorCode(error) === ErrorCode.UNAUTHENTICATED) return 'Your session has ended. Sign in again to continue.';
    const message = error.errors.find((entry) => entry.message)?.message;
    return message ?? FALLBACK_MESSAGE;
  }
  if (ServerError.is(error)) return error.statusCode >= 500 ? 'The server had a problem. Please try again in a moment.' : FALLBACK_MESSAGE;
  if (ServerParseError.is(error)) return FALLBACK_MESSAGE;
  if (error instanceof TypeError) return UNREACHABLE_MESSAGE; // fetch() failing: offline, DNS, refused
  return FALLBACK_MESSAGE;
}
