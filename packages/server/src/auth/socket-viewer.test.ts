import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import type { App } from '../app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { startTestApp } from '../testing/test-app.js';
import { signUpPerson, tokenClient } from '../testing/graphql-client.js';
import { LiveCollector, wsClientFor } from '../testing/ws-client.js';

// Two instances on one database: one re-checks a socket's token once a minute, the other on every operation.
let database: TestDatabase;
let lenient: App;
let strict: App;

beforeAll(async () => {
  database = await createTestDatabase();
  lenient = await startTestApp({ databaseUrl: database.url, env: { SOCKET_AUTH_RECHECK_SECONDS: '60' } });
  strict = await startTestApp({ databaseUrl: database.url, env: { SOCKET_AUTH_RECHECK_SECONDS: '0' } });
});
afterAll(async () => {
  await lenient?.close();
  await strict?.close();
  await database?.drop();
});

function socketWith(app: App, secret: string): { client: Client; closed: Promise<number> } {
  let closedWith: (code: number) => void = () => {};
  const closed = new Promise<number>((resolve) => (closedWith = resolve));
  const client = createClient({
    url: app.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${secret}` },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => {}, // seen through `closed`
    on: { closed: (event) => closedWith((event as { code: number }).code) },
  });
  return { client, closed };
}

function run(client: Client, query: string): Promise<{ data?: any; errors?: { extensions?: { code?: string } }[] }> {
  return new Promise((resolve, reject) => {
    let result: unknown;
    client.subscribe({ query }, { next: (value) => (result = value), error: reject, complete: () => resolve(result as never) });
  });
}

/** The close code a subscription ended with, once its socket closed (graphql-ws hands the close event to the sink). */
const listenerClosedWith = (collector: LiveCollector): number | undefined => (collector.error as { code?: number } | null)?.code;

/** Counts the statements that read the token table while `work` runs. */
async function tokenReads(app: App, work: () => Promise<void>): Promise<number> {
  const knex = app.orm.em.getConnection().getKnex();
  let reads = 0;
  const listener = (query: { sql: string }) => void (query.sql.includes('personal_access_tokens') && reads++);
  knex.on('query', listener);
  try {
    await work();
  } finally {
    knex.off('query', listener);
  }
  return reads;
}

describe("a WebSocket's viewer", () => {
  it('is looked up once per socket between checks, and what an operation changes on the user is saved', async () => {
    const { client: owner } = await signUpPerson(lenient, 'Socket owner');
    const { secret } = await tokenClient(owner, ['PROFILE_READ', 'PROFILE_WRITE']);
    const { client } = socketWith(lenient, secret);
    try {
      expect(await run(client, `{ viewer { displayName } }`)).toEqual({ data: { viewer: { displayName: 'Socket owner' } } });
      const reads = await tokenReads(lenient, async () => {
        for (let i = 0; i < 3; i++) expect((await run(client, `{ viewer { displayName } }`)).data.viewer.displayName).toBe('Socket owner');
        const onboarded = await run(client, `mutation { completeOnboarding(input: { asMentor: true, asMentee: false }) { userErrors { code } } }`);
        expect(onboarded).toEqual({ data: { completeOnboarding: { userErrors: [] } } });
      });
      expect(reads).toBe(0);
      // The change went through the operation's own entity manager to the database.
      expect((await owner.data(`{ viewer { roles { isMentor isMentee } } }`)).viewer.roles).toEqual({ isMentor: true, isMentee: false });
    } finally {
      await client.dispose();
    }
  });

  it('closes at once, between checks, when its token is revoked, though it only holds a subscription', async () => {
    const { client: owner } = await signUpPerson(lenient, 'Listener');
    const { secret, tokenId } = await tokenClient(owner, ['PROFILE_READ']);
    const { client, closed } = socketWith(lenient, secret);
    const listening = new LiveCollector(client, `subscription { notificationEvents(after: 0) { seq type } }`, {}, 'notificationEvents');
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(listening.error).toBeNull();
      await owner.data(`mutation($input: RevokePersonalAccessTokenInput!) { revokePersonalAccessToken(input: $input) { ok } }`, { input: { tokenId } });
      // The socket re-checks only every 60 s on its own: the revocation is what closes it.
      expect(await closed).toBe(4403);
    } finally {
      await client.dispose();
    }
  });

  it('closes at once when its session is signed out elsewhere, and other people’s sockets stay open', async () => {
    const [{ client: person }, { client: bystander }] = await Promise.all([signUpPerson(lenient, 'Signed out'), signUpPerson(lenient, 'Bystander')]);
    const own = new LiveCollector(wsClientFor(lenient, person), `subscription { notificationEvents(after: 0) { seq } }`, {}, 'notificationEvents');
    const other = new LiveCollector(wsClientFor(lenient, bystander), `subscription { notificationEvents(after: 0) { seq } }`, {}, 'notificationEvents');
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await person.data(`mutation { signOutEverywhere { ok } }`)).signOutEverywhere.ok).toBe(true);
      await expect.poll(() => listenerClosedWith(own)).toBe(4403);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(other.completed || Boolean(other.error)).toBe(false);
    } finally {
      await Promise.all([own.close(), other.close()]);
    }
  });

  it('is checked again when due, and a revoked token closes the socket', async () => {
    const { client: owner } = await signUpPerson(strict, 'Revoker');
    const { secret, tokenId } = await tokenClient(owner, ['PROFILE_READ']);
    const { client, closed } = socketWith(strict, secret);
    try {
      expect(await tokenReads(strict, async () => void (await run(client, `{ viewer { displayName } }`)))).toBeGreaterThan(0);
      const { revokePersonalAccessToken } = await owner.data(`mutation($input: RevokePersonalAccessTokenInput!) { revokePersonalAccessToken(input: $input) { ok } }`, {
        input: { tokenId },
      });
      expect(revokePersonalAccessToken.ok).toBe(true);
      // The socket closes with 4403, and clients sign in again; the token opens no other.
      expect(await closed).toBe(4403);
      await expect(run(client, `{ viewer { displayName } }`)).rejects.toBeDefined();
    } finally {
      await client.dispose();
    }
  });
});
