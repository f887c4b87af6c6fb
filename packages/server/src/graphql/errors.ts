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
  DUPLICATE_FIELDS: 'DUPLICATE_FIELDS',
  TOO_MUCH_INTROSPECTION: 'TOO_MUCH_INTROSPECTION',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_ALLOWED: 'PERSISTED_QUERY_NOT_ALLOWED',
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
  MENTOR_AWAY = 'MENTOR_AWAY',
  REQUEST_ALREADY_OPEN = 'REQUEST_ALREADY_OPEN',
  ALREADY_MATCHED = 'ALREADY_MATCHED',
  CAPACITY_REACHED = 'CAPACITY_REACHED',
  INVALID_STATE = 'INVALID_STATE',
  STALE_VERSION = 'STALE_VERSION',
  CONFLICT = 'CONFLICT',
  EDIT_WINDOW_CLOSED = 'EDIT_WINDOW_CLOSED',
  INVALID_RECURRENCE = 'INVALID_RECURRENCE',
  INVALID_URL = 'INVALID_URL',
}
registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why an input was not accepted. Stable: clients may switch on it.',
  valuesConfig: {
    INVALID: { description: 'The value is not acceptable here; the message says why.' },
    REQUIRED: { description: 'A value is needed and was empty or missing.' },
    TOO_SHORT: { description: 'Text or a list is shorter than the minimum.' },
    TOO_LONG: { description: 'Text is longer than the maximum.' },
    TOO_MANY: { description: 'A list holds more items than allowed, or you already have as many as allowed.' },
    OUT_OF_RANGE: { description: 'A number or date lies outside the allowed range.' },
    INVALID_EMAIL: { description: 'Not an email address.' },
    EMAIL_TAKEN: { description: 'Another account uses this email address.' },
    PASSWORD_TOO_SHORT: { description: 'The password has fewer than 10 characters.' },
    PASSWORD_TOO_COMMON: { description: 'The password is among the most common ones.' },
    PASSWORD_TOO_LONG: { description: 'The password has more than 256 characters.' },
    WRONG_PASSWORD: { description: 'That is not your current password.' },
    INVALID_CREDENTIALS: { description: 'The email and password do not match an account.' },
    TOO_MANY_ATTEMPTS: { description: 'Too many tries or mails in a short time; try again later.' },
    INVALID_TOKEN: { description: 'The link token is unknown, used or expired.' },
    INVALID_TIME_ZONE: { description: 'Not an IANA time zone such as Europe/Lisbon.' },
    INVALID_LANGUAGE: { description: 'Not an ISO 639-1 language code such as `en`.' },
    INVALID_SCOPE: { description: 'Not a scope a token can carry.' },
    DUPLICATE: { description: 'The same thing is named twice, or exists already.' },
    NOT_FOUND: { description: 'No object with that id that you may use.' },
    NOT_A_MENTEE: { description: 'Only a mentee can do this; complete onboarding as one first.' },
    MENTOR_UNAVAILABLE: { description: 'The mentor is not taking requests now.' },
    MENTOR_AWAY: { description: 'The mentor is away for now and takes no requests until they are back.' },
    REQUEST_ALREADY_OPEN: { description: 'You have an open request with this mentor already.' },
    ALREADY_MATCHED: { description: 'The two people already have a mentorship.' },
    CAPACITY_REACHED: { description: 'The mentor has no place left for another mentee.' },
    INVALID_STATE: { description: 'The object is not in a state that allows this (e.g. cancelled, closed, deleted).' },
    STALE_VERSION: { description: 'A newer version exists; read it and try again.' },
    CONFLICT: { description: 'Someone else changed it since the version you edited; the payload holds the current one.' },
    EDIT_WINDOW_CLOSED: { description: 'Too long has passed since it was sent to change it.' },
    INVALID_RECURRENCE: { description: 'The RRULE is not valid, never ends, produces no meetings, or runs too long.' },
    INVALID_URL: { description: 'Not an address we can send to (https required; no private addresses in production).' },
  },
});

/** An expected failure with a stable code that is safe to show to the caller. */
export class ApiError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** graphql-js's own introspection-depth error gets a code of its own, like the other limits. */
const INTROSPECTION_TOO_DEEP = /^Maximum introspection depth exceeded/;

/**
 * The code a validation error should carry: a limit's own, or
 * GRAPHQL_VALIDATION_FAILED. Shared by the HTTP error formatter and WebSocket.
 */
export function validationCode(error: { message: string; extensions?: Record<string, unknown> | undefined }): string {
  const limit = error.extensions?.limit;
  if (typeof limit === 'string') return limit;
  if (INTROSPECTION_TOO_DEEP.test(error.message)) return ErrorCode.TOO_MUCH_INTROSPECTION;
  return ErrorCode.GRAPHQL_VALIDATION_FAILED;
}

/** Drops graphql-js's "Did you mean …?" hints, which spell out field and type names to whoever probes (as Apollo's own option does). */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean(.+?)\?$/, '');
}

/**
 * Errors we raised on purpose keep their message and code; an unreachable
 * Postgres or Redis becomes a retryable SERVICE_UNAVAILABLE; anything else is
 * logged and replaced by a bare INTERNAL error, so no internals leak. Without
 * `suggestions`, "Did you mean …" hints are dropped from every message.
 */
export function createErrorFormatter(logger: Logger, { suggestions = true } = {}) {
  const format = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    const limit = formatted.extensions?.limit;
    if (typeof limit === 'string') return { ...formatted, extensions: { code: limit } };
    if (code === ErrorCode.GRAPHQL_VALIDATION_FAILED) return { ...formatted, extensions: { code: validationCode(formatted) } };
    if (code === ErrorCode.GRAPHQL_PARSE_FAILED && /tokens/i.test(formatted.message)) {
      return { message: formatted.message.replace(/^Syntax Error: /, ''), extensions: { code: ErrorCode.TOO_MANY_TOKENS } };
    }
    // Apollo's own refusals of a malformed request (a persisted-query hash that does not match) carry a 4xx status.
    const status = original instanceof GraphQLError ? (original.extensions.http as { status?: number } | undefined)?.status : undefined;
    if (code === 'INTERNAL_SERVER_ERROR' && status && status >= 400 && status < 500) {
      return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
    }
    if (original instanceof GraphQLError && code !== 'INTERNAL_SERVER_ERROR') {
      // `http` sets the status of an HTTP answer (Apollo drops it there); over WebSocket it would leak through.
      const { stacktrace: _stacktrace, http: _http, ...extensions } = formatted.extensions ?? {};
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
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = format(formatted, error);
    return suggestions ? result : { ...result, message: withoutSuggestions(result.message) };
  };
}
