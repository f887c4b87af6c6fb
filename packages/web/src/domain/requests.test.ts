import { describe, expect, it } from 'vitest';
import { messageGuidance, messageLength, requestActions, sendRequestProblem } from './requests';
import { requestsNeedingYou } from './requests-waiting';

const mentor = { name: 'Ada Lovelace', topics: ['Product management', 'Facilitation'] };

describe('request message', () => {
  it('counts trimmed characters and says what is missing or too much', () => {
    expect(messageLength('  hello  ')).toMatchObject({ count: 5, tooShort: true, tooLong: false });
    expect(messageLength('x'.repeat(10)).hint).toBe('10 / 2000 · at least 30 more');
    expect(messageLength('x'.repeat(40))).toMatchObject({ tooShort: false, tooLong: false, hint: '40 / 2000' });
    expect(messageLength('x'.repeat(2001))).toMatchObject({ tooLong: true, hint: '2001 / 2000 · 1 too many' });
  });

  it('checks the four parts of a good request', () => {
    const met = (message: string, cadence = false) =>
      messageGuidance(message, mentor, cadence)
        .filter((item) => item.met)
        .map((item) => item.id);
    expect(met('hi')).toEqual([]);
    expect(met('I am a new team lead. Ada, your facilitation talks helped me. I hope to run better retros, every two weeks.')).toEqual([
      'who',
      'why',
      'hope',
      'often',
    ]);
    expect(met('I lead a team and want to grow.', true)).toEqual(['who', 'hope', 'often']);
    expect(met('Your experience in product management is what I need.')).toEqual(['why']);
  });
});

describe('send request problems', () => {
  it('explains each refusal in words, naming the mentor', () => {
    expect(sendRequestProblem('REQUEST_ALREADY_OPEN', 'Ada', 'x')).toMatch(/already have an open request with Ada/);
    expect(sendRequestProblem('ALREADY_MATCHED', 'Ada', 'x')).toMatch(/already have a mentorship/);
    expect(sendRequestProblem('MENTOR_UNAVAILABLE', 'Ada', 'x')).toMatch(/Ada is not taking new requests/);
    expect(sendRequestProblem('NOT_A_MENTEE', 'Ada', 'x')).toMatch(/Only mentees/);
    expect(sendRequestProblem('INVALID', 'Ada', 'the server said so')).toBe('the server said so');
  });
});

describe('request actions', () => {
  it('gives each side only what it may do', () => {
    expect(requestActions('PENDING', 'mentor')).toEqual(['accept', 'ask', 'decline']);
    expect(requestActions('INFO_REQUESTED', 'mentor')).toEqual(['accept', 'decline']);
    expect(requestActions('INFO_REQUESTED', 'mentee')).toEqual(['answer', 'withdraw']);
    expect(requestActions('PENDING', 'mentee')).toEqual(['withdraw']);
    for (const status of ['ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED'] as const) {
      expect(requestActions(status, 'mentor')).toEqual([]);
      expect(requestActions(status, 'mentee')).toEqual([]);
    }
  });

  it('counts what waits for you', () => {
    expect(requestsNeedingYou({ receivedOpen: 2, sentStatuses: ['PENDING', 'INFO_REQUESTED', 'INFO_REQUESTED'] })).toBe(4);
    expect(requestsNeedingYou({ receivedOpen: 0, sentStatuses: [] })).toBe(0);
  });
});
