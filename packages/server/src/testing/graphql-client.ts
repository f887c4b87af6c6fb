import { randomBytes } from 'node:crypto';
import type { App } from '../app.js';
import type { Mail, MailSender } from '../mail/mail-sender.js';

export type GraphQLResponse<T = Record<string, any>> = {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
};

/**
 * Talks to a running app over real HTTP like a browser (keeping the session
 * cookie) or like a third party (a bearer token).
 */
export class TestClient {
  private cookie: string | null = null;

  constructor(
    private readonly baseUrl: string,
    private readonly bearer: string | null = null,
  ) {}

  withToken(secret: string): TestClient {
    return new TestClient(this.baseUrl, secret);
  }

  /** The same browser (cookie) or token, talking to another instance. */
  at(baseUrl: string): TestClient {
    const client = new TestClient(baseUrl, this.bearer);
    client.cookie = this.cookie;
    return client;
  }

  get sessionCookie(): string | null {
    return this.cookie;
  }

  async request<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [, value] = pair!.split('=');
      this.cookie = value ? pair! : null;
    }
    return { status: response.status, ...((await response.json()) as object) };
  }

  /** Like `request`, but fails the test on any GraphQL error, and returns `data`. */
  async data<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }
}

/** The mail server is the one truly external part: tests read what would have been sent. */
export class CapturingMailSender implements MailSender {
  readonly sent: Mail[] = [];

  async send(mail: Mail): Promise<void> {
    this.sent.push(mail);
  }

  /** The token in the last link of this kind sent to an address. */
  tokenFor(to: string, path: '/verify-email' | '/reset-password'): string {
    const mail = this.sent.filter((m) => m.to === to && m.text.includes(path)).at(-1);
    const match = mail && new RegExp(`${path}\\?token=(\\S+)`).exec(mail.text);
    if (!match) throw new Error(`no ${path} mail to ${to}`);
    return match[1]!;
  }
}

export const STRONG_PASSWORD = 'a tidy garden of mentoring';

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { user { id displayName email } userErrors { field code message } }
}`;

/** A new person with a browser session, and their details. */
export async function signUpPerson(app: Pick<App, 'url'>, name = 'Person'): Promise<{ client: TestClient; email: string; userId: string }> {
  const client = new TestClient(app.url);
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${randomBytes(4).toString('hex')}@example.com`;
  const data = await client.data<{ signUp: { user: { id: string } | null; userErrors: unknown[] } }>(SIGN_UP, {
    input: { email, password: STRONG_PASSWORD, displayName: name },
  });
  if (!data.signUp.user) throw new Error(`sign-up failed: ${JSON.stringify(data.signUp.userErrors)}`);
  return { client, email, userId: data.signUp.user.id };
}

/** Creates a token with the given scopes for a signed-in client; returns a client that uses it. */
export async function tokenClient(client: TestClient, scopes: string[]): Promise<{ client: TestClient; tokenId: string; secret: string }> {
  const data = await client.data<{ createPersonalAccessToken: { secret: string; token: { id: string } | null; userErrors: unknown[] } }>(
    `mutation($input: CreatePersonalAccessTokenInput!) {
      createPersonalAccessToken(input: $input) { secret token { id } userErrors { code } }
    }`,
    { input: { name: `test token ${randomBytes(3).toString('hex')}`, scopes } },
  );
  const { secret, token, userErrors } = data.createPersonalAccessToken;
  if (!token) throw new Error(`token not created: ${JSON.stringify(userErrors)}`);
  return { client: client.withToken(secret), tokenId: token.id, secret };
}
