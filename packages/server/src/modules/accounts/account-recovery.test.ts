import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app.js';
import { CapturingMailSender, signUpPerson, STRONG_PASSWORD, TestClient, tokenClient } from '../../testing/graphql-client.js';
import { User } from './user.entity.js';

const mail = new CapturingMailSender();

const server = useTestApp({ mailSender: mail });

const VIEWER = `{ viewer { email emailVerified } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { id } userErrors { code } } }`;
const VERIFY = `mutation($input: VerifyEmailInput!) { verifyEmail(input: $input) { ok userErrors { field code } } }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { ok userErrors { field code } } }`;
const REQUEST_RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { ok userErrors { code } } }`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { ok userErrors { field code } } }`;
const CHANGE_EMAIL = `mutation($input: ChangeEmailInput!) { changeEmail(input: $input) { ok userErrors { field code } } }`;
const DELETE = `mutation($input: DeleteAccountInput!) { deleteAccount(input: $input) { ok userErrors { field code } } }`;

async function secondBrowser(email: string, password = STRONG_PASSWORD): Promise<TestClient> {
  const client = new TestClient(server.app.url);
  const { signIn } = await client.data(SIGN_IN, { input: { email, password } });
  expect(signIn.userErrors).toEqual([]);
  return client;
}

describe('email verification', () => {
  it('verifies the address with the mailed link, once', async () => {
    const { client, email } = await signUpPerson(server.app, 'Verify');
    const token = mail.tokenFor(email, '/verify-email');
    expect((await client.data(VERIFY, { input: { token } })).verifyEmail).toEqual({ ok: true, userErrors: [] });
    expect((await client.data(VIEWER)).viewer.emailVerified).toBe(true);
    expect((await client.data(VERIFY, { input: { token } })).verifyEmail.userErrors).toEqual([{ field: ['token'], code: 'INVALID_TOKEN' }]);
  });

  it('refuses made-up tokens', async () => {
    for (const token of ['', 'msl_made-up', 'x'.repeat(5000)]) {
      const result = await new TestClient(server.app.url).data(VERIFY, { input: { token } });
      expect(result.verifyEmail.userErrors).toEqual([{ field: ['token'], code: 'INVALID_TOKEN' }]);
    }
  });
});

describe('password reset', () => {
  it('answers the same for unknown addresses, and mails nothing', async () => {
    const before = mail.sent.length;
    const result = await new TestClient(server.app.url).data(REQUEST_RESET, { input: { email: 'ghost@example.com' } });
    expect(result.requestPasswordReset).toEqual({ ok: true, userErrors: [] });
    expect(mail.sent.length).toBe(before);
  });

  it('sends at most five account mails an hour to one address, answering the same either way', async () => {
    const { client, email } = await signUpPerson(server.app, 'Flooded'); // the sign-up sent one
    const mailsTo = () => mail.sent.filter((m) => m.to === email).length;
    for (let n = 0; n < 6; n++) {
      expect((await new TestClient(server.app.url).data(REQUEST_RESET, { input: { email } })).requestPasswordReset).toEqual({ ok: true, userErrors: [] });
    }
    expect(mailsTo()).toBe(5);
    const resend = await client.data(`mutation { requestEmailVerification { ok userErrors { code } } }`);
    expect(resend.requestEmailVerification).toEqual({ ok: false, userErrors: [{ code: 'TOO_MANY_ATTEMPTS' }] });
    expect(mailsTo()).toBe(5);
  });

  it('sets a new password, signs out every session and works only once', async () => {
    const { client, email } = await signUpPerson(server.app, 'Forgetful');
    await new TestClient(server.app.url).data(REQUEST_RESET, { input: { email } });
    const token = mail.tokenFor(email, '/reset-password');

    const weak = await new TestClient(server.app.url).data(RESET, { input: { token, newPassword: 'short' } });
    expect(weak.resetPassword.userErrors).toEqual([{ field: ['newPassword'], code: 'PASSWORD_TOO_SHORT' }]);

    const newPassword = 'a brand new sentence to remember';
    expect((await new TestClient(server.app.url).data(RESET, { input: { token, newPassword } })).resetPassword.ok).toBe(true);
    expect((await client.data(VIEWER)).viewer).toBeNull();
    expect((await new TestClient(server.app.url).data(SIGN_IN, { input: { email, password: STRONG_PASSWORD } })).signIn.user).toBeNull();
    await secondBrowser(email, newPassword);
    const again = await new TestClient(server.app.url).data(RESET, { input: { token, newPassword: 'yet another long sentence' } });
    expect(again.resetPassword.userErrors).toEqual([{ field: ['token'], code: 'INVALID_TOKEN' }]);
  });
});

