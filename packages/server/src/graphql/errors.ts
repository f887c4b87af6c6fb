import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { registerEnumType } from 'type-graphql';
import type { Logger } from '../logger.js';
import { isOutage } from './outage.js';

/**
 * GraphQL-level error codes (`errors[].extensions.code`): the request as a
 * whole could not be served. Stable: clients switch on them.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  BAD_CURSOR: 'BAD_CURSOR',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  INSUFFICIENT_SCOPE: 'INSUFFICIENT_SCOPE',
  SESSION_REQUIRED: 'SESSION_REQUIRED',
  RATE_LIMITED: 'RATE_LIMITED',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
  TOO_MANY_TOKENS: 'TOO_MANY_TOKENS',
  TOO_LARGE: 'TOO_LARGE',
  /** Postgres or Redis is unreachable for now; `extensions.retryable` is true and nothing was written. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Codes of expected failures returned in a payload's `userErrors`: the
 * operation ran, but this input cannot be accepted. Nothing was written.
 */
export enum UserErrorCode {
  INVALID = 'INVALID',
  REQUIRED = 'REQUIRED',
  TOO_SHORT = 'TOO_SHORT',
  TOO_LONG = 'TOO_LONG',
  TOO_MANY = 'TOO_MANY',
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  INVALID_EMAIL = 'INVALID_EMAIL',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  PASSWORD_TOO_SHORT = 'PASSWORD_TOO_SHORT',
  PASSWORD_TOO_COMMON = 'PASSWORD_TOO_COMMON',
  PASSWORD_TOO_LONG = 'PASSWORD_TOO_LONG',
  WRONG_PASSWORD = 'WRONG_PASSWORD',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  INVALID_TOKEN = 'INVALID_TOKEN',
  INVALID_TIME_ZONE = 'INVALID_TIME_ZONE',
  INVALID_LANGUAGE = 'INVALID_LANGUAGE',
  INVALID_SCOPE = 'INVALID_SCOPE',
  DUPLICATE = 'DUPLICATE',
  NOT_FOUND = 'NOT_FOUND',
  NOT_A_MENTEE = 'NOT_A_MENTEE',
  MENTOR_UNAVAILABLE = 'MENTOR_UNAVAILABLE',
  REQUEST_ALREADY_OPEN = 'REQUEST_ALREADY_OPEN',
  ALREADY_MATCHED = 'ALREADY_MATCHED',
  CAPACITY_REACHED = 'CAPACITY_REACHED',
  INVALID_STATE = 'INVALID_STATE',
  STALE_VERSION = 'STALE_VERSION',
  CONFLICT = 'CONFLICT',
  EDIT_WINDOW_CLOSED = 'EDIT_WINDOW_CLOSED',
  INVALID_RECURRENCE = 'INVALID_RECURRENCE',
}
registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why an input was not accepted. Stable: clients may switch on it.',
});

/** An expected failure with a stable code that is safe to show to the caller. */
export class ApiError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/**
 * Errors we raised on purpose keep their message and code; an unreachable
 * Postgres or Redis becomes a retryable SERVICE_UNAVAILABLE; anything else is
 * logged and replaced by a bare INTERNAL error, so no internals leak.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    const limit = formatted.extensions?.limit;
    if (typeof limit === 'string') return { ...formatted, extensions: { code: limit } };
    if (code === ErrorCode.GRAPHQL_PARSE_FAILED && /tokens/i.test(formatted.message)) {
      return { message: formatted.message.replace(/^Syntax Error: /, ''), extensions: { code: ErrorCode.TOO_MANY_TOKENS } };
    }
    if (original instanceof GraphQLError && code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (isOutage(original)) {
      logger.warn({ err: original, path: formatted.path }, 'a dependency is unreachable; the operation failed and may be retried');
      return {
        message: 'The service is briefly unavailable; nothing was changed. Please try again.',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true },
      };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL operation');
    return {
      message: 'Something went wrong on our side. It has been logged; please try again.',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: ErrorCode.INTERNAL },
    };
  };
}
