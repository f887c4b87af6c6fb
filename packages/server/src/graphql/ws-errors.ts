import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode, type createErrorFormatter } from './errors.js';
import { isOutage } from './outage.js';

type Format = ReturnType<typeof createErrorFormatter>;

/**
 * graphql-ws sends errors as graphql-js made them. Give them what HTTP
 * errors get from Apollo and the error formatter: a code, and no internals
 * (an error that was not a GraphQLError is unexpected: INTERNAL, or
 * SERVICE_UNAVAILABLE during an outage).
 */
export function formatSocketErrors(format: Format, errors: readonly GraphQLError[]): GraphQLFormattedError[] {
  return errors.map((error) => {
    const formatted = error.toJSON();
    const unexpected = error.originalError !== undefined && !(error.originalError instanceof GraphQLError);
    return format(unexpected ? { ...formatted, extensions: { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' } } : formatted, error);
  });
}

/**
 * For graphql-ws's onSubscribe: a dependency that is down refuses this one
 * operation with a retryable SERVICE_UNAVAILABLE. Thrown, it would close the
 * socket with 4500, which clients treat as final and do not retry.
 */
export function retryableOnOutage<A extends unknown[], R>(check: (...args: A) => Promise<R>): (...args: A) => Promise<R | GraphQLError[]> {
  return (...args) =>
    check(...args).catch((error: unknown) => {
      if (!isOutage(error)) throw error;
      return [new GraphQLError('The service is briefly unavailable; try again.', { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true } })];
    });
}
