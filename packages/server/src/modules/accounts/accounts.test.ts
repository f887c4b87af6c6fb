import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app.js';
import { CapturingMailSender, SIGN_UP, signUpPerson, STRONG_PASSWORD, TestClient } from '../../testing/graphql-client.js';
import { User } from './user.entity.js';

const mail = new CapturingMailSender();

const server = useTestApp({ mailSender: mail });

const VIEWER = `{ viewer { id displayName email emailVerified onboarded roles { isMentor isMentee } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { id email } userErrors { field code message } } }`;
const countUsers = () => server.app.orm.em.fork().count(User, {});

describe('signing up', () => {
  it('creates the account, signs in with an httpOnly cookie and mails a verification link', async () => {
    const client = new TestClient(server.app.url);
    const response = await fetch(`${server.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: SIGN_UP,
        variables: { input: { email: '  Maya.Lopez@Example.COM ', password: STRONG_PASSWORD, displayName: ' Maya ' } },
      }),
    });
    const cookie = response.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/^mentorspace_session=mss_/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const { data } = (await response.json()) as { data: { signUp: { user: { email: string; displayName: string } } } };
    expect(data.signUp.user).toMatchObject({ email: 'maya.lopez@example.com', displayName: 'Maya' });

    const signedIn = await client.data(SIGN_IN, { input: { email: 'MAYA.lopez@example.com', password: STRONG_PASSWORD } });
    expect(signedIn.signIn.userErrors).toEqual([]);
    const { viewer } = await client.data(VIEWER);
    expect(viewer).toMatchObject({ email: 'maya.lopez@example.com', emailVerified: false, onboarded: false });
    expect(mail.tokenFor('maya.lopez@example.com', '/verify-email')).toMatch(/^msl_/);
  });

  it.each([
    [{ password: 'short' }, 'password', 'PASSWORD_TOO_SHORT'],
    [{ password: 'Password123' }, 'password', 'PASSWORD_TOO_COMMON'],
    [{ password: 'x'.repeat(257) }, 'password', 'PASSWORD_TOO_LONG'],
    [{ email: 'not-an-address' }, 'email', 'INVALID_EMAIL'],
    [{ displayName: '   ' }, 'displayName', 'REQUIRED'],
    [{ displayName: 'n'.repeat(81) }, 'displayName', 'TOO_LONG'],
  ])('refuses %o with a %s user error and writes nothing', async (change, field, code) => {
    const before = await countUsers();
    const { data } = await new TestClient(server.app.url).request(SIGN_UP, {
      input: { email: `new-${code.toLowerCase()}@example.com`, password: STRONG_PASSWORD, displayName: 'New', ...change },
    });
    expect(data!.signUp).toMatchObject({ user: null, userErrors: [{ field: [field], code }] });
    expect(await countUsers()).toBe(before);
  });

  it('refuses a second account for the same address in any case, even when both race', async () => {
    const input = { email: 'twin@example.com', password: STRONG_PASSWORD, displayName: 'Twin' };
    const results = await Promise.all(
      ['twin@example.com', 'TWIN@example.com', 'Twin@Example.com'].map((email) =>
        new TestClient(server.app.url).data(SIGN_UP, { input: { ...input, email } }),
      ),
    );
    const created = results.filter((result) => result.signUp.user);
    expect(created).toHaveLength(1);
    for (const result of results.filter((r) => !r.signUp.user)) {
      expect(result.signUp.userErrors).toEqual([expect.objectContaining({ field: ['email'], code: 'EMAIL_TAKEN' })]);
    }
    expect(await server.app.orm.em.fork().count(User, { email: 'twin@example.com' })).toBe(1);
  });
});

describe('signing in', () => {
  it('refuses a wrong password or an unknown address with the same answer', async () => {
    const { email } = await signUpPerson(server.app, 'Wrong');
    for (const attempt of [
      { email, password: 'not the right password' },
      { email: 'nobody-here@example.com', password: STRONG_PASSWORD },
    ]) {
      const { data } = await new TestClient(server.app.url).request(SIGN_IN, { input: attempt });
      expect(data!.signIn).toEqual({
        user: null,
        userErrors: [{ field: [], code: 'INVALID_CREDENTIALS', message: 'That email and password do not match.' }],
      });
    }
  });

  it('refuses an account for a while after repeated failures, even with the right password', async () => {
    const { email } = await signUpPerson(server.app, 'Target');
    const attacker = new TestClient(server.app.url);
    const codes: string[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      const { data } = await attacker.request(SIGN_IN, { input: { email, password: `guess number ${attempt}` } });
      codes.push(data!.signIn.userErrors[0].code);
    }
    expect(codes.slice(0, 11).every((code) => code === 'INVALID_CREDENTIALS')).toBe(true);
    expect(codes[11]).toBe('TOO_MANY_ATTEMPTS');
    const { data } = await new TestClient(server.app.url).request(SIGN_IN, { input: { email, password: STRONG_PASSWORD } });
    expect(data!.signIn.userErrors[0]).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', message: expect.stringMatching(/Try again in \d+ minutes?/) });
  });
});

describe('sessions', () => {
  const SESSIONS = `{ viewer { sessions(first: 10) { totalCount nodes { id current } } } }`;

  it('signs one browser out, another by id, or every browser at once', async () => {
    const { client: first, email } = await signUpPerson(server.app, 'Many');
    const second = new TestClient(server.app.url);
    const third = new TestClient(server.app.url);
    await second.data(SIGN_IN, { input: { email, password: STRONG_PASSWORD } });
    await third.data(SIGN_IN, { input: { email, password: STRONG_PASSWORD } });
    const listed = await first.data(SESSIONS);
    expect(listed.viewer.sessions.totalCount).toBe(3);
    expect(listed.viewer.sessions.nodes.filter((s: { current: boolean }) => s.current)).toHaveLength(1);

    await second.data(`mutation { signOut { ok } }`);
    expect((await second.data(VIEWER)).viewer).toBeNull();

    const thirdId = (await third.data(SESSIONS)).viewer.sessions.nodes.find((s: { current: boolean }) => s.current).id;
    expect((await first.data(`mutation($input: RevokeSessionInput!) { revokeSession(input: $input) { ok } }`, { input: { sessionId: thirdId } })).revokeSession.ok).toBe(true);
    expect((await third.data(VIEWER)).viewer).toBeNull();

    await second.data(SIGN_IN, { input: { email, password: STRONG_PASSWORD } });
    await first.data(`mutation { signOutEverywhere { ok } }`);
    expect((await first.data(VIEWER)).viewer).toBeNull();
    expect((await second.data(VIEWER)).viewer).toBeNull();
  });

  it('signs out a browser whose session already ended, clearing its cookie', async () => {
    const response = await fetch(`${server.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'mentorspace_session=mss_long-gone' },
      body: JSON.stringify({ query: 'mutation { signOut { ok } }' }),
    });
    expect(await response.json()).toMatchObject({ data: { signOut: { ok: true } } });
    expect(response.headers.getSetCookie()[0]).toMatch(/^mentorspace_session=;.*Expires=Thu, 01 Jan 1970/);
  });

  it('records onboarding roles', async () => {
    const { client } = await signUpPerson(server.app, 'Onboard');
    const ONBOARD = `mutation($input: CompleteOnboardingInput!) { completeOnboarding(input: $input) { user { onboarded roles { isMentor isMentee } } userErrors { code } } }`;
    const none = await client.data(ONBOARD, { input: { asMentor: false, asMentee: false } });
    expect(none.completeOnboarding).toEqual({ user: null, userErrors: [{ code: 'REQUIRED' }] });
    const both = await client.data(ONBOARD, { input: { asMentor: true, asMentee: true } });
    expect(both.completeOnboarding.user).toEqual({ onboarded: true, roles: { isMentor: true, isMentee: true } });
  });
});
