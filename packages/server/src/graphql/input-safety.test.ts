import { GraphQLError, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { isOutage, retryWhileOutage } from './outage.js';
import { refuseUnstorableText } from './storable-text.js';
import { MAX_OPERATION_ID_BYTES, refuseMalformedMessages } from './ws-messages.js';
import { isCalendarDate } from '../modules/mentor-profiles/profile-rules.js';

// The pure checks behind three fixes the fuzz and fault tests found; the
// tests in src/fuzz and src/faults drive them through the real server.

describe('text Postgres can store', () => {
  const query = parse('mutation($input: SendMessageInput!) { sendMessage(input: $input) { userErrors { code } } }');
  it.each([
    ['NUL', 'a\u0000b'],
    ['a lone high surrogate', 'x\ud800'],
    ['a lone low surrogate', '\udfffx'],
    ['reversed surrogates', '\udc00\ud800'],
  ])('refuses %s in the variables, with the path', (_, text) => {
    expect(refuseUnstorableText(query, { input: { body: text } })).toMatchObject({ message: expect.stringContaining('$.input.body'), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses it in object keys, lists and literals too', () => {
    expect(refuseUnstorableText(query, { input: { tags: ['ok', 'no\u0000'] } })?.message).toContain('$.input.tags[1]');
    expect(refuseUnstorableText(query, { input: { ['k\u0000']: 1 } })).not.toBeNull();
    expect(refuseUnstorableText(parse('mutation { signOut(note: "a\\u0000b") { ok } }'), {})?.message).toContain('literal');
  });

  it('accepts everything else, emoji and all', () => {
    expect(refuseUnstorableText(query, { input: { body: '🧑‍🏫 ǅ \u202e\t\n \u0001', n: 1, none: null } })).toBeNull();
  });
});

describe('outages', () => {
  const wrapped = (error: Error) => new GraphQLError('Context creation failed: x', { originalError: error });
  it.each([
    ['MikroORM ConnectionException', Object.assign(new Error('x'), { name: 'ConnectionException' })],
    ['ECONNREFUSED', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })],
    ['admin shutdown (57P01)', Object.assign(new Error('terminating connection'), { code: '57P01' })],
    ["pg's plain message", new Error('Connection terminated unexpectedly')],
    ["knex's pool time-out", Object.assign(new Error('Knex: Timeout acquiring a connection.'), { name: 'KnexTimeoutError' })],
    ['node-redis closed', Object.assign(new Error('The client is closed'), { name: 'ClientClosedError' })],
    ['a wrapped one', wrapped(new Error('Connection terminated unexpectedly'))],
    ['a cause', new Error('outer', { cause: Object.assign(new Error('inner'), { code: 'ECONNRESET' }) })],
  ])('%s is an outage', (_, error) => expect(isOutage(error)).toBe(true));

  it.each([
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'uuid')")],
    ['a unique violation', Object.assign(new Error('duplicate key value'), { name: 'UniqueConstraintViolationException', code: '23505' })],
    ['bad text', Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' })],
    ['nothing', undefined],
  ])('%s is not', (_, error) => expect(isOutage(error)).toBe(false));
});

describe('calendar days', () => {
  it('takes only days Postgres can store (the fuzz sent 2027-02-30)', () => {
    expect(['2027-03-01', '2028-02-29', '0001-01-01', '9999-12-31'].filter(isCalendarDate)).toHaveLength(4);
    expect(['2027-02-30', '2027-02-29', '2027-13-01', '0000-01-01', '2027-3-1', ''].filter(isCalendarDate)).toEqual([]);
  });
});

describe('waiting out an outage', () => {
  const down = () => Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });

  it('tries again while the failure is an outage, and returns once it passes', async () => {
    let calls = 0;
    const result = await retryWhileOutage(async () => (++calls < 3 ? Promise.reject(down()) : 'read'), { pauseMs: 1 });
    expect([result, calls]).toEqual(['read', 3]);
  });

  it('gives up when the window closes, and never retries anything else', async () => {
    await expect(retryWhileOutage(() => Promise.reject(down()), { withinMs: 20, pauseMs: 5 })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    let calls = 0;
    await expect(retryWhileOutage(async () => { calls++; throw new TypeError('a bug'); }, { pauseMs: 1 })).rejects.toThrow('a bug');
    expect(calls).toBe(1);
  });
});

describe('graphql-ws messages', () => {
  const parseMessage = (text: string) => JSON.parse(text, refuseMalformedMessages) as unknown;
  it('refuses what only a server sends, and ids too long to echo in a close reason', () => {
    expect(() => parseMessage('{"type":"next","id":"1","payload":{}}')).toThrow();
    expect(() => parseMessage('{"type":"connection_ack"}')).toThrow();
    expect(() => parseMessage(JSON.stringify({ type: 'complete', id: 'x'.repeat(MAX_OPERATION_ID_BYTES + 1) }))).toThrow();
    expect(() => parseMessage(JSON.stringify({ type: 'complete', id: '🙂'.repeat(MAX_OPERATION_ID_BYTES / 4 + 1) }))).toThrow();
  });

  it('passes everything a client may send, including look-alikes inside payloads', () => {
    const subscribe = { type: 'subscribe', id: 'x'.repeat(MAX_OPERATION_ID_BYTES), payload: { query: '{ a }', variables: { v: { type: 'next', id: 'y'.repeat(500) } } } };
    expect(parseMessage(JSON.stringify(subscribe))).toEqual(subscribe);
    expect(parseMessage('{"type":"pong"}')).toEqual({ type: 'pong' });
  });
});
