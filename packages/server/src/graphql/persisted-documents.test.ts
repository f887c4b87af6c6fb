import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import type { App } from '../app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { startTestApp } from '../testing/test-app.js';
import { TEST_REDIS_URL } from '../testing/services.js';
import { signUpPerson, tokenClient, type TestClient } from '../testing/graphql-client.js';
import { createSchema } from './schema.js';
import { parse, specifiedRules, validate } from 'graphql';
import { duplicateFieldsError, limitRules } from './limits.js';
import { loadManifest, RedisDocumentCache, sha256, type Manifest } from './persisted-documents.js';
import { createRedisClient } from '../events/redis-client.js';
import { createLogger } from '../logger.js';
import { TcpProxy } from '../testing/tcp-proxy.js';

// Automatic persisted queries (shared by instances through Redis) and trusted
// documents: the web app's operations, from the codegen manifest, by hash.

let database: TestDatabase;
let manifest: Manifest;
let person: TestClient;
let token: string;
let allowing: App;

/** The manifest's entry for one of the web app's operations. */
function operation(name: string): { hash: string; query: string } {
  const found = [...manifest].find(([, text]) => new RegExp(`(query|mutation|subscription) ${name}\\b`).test(text));
  if (!found) throw new Error(`${name} is not in the manifest`);
  return { hash: found[0], query: found[1] };
}

type Credentials = { cookie?: string | null; bearer?: string };

async function send(app: App, body: { query?: string; hash?: string; variables?: Record<string, unknown> }, as: Credentials = {}) {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(as.cookie ? { cookie: as.cookie } : {}),
      ...(as.bearer ? { authorization: `Bearer ${as.bearer}` } : {}),
    },
    body: JSON.stringify({
      ...(body.query !== undefined ? { query: body.query } : {}),
      variables: body.variables ?? {},
      ...(body.hash ? { extensions: { persistedQuery: { version: 1, sha256Hash: body.hash } } } : {}),
    }),
  });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] }) };
}

async function overWebSocket(app: App, payload: { query: string; hash?: string; variables?: Record<string, unknown> }, as: Credentials = {}): Promise<any> {
  class Authenticated extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: as.cookie ? { cookie: as.cookie } : {} });
    }
  }
  const client = createClient({
    url: app.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: Authenticated,
    retryAttempts: 0,
    connectionParams: as.bearer ? { authorization: `Bearer ${as.bearer}` } : {},
  });
  try {
    return await new Promise((resolve, reject) =>
      client.subscribe(
        {
          query: payload.query,
          variables: payload.variables ?? {},
          ...(payload.hash ? { extensions: { persistedQuery: { version: 1, sha256Hash: payload.hash } } } : {}),
        },
        { next: resolve, error: reject, complete: () => {} },
      ),
    );
  } finally {
    await client.dispose();
  }
}

const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;
/** A query no one has sent before, so no cache has it. */
const freshQuery = () => `{ serverInfo { version } n${randomBytes(4).toString('hex')}: serverInfo { time } }`;

beforeAll(async () => {
  database = await createTestDatabase();
  manifest = await loadManifest();
  allowing = await startTestApp({ databaseUrl: database.url });
  ({ client: person } = await signUpPerson(allowing, 'Persisted'));
  ({ secret: token } = await tokenClient(person, ['PROFILE_READ']));
});
afterAll(async () => {
  await allowing?.close();
  await database?.drop();
});

describe('the manifest', () => {
  it('holds every web-app operation under the sha256 of its text, each valid and within the limits', async () => {
    const schema = await createSchema();
    expect(manifest.size).toBeGreaterThan(50);
    for (const [hash, text] of manifest) {
      expect(sha256(text)).toBe(hash);
      // Cost depends on the variables each screen passes; the screens' own tests run them.
      const document = parse(text);
      expect([duplicateFieldsError(document), ...validate(schema, document, [...specifiedRules, ...limitRules])].filter(Boolean), text.slice(0, 80)).toEqual([]);
    }
  });
});

