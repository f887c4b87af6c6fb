import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import type { App } from '../app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { startTestApp } from '../testing/test-app.js';
import { signUpPerson, type TestClient } from '../testing/graphql-client.js';
import { LIMITS } from './limits.js';

// Hostile queries are refused before they run, with a clear code, over HTTP
// and WebSocket alike, and the server goes on serving everyone else.

let database: TestDatabase;
let app: App;
let person: TestClient;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await startTestApp({ databaseUrl: database.url });
  ({ client: person } = await signUpPerson(app, 'Prober'));
});
afterAll(async () => {
  await app?.close();
  await database?.drop();
});

const deep = (levels: number) => `{ viewer { ${'mentorships { nodes { mentor { '.repeat(levels)}id${' } } }'.repeat(levels)} } }`;
const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: serverInfo { version }`).join(' ')} }`;
const costly = `{ viewer {
  mentorships(first: 100) { nodes { agreementVersions(first: 100) { nodes { acknowledgedBy { id } } } } }
} }`;

const HOSTILE: [string, string, string][] = [
  ['deep nesting', deep(6), 'QUERY_TOO_DEEP'],
  ['an alias flood', aliases(LIMITS.aliases + 5), 'TOO_MANY_ALIASES'],
  ['a token flood', `{ serverInfo { ${'version '.repeat(LIMITS.tokens)} } }`, 'TOO_MANY_TOKENS'],
  [
    'a directive flood',
    `{ ${[1, 2, 3].map((n) => `s${n}: serverInfo @include(if: true) { version @include(if: true) instanceId @skip(if: false) time @include(if: true) }`).join(' ')} }`,
    'TOO_MANY_DIRECTIVES',
  ],
  ['nested connections that multiply', costly, 'QUERY_TOO_COMPLEX'],
];

async function overWebSocket(query: string): Promise<unknown> {
  class WithCookie extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie: person.sessionCookie! } });
    }
  }
  const client = createClient({ url: app.url.replace('http', 'ws') + '/graphql', webSocketImpl: WithCookie, retryAttempts: 0 });
  try {
    return await new Promise((resolve, reject) => client.subscribe({ query }, { next: resolve, error: reject, complete: () => {} }));
  } finally {
    await client.dispose();
  }
}

describe('hostile queries', () => {
  it.each(HOSTILE)('refuses %s over HTTP with a code, running nothing', async (_, query, code) => {
    const result = await person.request(query);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
  });

  it.each(HOSTILE)('refuses %s over WebSocket too', async (_, query, code) => {
    await expect(overWebSocket(query)).rejects.toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code }) })]);
  });

  it('reports what a query cost, and charges connections by their size', async () => {
    const small = await person.request(`{ viewer { sessions(first: 5) { nodes { id } } } }`);
    const large = await person.request(`{ viewer { sessions(first: 50) { nodes { id } } } }`);
    const cost = (result: { extensions?: Record<string, any> }) => result.extensions?.cost?.requestedQueryCost as number;
    expect(cost(small)).toBeGreaterThan(0);
    expect(cost(large)).toBeGreaterThan(cost(small) * 5);
    expect(small.extensions?.cost).toMatchObject({ actualQueryCost: cost(small), throttleStatus: { maximumAvailable: expect.any(Number), restoreRate: expect.any(Number) } });
  });

  it('refuses an oversized body, a batch, and a body that is not JSON, as JSON errors', async () => {
    const post = (body: string) => fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const huge = await post(JSON.stringify({ query: '{ serverInfo { version } }', variables: { pad: 'x'.repeat(LIMITS.httpBodyBytes) } }));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ errors: [{ extensions: { code: 'TOO_LARGE' } }] });
    const batch = await post(JSON.stringify([{ query: '{ serverInfo { version } }' }, { query: '{ serverInfo { version } }' }]));
    expect(batch.status).toBe(400);
    const garbage = await post('{ not json');
    expect(garbage.status).toBe(400);
    expect(await garbage.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('closes a WebSocket that sends an oversized message, or subscribes before connection_init', async () => {
    const open = () =>
      new Promise<WebSocket>((resolve, reject) => {
        const socket = new WebSocket(app.url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws');
        socket.once('open', () => resolve(socket)).once('error', reject);
      });
    const closed = (socket: WebSocket) => new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));

    const big = await open();
    const bigClosed = closed(big);
    big.send(JSON.stringify({ type: 'connection_init', payload: { pad: 'x'.repeat(LIMITS.webSocketMessageBytes) } }));
    expect(await bigClosed).toBe(1009);

    const eager = await open();
    const eagerClosed = closed(eager);
    eager.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: '{ serverInfo { version } }' } }));
    expect(await eagerClosed).toBe(4401);
  });

  it('keeps serving ordinary requests after all that', async () => {
    expect((await person.data(`{ viewer { displayName } }`)).viewer.displayName).toBe('Prober');
    expect(await overWebSocket(`{ viewer { displayName } }`)).toEqual({ data: { viewer: { displayName: 'Prober' } } });
  });
});
