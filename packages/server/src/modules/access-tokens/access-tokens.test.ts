import { beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { useTestApp } from '../../testing/test-app.js';
import { signUpPerson, tokenClient, type TestClient } from '../../testing/graphql-client.js';
import { PersonalAccessToken } from './personal-access-token.entity.js';
import { idOfType } from '../../graphql/relay/node.js';

const server = useTestApp();
let owner: TestClient;

beforeAll(async () => {
  ({ client: owner } = await signUpPerson(server.app, 'Owner'));
});

const CREATE = `mutation($input: CreatePersonalAccessTokenInput!) {
  createPersonalAccessToken(input: $input) { secret token { id name scopes secretPrefix expiresAt } userErrors { field code } }
}`;
const UPDATE_PROFILE = `mutation { updateMentorProfile(input: { headline: "From a bot" }) { mentorProfile { headline } userErrors { code } } }`;

/** Runs one operation over graphql-ws, authenticating in connection_init. */
async function overWebSocket(query: string, connectionParams: Record<string, unknown>, headers: Record<string, string> = {}) {
  class WithHeaders extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const client = createClient({ url: server.app.url.replace('http', 'ws') + '/graphql', webSocketImpl: WithHeaders, connectionParams, retryAttempts: 0 });
  try {
    return await new Promise<unknown>((resolve, reject) => {
      client.subscribe({ query }, { next: resolve, error: reject, complete: () => {} });
    });
  } finally {
    await client.dispose();
  }
}

describe('personal access tokens', () => {
  it('shows the secret once, stores only a hash, and lists the token without it', async () => {
    const { createPersonalAccessToken: created } = await owner.data(CREATE, {
      input: { name: 'Program dashboard', scopes: ['PROFILE_READ', 'MENTORSHIPS_READ'] },
    });
    expect(created.secret).toMatch(/^mst_[\w-]{43}$/);
    expect(created.token).toMatchObject({ name: 'Program dashboard', scopes: ['PROFILE_READ', 'MENTORSHIPS_READ'], secretPrefix: created.secret.slice(0, 10) });
    const stored = await server.app.orm.em.fork().findOneOrFail(PersonalAccessToken, { name: 'Program dashboard' });
    expect(stored.secretHash).not.toContain(created.secret);
    const { viewer } = await owner.data(`{ viewer { personalAccessTokens(first: 10) { nodes { id name } } } }`);
    expect(viewer.personalAccessTokens.nodes).toContainEqual({ id: created.token.id, name: 'Program dashboard' });
    expect(JSON.stringify(viewer)).not.toContain(created.secret);
  });

  it('reads with profile:read but is refused profile:write, and can never act as a session', async () => {
    const { client: bot } = await tokenClient(owner, ['PROFILE_READ']);
    expect((await bot.data(`{ viewer { displayName } }`)).viewer.displayName).toBe('Owner');

    const write = await bot.request(UPDATE_PROFILE);
    expect(write.errors?.[0]?.extensions?.code).toBe('INSUFFICIENT_SCOPE');
    const mint = await bot.request(CREATE, { input: { name: 'escalate', scopes: ['PROFILE_WRITE'] } });
    expect(mint.errors?.[0]?.extensions?.code).toBe('SESSION_REQUIRED');
    const sessions = await bot.request(`{ viewer { sessions(first: 5) { totalCount } } }`);
    expect(sessions.errors?.[0]?.extensions?.code).toBe('SESSION_REQUIRED');
  });

  it('writes with profile:write, which implies profile:read', async () => {
    const { client: bot } = await tokenClient(owner, ['PROFILE_WRITE']);
    expect((await bot.data(UPDATE_PROFILE)).updateMentorProfile.mentorProfile.headline).toBe('From a bot');
    expect((await bot.data(`{ viewer { displayName } }`)).viewer.displayName).toBe('Owner');
  });

  it('stops working at once when revoked (401 with UNAUTHENTICATED)', async () => {
    const { client: bot, tokenId } = await tokenClient(owner, ['PROFILE_READ']);
    const { revokePersonalAccessToken } = await owner.data(
      `mutation($input: RevokePersonalAccessTokenInput!) { revokePersonalAccessToken(input: $input) { ok } }`,
      { input: { tokenId } },
    );
    expect(revokePersonalAccessToken.ok).toBe(true);
    const refused = await bot.request(`{ viewer { id } }`);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stops working when it expires', async () => {
    const { client: bot, tokenId } = await tokenClient(owner, ['PROFILE_READ']);
    expect((await bot.request(`{ viewer { id } }`)).status).toBe(200);
    await server.app.orm.em.fork().nativeUpdate(PersonalAccessToken, { uuid: idOfType(tokenId, 'PersonalAccessToken')! }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await bot.request(`{ viewer { id } }`)).status).toBe(401);
  });

  it.each([
    [{ name: '', scopes: ['PROFILE_READ'] }, ['name'], 'REQUIRED'],
    [{ name: 'n'.repeat(101), scopes: ['PROFILE_READ'] }, ['name'], 'TOO_LONG'],
    [{ name: 'none', scopes: [] }, ['scopes'], 'TOO_SHORT'],
    [{ name: 'twice', scopes: ['PROFILE_READ', 'PROFILE_READ'] }, ['scopes'], 'DUPLICATE'],
    [{ name: 'past', scopes: ['PROFILE_READ'], expiresAt: '2020-01-01T00:00:00Z' }, ['expiresAt'], 'OUT_OF_RANGE'],
    [{ name: 'far', scopes: ['PROFILE_READ'], expiresAt: '2099-01-01T00:00:00Z' }, ['expiresAt'], 'OUT_OF_RANGE'],
  ])('refuses %o with a user error and creates nothing', async (input, field, code) => {
    const before = await server.app.orm.em.fork().count(PersonalAccessToken, {});
    const { createPersonalAccessToken } = await owner.data(CREATE, { input });
    expect(createPersonalAccessToken).toMatchObject({ secret: null, token: null, userErrors: [{ field, code }] });
    expect(await server.app.orm.em.fork().count(PersonalAccessToken, {})).toBe(before);
  });

  it('authenticates WebSocket clients in connection_init, and refuses a bad token there', async () => {
    const { secret } = await tokenClient(owner, ['PROFILE_READ']);
    const result = await overWebSocket(`{ viewer { displayName } }`, { authorization: `Bearer ${secret}` });
    expect(result).toEqual({ data: { viewer: { displayName: 'Owner' } } });
    await expect(overWebSocket(`{ viewer { id } }`, { authorization: 'Bearer mst_forged' })).rejects.toMatchObject({ code: 4403 });
  });

  it('accepts the session cookie on the WebSocket upgrade', async () => {
    const result = await overWebSocket(`{ viewer { displayName } }`, {}, { cookie: owner.sessionCookie! });
    expect(result).toEqual({ data: { viewer: { displayName: 'Owner' } } });
    expect(await overWebSocket(`{ viewer { id } }`, {})).toEqual({ data: { viewer: null } });
  });
});