describe('automatic persisted queries', () => {
  it('asks for an unknown hash, then runs it by hash once registered', async () => {
    const query = freshQuery();
    const hash = sha256(query);
    expect(codeOf(await send(allowing, { hash }))).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await send(allowing, { query, hash })).data.serverInfo.version).toEqual(expect.any(String));
    expect((await send(allowing, { hash })).data.serverInfo.version).toEqual(expect.any(String));
  });

  it('refuses a hash that does not match the text', async () => {
    const result = await send(allowing, { query: freshQuery(), hash: sha256('something else') });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(/does not match/);
  });

  it('shares registrations between instances through Redis', async () => {
    const [first, second] = await Promise.all(
      ['apq-a', 'apq-b'].map((instanceId) => startTestApp({ databaseUrl: database.url, redisUrl: TEST_REDIS_URL, instanceId })),
    );
    try {
      const query = freshQuery();
      const hash = sha256(query);
      await send(first!, { query, hash });
      expect((await send(second!, { hash })).data.serverInfo.version).toEqual(expect.any(String));
    } finally {
      await Promise.all([first!.close(), second!.close()]);
    }
  });

  it('treats a Redis that stops answering as a miss, and registers again once it answers', async () => {
    const address = new URL(TEST_REDIS_URL);
    const proxy = await TcpProxy.start({ host: address.hostname, port: Number(address.port || 6379) });
    const redis = createRedisClient(proxy.wrap(TEST_REDIS_URL), 'apq-stall-test', createLogger({ logLevel: 'silent', logPretty: false, instanceId: 'test' }));
    await redis.connect();
    const registry = new RedisDocumentCache(redis, `${database.name}:apq-stall:`);
    try {
      const query = freshQuery();
      proxy.stall(); // connected, but nothing comes back: without a deadline both would wait for ever
      await registry.set(sha256(query), query);
      expect(await registry.get(sha256(query))).toBeUndefined();
      proxy.restore();
      await registry.set(sha256(query), query);
      expect(await registry.get(sha256(query))).toBe(query);
    } finally {
      proxy.restore();
      redis.destroy();
      await proxy.close();
    }
  });

  it('works over WebSocket: register with the text, then subscribe with the hash and an empty query', async () => {
    const query = freshQuery();
    const hash = sha256(query);
    await expect(overWebSocket(allowing, { query: '', hash })).rejects.toEqual([expect.objectContaining({ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } })]);
    expect((await overWebSocket(allowing, { query, hash })).data.serverInfo.version).toEqual(expect.any(String));
    expect((await overWebSocket(allowing, { query: '', hash })).data.serverInfo.version).toEqual(expect.any(String));
  });
});

describe('trusted documents', () => {
  it('allow: the web app’s operations run by hash alone, and anything else still runs', async () => {
    const viewer = operation('Viewer');
    expect((await send(allowing, { hash: viewer.hash }, { cookie: person.sessionCookie })).data.viewer).toMatchObject({ __typename: 'User', displayName: 'Persisted' });
    expect((await send(allowing, { query: '{ viewer { email } }' }, { cookie: person.sessionCookie })).data.viewer.email).toMatch(/@example\.com$/);
    // A subscription by hash over WebSocket runs as the person: a seq beyond the end gets the stream's own refusal.
    const events = operation('NotificationEvents');
    const result = await overWebSocket(allowing, { query: '', hash: events.hash, variables: { after: 1_000 } }, { cookie: person.sessionCookie });
    expect(codeOf(result)).toBe('BAD_CURSOR');
  });

  it('off: the manifest is not consulted', async () => {
    const off = await startTestApp({ databaseUrl: database.url, env: { TRUSTED_DOCUMENTS: 'off' } });
    try {
      expect(codeOf(await send(off, { hash: operation('Viewer').hash }, { cookie: person.sessionCookie }))).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect((await send(off, { query: '{ viewer { email } }' }, { cookie: person.sessionCookie })).data.viewer.email).toMatch(/@example\.com$/);
    } finally {
      await off.close();
    }
  });

  describe('enforce-first-party', () => {
    let enforcing: App;
    beforeAll(async () => {
      enforcing = await startTestApp({ databaseUrl: database.url, env: { TRUSTED_DOCUMENTS: 'enforce-first-party' } });
    });
    afterAll(async () => {
      await enforcing?.close();
    });

    it('refuses any other operation sent with the session cookie, over HTTP and WebSocket', async () => {
      const http = await send(enforcing, { query: '{ viewer { email } }' }, { cookie: person.sessionCookie });
      expect(http.status).toBe(400);
      expect(http.data ?? null).toBeNull();
      expect(codeOf(http)).toBe('PERSISTED_QUERY_NOT_ALLOWED');
      await expect(overWebSocket(enforcing, { query: '{ viewer { email } }' }, { cookie: person.sessionCookie })).rejects.toEqual([
        expect.objectContaining({ extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED' } }),
      ]);
    });

    it('refuses to register a new persisted query for the session either', async () => {
      const query = freshQuery();
      expect(codeOf(await send(enforcing, { query, hash: sha256(query) }, { cookie: person.sessionCookie }))).toBe('PERSISTED_QUERY_NOT_ALLOWED');
      expect(codeOf(await send(enforcing, { hash: sha256(query) }, { cookie: person.sessionCookie }))).toBe('PERSISTED_QUERY_NOT_FOUND');
    });

    it('runs the manifest’s operations for the session, by hash or by their exact text', async () => {
      const viewer = operation('Viewer');
      expect((await send(enforcing, { hash: viewer.hash }, { cookie: person.sessionCookie })).data.viewer.displayName).toBe('Persisted');
      expect((await send(enforcing, { query: viewer.query }, { cookie: person.sessionCookie })).data.viewer.displayName).toBe('Persisted');
      expect((await overWebSocket(enforcing, { query: '', hash: viewer.hash }, { cookie: person.sessionCookie })).data.viewer.displayName).toBe('Persisted');
    });

    it('lets a token, and an anonymous caller, send any operation', async () => {
      expect((await send(enforcing, { query: '{ viewer { displayName } }' }, { bearer: token })).data.viewer.displayName).toBe('Persisted');
      expect((await overWebSocket(enforcing, { query: '{ viewer { displayName } }' }, { bearer: token })).data.viewer.displayName).toBe('Persisted');
      expect((await send(enforcing, { query: '{ serverInfo { version } }' })).data.serverInfo.version).toEqual(expect.any(String));
    });
  });
});
