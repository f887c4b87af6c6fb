import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { get, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import type { App } from './app.js';
import { createTestDatabase, type TestDatabase } from './testing/test-database.js';
import { eventually, startTestApp } from './testing/test-app.js';
import { TEST_POSTGRES_URL } from './testing/services.js';
import { TcpProxy } from './testing/tcp-proxy.js';

let database: TestDatabase;
let postgresProxy: TcpProxy;
let webDist: string;
let app: App;
const ASSET = `export const words = ${JSON.stringify('mentor mentee goal board '.repeat(200))};\n`;

beforeAll(async () => {
  database = await createTestDatabase();
  const postgres = new URL(TEST_POSTGRES_URL);
  postgresProxy = await TcpProxy.start({ host: postgres.hostname, port: Number(postgres.port || 5432) });
  webDist = await mkdtemp(join(tmpdir(), 'mentorspace-web-'));
  await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Mentorspace</title><div id="root"></div>');
  await mkdir(join(webDist, 'assets'));
  await writeFile(join(webDist, 'assets', 'app-abc123.js'), ASSET);
  app = await startTestApp({ databaseUrl: postgresProxy.wrap(database.url), env: { WEB_DIST: webDist } });
});
afterAll(async () => {
  await app?.close();
  await postgresProxy?.close();
  await database?.drop();
});

const graphql = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('the HTTP server', () => {
  it('answers GraphQL over HTTP and echoes the request id', async () => {
    const response = await graphql({ query: '{ serverInfo { version instanceId time } }' }, { 'x-request-id': 'req-123' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('req-123');
    const { data } = (await response.json()) as { data: { serverInfo: { version: string; time: string } } };
    expect(data.serverInfo.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Date.parse(data.serverInfo.time)).not.toBeNaN();
  });

  it('gives a malformed query a stable code and no internals', async () => {
    const response = await graphql({ query: '{ serverInfo { ' });
    expect(response.status).toBe(400);
    const { errors } = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(errors[0]!.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(errors[0]!.extensions).not.toHaveProperty('stacktrace');
  });

  it('serves the web app with a history fallback for deep links', async () => {
    const deep = await fetch(`${app.url}/mentorships/123`, { headers: { accept: 'text/html' } });
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<div id="root">');
    const missing = await fetch(`${app.url}/assets/nope.js`);
    expect(missing.status).toBe(404);
  });

  it('sends the app gzipped to clients that accept it, and plain to those that do not', async () => {
    const gzipped = await request(`${app.url}/assets/app-abc123.js`, { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe(ASSET);
    expect(gzipped.body.length).toBeLessThan(ASSET.length / 3);
    const plain = await request(`${app.url}/assets/app-abc123.js`, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(ASSET);
  });

  it('is alive at /healthz, and /readyz follows Postgres', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    postgresProxy.cut();
    try {
      await eventually(async () => {
        const response = await fetch(`${app.url}/readyz`);
        expect(response.status).toBe(503);
        expect(await response.json()).toMatchObject({ checks: { postgres: 'down' } });
      });
    } finally {
      postgresProxy.restore();
    }
    await eventually(async () => expect((await fetch(`${app.url}/readyz`)).status).toBe(200), { timeoutMs: 10_000 });
  });
});

describe('the WebSocket server', () => {
  it('answers GraphQL over graphql-ws on the same path and port', async () => {
    const client = createClient({ url: app.url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, lazy: true });
    try {
      const result = await new Promise((resolve, reject) => {
        client.subscribe({ query: '{ serverInfo { instanceId } }' }, { next: resolve, error: reject, complete: () => {} });
      });
      expect(result).toMatchObject({ data: { serverInfo: { instanceId: expect.any(String) } } });
    } finally {
      await client.dispose();
    }
  });
});

describe('shutting down', () => {
  it('closes WebSockets with 1001, refuses new requests and can be called twice', async () => {
    const own = await startTestApp({ databaseUrl: database.url });
    const socket = new WebSocket(own.url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws');
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    await Promise.all([own.close(), own.close()]);
    expect(await closed).toBe(1001);
    await expect(fetch(`${own.url}/healthz`)).rejects.toThrow();
  });
});

/** A raw GET (fetch would undo the gzip and hide what was sent). */
function request(url: string, headers: Record<string, string>): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}