describe('changing credentials', () => {
  it('changes the password, keeping this session and ending the others', async () => {
    const { client, email } = await signUpPerson(server.app, 'Changer');
    const other = await secondBrowser(email);
    const wrong = await client.data(CHANGE_PASSWORD, { input: { currentPassword: 'not it at all', newPassword: 'a fresh long passphrase' } });
    expect(wrong.changePassword.userErrors).toEqual([{ field: ['currentPassword'], code: 'WRONG_PASSWORD' }]);
    expect((await other.data(VIEWER)).viewer).not.toBeNull(); // nothing changed

    const done = await client.data(CHANGE_PASSWORD, { input: { currentPassword: STRONG_PASSWORD, newPassword: 'a fresh long passphrase' } });
    expect(done.changePassword.ok).toBe(true);
    expect((await client.data(VIEWER)).viewer).not.toBeNull();
    expect((await other.data(VIEWER)).viewer).toBeNull();
    await secondBrowser(email, 'a fresh long passphrase');
  });

  it('changes the email: unverified until the new link is opened, other sessions end', async () => {
    const { client, email } = await signUpPerson(server.app, 'Mover');
    const { email: takenEmail } = await signUpPerson(server.app, 'Taken');
    const other = await secondBrowser(email);
    const taken = await client.data(CHANGE_EMAIL, { input: { password: STRONG_PASSWORD, newEmail: takenEmail.toUpperCase() } });
    expect(taken.changeEmail.userErrors).toEqual([{ field: ['newEmail'], code: 'EMAIL_TAKEN' }]);

    const newEmail = `moved-${Date.now()}@example.com`;
    expect((await client.data(CHANGE_EMAIL, { input: { password: STRONG_PASSWORD, newEmail } })).changeEmail.ok).toBe(true);
    expect((await client.data(VIEWER)).viewer).toEqual({ email: newEmail, emailVerified: false });
    expect((await other.data(VIEWER)).viewer).toBeNull();
    // The old address's link no longer verifies anything; the new one does.
    const oldLink = await client.data(VERIFY, { input: { token: mail.tokenFor(email, '/verify-email') } });
    expect(oldLink.verifyEmail.userErrors[0].code).toBe('INVALID_TOKEN');
    await client.data(VERIFY, { input: { token: mail.tokenFor(newEmail, '/verify-email') } });
    expect((await client.data(VIEWER)).viewer.emailVerified).toBe(true);
  });
});

describe('your data', () => {
  it('exports everything kept about you, without secrets', async () => {
    const { client, email } = await signUpPerson(server.app, 'Exporter');
    await client.data(`mutation { updateMentorProfile(input: { headline: "Data person" }) { userErrors { code } } }`);
    await tokenClient(client, ['PROFILE_READ']);
    const { exportMyData } = await client.data(`{ exportMyData }`);
    expect(exportMyData.account.email).toBe(email);
    expect(exportMyData.mentorProfile.headline).toBe('Data person');
    expect(exportMyData.sessions).toHaveLength(1);
    expect(exportMyData.personalAccessTokens).toHaveLength(1);
    expect(JSON.stringify(exportMyData)).not.toMatch(/secretHash|passwordHash|argon2/);
  });

  it('deletes the account only with the password, and then it is gone', async () => {
    const { client, email } = await signUpPerson(server.app, 'Leaver');
    const wrong = await client.data(DELETE, { input: { password: 'not my password' } });
    expect(wrong.deleteAccount.userErrors).toEqual([{ field: ['password'], code: 'WRONG_PASSWORD' }]);
    expect(await server.app.orm.em.fork().count(User, { email })).toBe(1);

    expect((await client.data(DELETE, { input: { password: STRONG_PASSWORD } })).deleteAccount.ok).toBe(true);
    expect(await server.app.orm.em.fork().count(User, { email })).toBe(0);
    expect((await client.data(VIEWER)).viewer).toBeNull();
    expect((await new TestClient(server.app.url).data(SIGN_IN, { input: { email, password: STRONG_PASSWORD } })).signIn.user).toBeNull();
  });
});
