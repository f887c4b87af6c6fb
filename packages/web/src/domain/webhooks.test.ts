import { describe, expect, it } from 'vitest';
import { canRedeliver, lastResponse, webhookUrlProblem } from './webhooks';

describe('webhookUrlProblem', () => {
  it.each([
    ['https://hooks.example.com/mentorspace', null],
    ['  https://hooks.example.com/x  ', null],
    ['http://localhost:3000/hooks', null],
    ['http://127.0.0.1:8080/', null],
    ['', 'Enter the address to send events to.'],
    ['hooks.example.com', 'Enter a full address, like https://example.com/webhooks.'],
    ['http://hooks.example.com/', 'Use an https:// address.'],
    ['ftp://hooks.example.com/', 'Use an https:// address.'],
    ['https://me:pw@hooks.example.com/', 'Leave credentials out of the address; verify the signature instead.'],
  ])('%j → %j', (url, problem) => {
    expect(webhookUrlProblem(url)).toBe(problem);
  });
});

describe('lastResponse', () => {
  it('says what the endpoint last answered, or why there was no answer', () => {
    expect(lastResponse({ status: 'PENDING', attempts: 0 })).toBe('Not tried yet');
    expect(lastResponse({ status: 'SUCCEEDED', attempts: 1, lastStatusCode: 200, lastDurationMs: 84 })).toBe('HTTP 200 in 84 ms');
    expect(lastResponse({ status: 'PENDING', attempts: 2, lastStatusCode: null, lastError: 'timed out after 10000 ms', lastDurationMs: 10001 })).toBe(
      'timed out after 10000 ms',
    );
    expect(lastResponse({ status: 'FAILED', attempts: 7, lastStatusCode: null, lastError: null })).toBe('No answer');
  });
});

describe('canRedeliver', () => {
  it('allows finished deliveries of enabled endpoints only', () => {
    expect(canRedeliver({ status: 'FAILED' }, true)).toBe(true);
    expect(canRedeliver({ status: 'SUCCEEDED' }, true)).toBe(true);
    expect(canRedeliver({ status: 'PENDING' }, true)).toBe(false);
    expect(canRedeliver({ status: 'FAILED' }, false)).toBe(false);
  });
});
