import { beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { useTestApp } from '../testing/test-app.js';
import { signUpPerson, TestClient } from '../testing/graphql-client.js';
import { getIntrospectionQuery } from 'graphql';
import { LIMITS } from './limits.js';
import { LiveCollector, wsClientFor } from '../testing/ws-client.js';

const NOTIFICATIONS = `subscription { notificationEvents(after: 0) { seq type } }`;

const server = useTestApp();
let person: TestClient;

beforeAll(async () => {
  ({ client: person } = await signUpPerson(server.app, 'Prober'));
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
  // graphql-js compares same-named fields pairwise: thousands of copies would cost it seconds.
  ['duplicated fields', `{ serverInfo { ${'version '.repeat(1_000)} } }`, 'DUPLICATE_FIELDS'],
  ['duplicated fields in inline fragments', `{ ${'... on Query { serverInfo { version } } '.repeat(200)} }`, 'DUPLICATE_FIELDS'],
  ['circular fragments', `query { ...A } fragment A on Query { serverInfo { version } ...B } fragment B on Query { ...A }`, 'GRAPHQL_VALIDATION_FAILED'],
  ['introspection nested past what a tool needs', `{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }`, 'TOO_MUCH_INTROSPECTION'],
  ['the whole schema many times over', `{ ${[1, 2, 3].map((n) => `s${n}: __schema { types { name fields { name } } }`).join(' ')} }`, 'TOO_MUCH_INTROSPECTION'],
];

/** After each refusal, the server still answers an ordinary query, for the prober and for everyone else. */
async function stillServing(): Promise<void> {
  expect((await person.data(`{ viewer { displayName } }`)).viewer.displayName).toBe('Prober');
  expect((await new TestClient(server.app.url).data(`{ serverInfo { version } }`)).serverInfo.version).toEqual(expect.any(String));
}

async function overWebSocket(query: string): Promise<unknown> {
  class WithCookie extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie: person.sessionCookie! } });
    }
  }
  const client = createClient({ url: server.app.url.replace('http', 'ws') + '/graphql', webSocketImpl: WithCookie, retryAttempts: 0 });
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
    expect(result.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
    await stillServing();
  });

  it.each(HOSTILE)('refuses %s over WebSocket too', async (_, query, code) => {
    await expect(overWebSocket(query)).rejects.toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code }) })]);
    await stillServing();
  });

  it('refuses a duplicated-fields flood every time it is sent, and answers a repeated ordinary query every time', async () => {
    const flood = `{ serverInfo { ${'version '.repeat(1_000)} } }`;
    for (let round = 0; round < 2; round++) expect((await person.request(flood)).errors?.[0]?.extensions?.code).toBe('DUPLICATE_FIELDS');
    for (let round = 0; round < 2; round++) expect((await person.request(`{ serverInfo { version version } }`)).errors).toBeUndefined();
  });

  it('lets a full introspection through, as GraphiQL and codegen send it', async () => {
    const result = await person.request(getIntrospectionQuery());
    expect(result.errors).toBeUndefined();
    expect(result.data?.__schema.queryType.name).toBe('Query');
  });

  it('refuses a flood of batched operations in one request', async () => {
    const batch = Array.from({ length: 1_000 }, () => ({ query: '{ serverInfo { version } }' }));
    const response = await fetch(`${server.app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(batch) });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } }] });
    await stillServing();
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
    const post = (body: string) => fetch(`${server.app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
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
        const socket = new WebSocket(server.app.url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws');
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

    // Huge variables after a proper start: the message itself is over the limit.
    const acknowledged = await open();
    const acknowledgedClosed = closed(acknowledged);
    acknowledged.send(JSON.stringify({ type: 'connection_init' }));
    await new Promise((resolve) => acknowledged.once('message', resolve));
    acknowledged.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: '{ serverInfo { version } }', variables: { pad: 'x'.repeat(LIMITS.webSocketMessageBytes) } } }));
    expect(await acknowledgedClosed).toBe(1009);
    await stillServing();
  });

  it('closes a WebSocket that never sends connection_init', async () => {
    const socket = new WebSocket(server.app.url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws');
    const code = await new Promise<number>((resolve) => socket.once('close', (closeCode) => resolve(closeCode)));
    expect(code).toBe(4408); // graphql-ws: "Connection initialisation timeout", after LIMITS.connectionInitTimeoutMs
    await stillServing();
  });

  it('refuses operations past the per-connection cap, and the connection goes on', async () => {
    const client = wsClientFor(server.app, person);
    const live = Array.from({ length: LIMITS.subscriptionsPerConnection }, () => new LiveCollector(client, NOTIFICATIONS, {}, 'notificationEvents'));
    try {
      // The socket takes messages in order, so the cap is full when this one arrives.
      const extra = new Promise((resolve, reject) => client.subscribe({ query: NOTIFICATIONS }, { next: resolve, error: reject, complete: () => {} }));
      await expect(extra).rejects.toEqual([expect.objectContaining({ extensions: { code: 'RATE_LIMITED' } })]);
      expect(live.map((collector) => collector.error)).toEqual(live.map(() => null));
    } finally {
      await client.dispose();
    }
    await stillServing();
  });

  it('keeps serving ordinary requests after all that', async () => {
    expect((await person.data(`{ viewer { displayName } }`)).viewer.displayName).toBe('Prober');
    expect(await overWebSocket(`{ viewer { displayName } }`)).toEqual({ data: { viewer: { displayName: 'Prober' } } });
  });
});
