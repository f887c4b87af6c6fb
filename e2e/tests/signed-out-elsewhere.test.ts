import { describe, expect, it } from 'vitest';
import { useStage } from '../harness/stage.js';
import { STRONG_PASSWORD, TestClient } from '@mentorspace/server/testing/graphql-client';
import { createMentee, createMentor, matchPair } from '@mentorspace/server/testing/mentoring';
import { connected, screenshot, signedIn } from '../harness/browser.js';

const stage = useStage();

/**
 * A mentee with a mentor and a live session room of theirs on instance A, and
 * the mentee's browser sitting in that room, connected (its socket holds the
 * room's subscriptions).
 */
async function menteeInRoom() {
  const mentor = await createMentor({ url: stage.cluster.a.url }, 'Ada Mentor');
  const mentee = await createMentee({ url: stage.cluster.a.url }, 'Mina Mentee');
  const mentorshipId = await matchPair(mentee, mentor);
  const { startLiveSession } = await mentee.client.data(
    `mutation($input: StartLiveSessionInput!) { startLiveSession(input: $input) { session { id } } }`,
    { input: { mentorshipId, title: 'Weekly check-in' } },
  );
  const { context, page } = await signedIn(stage.browser, mentee, stage.cluster.a.url);
  await page.goto(`${stage.cluster.a.url}/sessions/${startLiveSession.session.id}`);
  await page.getByRole('heading', { level: 1, name: /^Weekly check-in/ }).waitFor();
  await connected(page);
  return { mentee, context, page };
}

describe('a session that ends', () => {
  it('signs out a browser that sits in a session room on the other instance, at once', async () => {
    // The mentee's browser sits in the room on instance A, listening over its WebSocket and doing nothing else.
    const { mentee, context, page } = await menteeInRoom();
    try {
      // What happens first: the server closing the room's socket, or an HTTP call refused.
      const seen: string[] = [];
      page.on('websocket', (socket) => socket.on('close', () => seen.push('socket closed')));
      page.on('response', async (response) => {
        if (response.url().endsWith('/graphql') && (await response.text().catch(() => '')).includes('UNAUTHENTICATED')) seen.push('http refused');
      });
      // The room's presence heartbeat (every 10 s, over HTTP) is held back: on a busy machine one fell between the
      // sign-out and the socket's close and told the page first. Nothing else the page does may tell it.
      await page.route('**/graphql', (route) =>
        (route.request().postDataJSON() as { operationName?: string } | null)?.operationName === 'SendPresence' ? route.abort() : route.continue(),
      );

      // From another device, through instance B, the mentee signs out everywhere.
      const phone = new TestClient(stage.cluster.b.url);
      const { signIn } = await phone.data(`mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`, {
        input: { email: mentee.email, password: STRONG_PASSWORD },
      });
      expect(signIn.user).not.toBeNull();
      expect((await phone.data(`mutation { signOutEverywhere { ok } }`)).signOutEverywhere.ok).toBe(true);

      // Without anyone touching it, the browser's socket is closed and the app asks the person to sign in again.
      await page.getByRole('heading', { level: 1, name: 'Sign in to Mentorspace' }).waitFor({ timeout: 10_000 });
      // And says why, rather than leaving them to wonder where the room went.
      await page.getByRole('alert').filter({ hasText: 'You are signed out' }).waitFor({ timeout: 2_000 });
      expect(await page.getByRole('heading', { level: 1, name: /^Weekly check-in/ }).count()).toBe(0);
      // The revocation reached the socket on the other instance itself, not the next refused request.
      expect(seen[0]).toBe('socket closed');
      await screenshot(page, 'signed-out-elsewhere');
    } finally {
      await context.close();
    }
  });

  it('says goodbye when the person signs out here, not that their session ended elsewhere', async () => {
    // In a room, so the socket holds subscriptions when the server closes it for the ended session.
    const { context, page } = await menteeInRoom();
    try {
      await page.getByRole('button', { name: 'Account: Mina Mentee' }).click();
      await page.getByRole('menuitem', { name: 'Sign out' }).click();
      await page.getByRole('alert').filter({ hasText: 'See you soon' }).waitFor();
      // The server closes the socket of the session it just ended; the app reconnects as nobody. Give it time to.
      await page.waitForTimeout(3_000);
      expect(await page.getByRole('alert').filter({ hasText: 'Your session ended' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
