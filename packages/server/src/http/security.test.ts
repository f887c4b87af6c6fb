import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import type { App } from '../app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { startTestApp } from '../testing/test-app.js';
import { signUpPerson, TestClient } from '../testing/graphql-client.js';

// Production settings: no schema hints in errors, CSRF prevention, CORS from an
// allow-list, the session cookie honoured only from trusted pages, and
// security headers that still let the web app and GraphiQL run.

const DASHBOARD = 'https://dashboard.example.org';
const ELSEWHERE = 'https://elsewhere.example.net';

let database: TestDatabase;
let production: App;
let development: App;
let person: TestClient;
let webDist: string;

beforeAll(async () => {
  database = await createTestDatabase();
  // A stand-in for the built web app and API explorer (the e2e tests use the real ones).
  webDist = await mkdtemp(join(tmpdir(), 'mentorspace-web-'));
  await mkdir(join(webDist, 'graphiql', 'assets'), { recursive: true });
  await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Mentorspace</title><div id="root"></div>');
  await writeFile(join(webDist, 'graphiql', 'index.html'), '<!doctype html><title>Mentorspace API explorer</title><div id="graphiql"></div>');
  await writeFile(join(webDist, 'graphiql', 'assets', 'explorer-abc.js'), 'export {};');
  production = await startTestApp({ databaseUrl: database.url, env: { NODE_ENV: 'production', CORS_ORIGINS: DASHBOARD, WEB_DIST: webDist } });
  development = await startTestApp({ databaseUrl: database.url });
  ({ client: person } = await signUpPerson(production, 'Hardened'));
});
afterAll(async () => {
  await production?.close();
  await development?.close();
  await database?.drop();
  if (webDist) await rm(webDist, { recursive: true, force: true });
});

const post = (app: App, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

function socketAs(app: App, headers: Record<string, string>) {
  class WithHeaders extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({ url: app.url.replace('http', 'ws') + '/graphql', webSocketImpl: WithHeaders, retryAttempts: 0 });
}

async function once(app: App, headers: Record<string, string>, query: string): Promise<any> {
  const client = socketAs(app, headers);
  try {
    return await new Promise((resolve, reject) => client.subscribe({ query }, { next: resolve, error: reject, complete: () => {} }));
  } finally {
    await client.dispose();
  }
}

describe('field suggestions', () => {
  const TYPO = '{ viewr { id } }';

  it('are left out of validation errors in production, over HTTP and WebSocket', async () => {
    const result = await person.request(TYPO);
    expect(result.errors?.[0]).toMatchObject({ message: 'Cannot query field "viewr" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(result.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
    await expect(once(production, {}, TYPO)).rejects.toEqual([expect.objectContaining({ message: 'Cannot query field "viewr" on type "Query".' })]);
  });

  it('are given in development, where they help', async () => {
    const result = await new TestClient(development.url).request(TYPO);
    expect(result.errors?.[0]?.message).toMatch(/Did you mean "viewer"\?/);
  });
});

describe('CSRF prevention', () => {
  it('refuses a simple cross-site POST that carries the session cookie, running nothing', async () => {
    const response = await fetch(`${production.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: person.sessionCookie! },
      body: JSON.stringify({ query: 'mutation { signOut { ok } }' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ message: expect.stringMatching(/Cross-Site Request Forgery/), extensions: { code: 'BAD_REQUEST' } }] });
    expect((await person.data('{ viewer { displayName } }')).viewer.displayName).toBe('Hardened');
  });

  it('refuses a GET without a preflight header, and serves one with it', async () => {
    const url = `${production.url}/graphql?query=${encodeURIComponent('{ viewer { displayName } }')}`;
    expect((await fetch(url, { headers: { cookie: person.sessionCookie! } })).status).toBe(400);
    const allowed = await fetch(url, { headers: { cookie: person.sessionCookie!, 'apollo-require-preflight': 'true' } });
    expect(await allowed.json()).toMatchObject({ data: { viewer: { displayName: 'Hardened' } } });
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    fetch(`${production.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it('lets a listed origin call with credentials', async () => {
    const response = await preflight(DASHBOARD);
    expect(response.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    const answer = await post(production, { query: '{ viewer { displayName } }' }, { origin: DASHBOARD, cookie: person.sessionCookie! });
    expect(answer.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(await answer.json()).toMatchObject({ data: { viewer: { displayName: 'Hardened' } } });
  });

  it('gives an unlisted origin no CORS headers and ignores the cookie it sends', async () => {
    const response = await preflight(ELSEWHERE);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const answer = await post(production, { query: '{ viewer { displayName } }' }, { origin: ELSEWHERE, cookie: person.sessionCookie! });
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect(await answer.json()).toMatchObject({ data: { viewer: null } });
  });

  it('treats the app’s own origin as itself', async () => {
    const answer = await post(production, { query: '{ viewer { displayName } }' }, { origin: production.url, cookie: person.sessionCookie! });
    expect(await answer.json()).toMatchObject({ data: { viewer: { displayName: 'Hardened' } } });
  });

  it('with `*`, lets any origin call without credentials', async () => {
    const open = await startTestApp({ databaseUrl: database.url, env: { CORS_ORIGINS: `${DASHBOARD}, *` } });
    try {
      const response = await fetch(`${open.url}/graphql`, { method: 'OPTIONS', headers: { origin: ELSEWHERE, 'access-control-request-method': 'POST' } });
      expect(response.headers.get('access-control-allow-origin')).toBe(ELSEWHERE);
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      const answer = await post(open, { query: '{ viewer { displayName } }' }, { origin: ELSEWHERE, cookie: person.sessionCookie! });
      expect(await answer.json()).toMatchObject({ data: { viewer: null } });
    } finally {
      await open.close();
    }
  });
});

describe('WebSocket origins', () => {
  it('honours the cookie on an upgrade from the app’s own page', async () => {
    const origin = production.url;
    expect(await once(production, { origin, cookie: person.sessionCookie! }, '{ viewer { displayName } }')).toEqual({ data: { viewer: { displayName: 'Hardened' } } });
  });

  it('ignores the cookie on an upgrade from another site (cross-site WebSocket hijacking)', async () => {
    expect(await once(production, { origin: ELSEWHERE, cookie: person.sessionCookie! }, '{ viewer { displayName } }')).toEqual({ data: { viewer: null } });
  });
});

describe('security headers', () => {
  it('sends a CSP that allows only this host, and the usual hardening headers', async () => {
    const response = await fetch(`${production.url}/`, { headers: { accept: 'text/html' } });
    const csp = response.headers.get('content-security-policy') ?? '';
    const host = new URL(production.url).host;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain(`connect-src 'self' ws://${host} wss://${host}`);
    expect(csp).toContain("worker-src 'self' blob:");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect((await post(production, { query: '{ serverInfo { version } }' })).headers.get('content-security-policy')).toBe(csp);
  });
});

describe('the API explorer', () => {
  it('is served at /graphiql, with its own long-cached assets, under the same CSP', async () => {
    for (const path of ['/graphiql', '/graphiql/']) {
      const page = await fetch(`${production.url}${path}`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Mentorspace API explorer');
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    }
    const asset = await fetch(`${production.url}/graphiql/assets/explorer-abc.js`);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    expect((await fetch(`${production.url}/graphiql/assets/missing.js`)).status).toBe(404);
  });
});
