import { describe, expect, it } from 'vitest';
import { useStage } from '../harness/stage.js';
import { createMentor } from '@mentorspace/server/testing/mentoring';
import { tokenClient } from '@mentorspace/server/testing/graphql-client';
import { connected, screenshot, signedIn } from '../harness/browser.js';

// The public API's edge, with the built server and web app: trusted documents
// enforced for the web app on instance a (it must run on manifest hashes alone,
// over HTTP and WebSocket, under the production CSP), and GraphiQL at /graphiql.
// People are set up through instance b, which allows any operation (the test
// helpers send their own documents with the session cookie).

const stage = useStage({ env: { a: { TRUSTED_DOCUMENTS: 'enforce-first-party' } } });

describe('the web app with trusted documents enforced', () => {
  it('sends only manifest hashes, over HTTP and WebSocket, and works', async () => {
    const person = await createMentor({ url: stage.cluster.b.url }, 'Hana Hashes');
    const { context, page } = await signedIn(stage.browser, person, stage.cluster.a.url);
    const bodies: Record<string, any>[] = [];
    const framesSent: Record<string, any>[] = [];
    const problems: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST') bodies.push(JSON.parse(request.postData() ?? '{}'));
    });
    page.on('websocket', (socket) => socket.on('framesent', ({ payload }) => framesSent.push(JSON.parse(String(payload)))));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('response', async (response) => {
      if (!response.url().endsWith('/graphql') || response.request().method() !== 'POST') return;
      const body = await response.text().catch(() => '');
      if (/PERSISTED_QUERY_NOT_(ALLOWED|FOUND)/.test(body)) problems.push(body);
    });
    try {
      await page.goto(`${stage.cluster.a.url}/requests`);
      await connected(page);
      await page.getByRole('heading', { level: 1, name: 'Requests' }).waitFor();
      await page.getByText('No requests yet').waitFor();
      await screenshot(page, 'api-edge-01-trusted-documents');

      expect(bodies.length).toBeGreaterThan(0);
      for (const body of bodies) {
        expect(body).not.toHaveProperty('query');
        expect(body.extensions.persistedQuery).toEqual({ version: 1, sha256Hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
      }
      const subscribes = framesSent.filter((frame) => frame.type === 'subscribe');
      expect(subscribes).toContainEqual(
        expect.objectContaining({ payload: expect.objectContaining({ operationName: 'NotificationEvents', query: '', extensions: expect.anything() }) }),
      );
      // Neither a refusal nor a CSP violation (Mantine's styles, the socket, the app's scripts).
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('refuses the same browser session an operation of its own making', async () => {
    const person = await createMentor({ url: stage.cluster.b.url }, 'Ivo Improviser');
    const response = await fetch(`${stage.cluster.a.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: person.client.sessionCookie! },
      body: JSON.stringify({ query: '{ viewer { email } }' }),
    });
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED' } }] });
  });
});

describe('GraphiQL', () => {
  it('loads at /graphiql and runs a query with a token from the headers editor', async () => {
    const person = await createMentor({ url: stage.cluster.b.url }, 'Gita Graphiql');
    const { secret } = await tokenClient(person.client, ['PROFILE_READ']);
    // A fresh browser with no session: the token is the only way in.
    const context = await stage.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    try {
      await page.goto(`${stage.cluster.b.url}/graphiql`);
      const run = page.getByRole('button', { name: /Execute query/ });
      await run.waitFor({ timeout: 30_000 });
      // The default query asks for the viewer; the headers editor starts with an empty bearer token.
      const headers = page.locator('.graphiql-editor-tool .graphiql-editor').last();
      await headers.locator('.view-lines').click();
      // Into the prefilled `"Authorization": "Bearer "`, just before its closing quote, as a person would type it.
      await page.keyboard.press('ControlOrMeta+Home');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.type(secret);
      await run.click();
      const response = page.locator('.result-window');
      // The response editor draws spaces as no-break spaces.
      await expect.poll(async () => (await response.innerText()).replace(/\u00a0/g, ' '), { timeout: 20_000 }).toContain('"displayName": "Gita Graphiql"');
      await screenshot(page, 'api-edge-02-graphiql');
      expect(problems.filter((text) => /Content Security Policy|Refused to/.test(text))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('is not part of the app: the app’s first page loads none of its code', async () => {
    const page = await stage.browser.newPage();
    const scripts: Promise<{ path: string; text: string }>[] = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      // Late answers (after the page closes) cannot be read and do not matter.
      if (path.endsWith('.js')) scripts.push(response.text().then((text) => ({ path, text }), () => ({ path, text: '' })));
    });
    await page.goto(stage.cluster.a.url);
    await connected(page);
    const loaded = await Promise.all(scripts);
    expect(loaded.length).toBeGreaterThan(0);
    for (const { path, text } of loaded) {
      expect(path).toMatch(/^\/assets\//);
      expect(text, path).not.toMatch(/MonacoEnvironment|graphiql-execute-button/);
    }
    await page.close();
  });
});
