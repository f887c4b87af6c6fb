import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { describeError, errorCode, isUnauthenticated, UNREACHABLE_MESSAGE, UserFacingError } from './errors';

const graphQLError = (errors: Array<{ message: string; extensions?: Record<string, unknown> }>) =>
  new CombinedGraphQLErrors({ data: null, errors });

describe('errorCode', () => {
  it('reads the first extensions.code of a GraphQL error', () => {
    const error = graphQLError([
      { message: 'This token lacks the `profile:write` scope.', extensions: { code: 'INSUFFICIENT_SCOPE' } },
      { message: 'Sign in.', extensions: { code: 'UNAUTHENTICATED' } },
    ]);
    expect(errorCode(error)).toBe('INSUFFICIENT_SCOPE');
  });

  it('is undefined for anything else', () => {
    expect(errorCode(new TypeError('Failed to fetch'))).toBeUndefined();
    expect(errorCode(graphQLError([{ message: 'no code' }]))).toBeUndefined();
    expect(errorCode(undefined)).toBeUndefined();
  });
});

describe('isUnauthenticated', () => {
  it('is true only for UNAUTHENTICATED', () => {
    expect(isUnauthenticated(graphQLError([{ message: 'Sign in.', extensions: { code: 'UNAUTHENTICATED' } }]))).toBe(true);
    expect(isUnauthenticated(graphQLError([{ message: 'No.', extensions: { code: 'FORBIDDEN' } }]))).toBe(false);
  });
});

describe('describeError', () => {
  it('shows the server’s own message for a GraphQL error', () => {
    const error = graphQLError([{ message: 'Too many requests; wait a minute.', extensions: { code: 'RATE_LIMITED' } }]);
    expect(describeError(error)).toBe('Too many requests; wait a minute.');
  });

  it('asks to sign in again when the session ended', () => {
    const error = graphQLError([{ message: 'Sign in, or send a personal access token, to do this.', extensions: { code: 'UNAUTHENTICATED' } }]);
    expect(describeError(error)).toMatch(/sign in again/i);
  });

  it('says the server cannot be reached when fetch fails', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toBe(UNREACHABLE_MESSAGE);
  });

  it('never shows a transport error’s technical text', () => {
    const response = new Response('<html>Bad gateway</html>', { status: 502 });
    const error = new ServerError('Response not successful: Received status code 502', {
      response,
      bodyText: '<html>Bad gateway</html>',
    });
    expect(describeError(error)).not.toMatch(/502|status code/);
    expect(describeError(new Error('boom'))).not.toMatch(/boom/);
  });

  it('shows a failure already worded for a person (a mutation’s userErrors) as it is', () => {
    expect(describeError(new UserFacingError('Those neighbours moved; try again.'))).toBe('Those neighbours moved; try again.');
  });
});
