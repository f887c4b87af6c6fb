import { describe, expect, it } from 'vitest';
import { useStage } from '../harness/stage.js';
import type { Page } from 'playwright-core';
import { createMentee, createMentor, matchPair, type Person } from '@mentorspace/server/testing/mentoring';
import { connected, screenshot, signedIn } from '../harness/browser.js';

const stage = useStage();

/** The stored messages' bodies in the order the page shows them (pending copies excluded). */
const bodies = (page: Page) => page.locator('[data-message-log] [data-message-id] [data-message-body]').allInnerTexts();

async function send(page: Page, text: string) {
  const box = page.getByRole('textbox', { name: 'Message' });
  await box.fill(text);
  await box.press('Enter');
}

const START = `mutation($input: StartLiveSessionInput!) { startLiveSession(input: $input) { session { id } userErrors { code message } } }`;

describe('the live session room in the browser', () => {
  it('two people chat across instances, see typing and presence, and a reconnect replays what was missed once, in order', async () => {
    const mentor = await createMentor({ url: stage.cluster.a.url }, 'Ada Mentor');
    const mentee = await createMentee({ url: stage.cluster.b.url }, 'Mina Mentee');
    const mentorshipId = await matchPair(mentee, mentor);
    const { startLiveSession } = await mentor.client.data(START, { input: { mentorshipId, title: 'Design review prep' } });
    expect(startLiveSession.userErrors).toEqual([]);
    const sessionId: string = startLiveSession.session.id;

    const a = await signedIn(stage.browser, mentor, stage.cluster.a.url);
    const b = await signedIn(stage.browser, mentee, stage.cluster.b.url, { width: 390, height: 844 });
    try {
      // (The session is started through the API so the test begins in the room; every page's query is
      // checked against the cost limit in packages/server/src/graphql/operation-costs.test.ts.)
      await a.page.goto(`${stage.cluster.a.url}/sessions/${sessionId}`);
      await a.page.getByRole('heading', { level: 1, name: 'Design review prep' }).waitFor();
      await connected(a.page);

      await b.page.goto(`${stage.cluster.b.url}/sessions/${sessionId}`);
      await b.page.getByRole('heading', { level: 1, name: 'Design review prep' }).waitFor();
      await connected(b.page);

      // Presence: each sees the other online (heartbeats through Redis across instances).
      await a.page.locator('[data-presence="Mina Mentee"][data-status="ONLINE"]').waitFor({ timeout: 15_000 });
      await b.page.locator('[data-presence="Ada Mentor"][data-status="ONLINE"]').waitFor({ timeout: 15_000 });

      // Typing shows to the other person.
      await b.page.getByRole('textbox', { name: 'Message' }).pressSequentially('Hi Ada', { delay: 30 });
      await a.page.locator('[data-typing="Mina Mentee"]').waitFor({ timeout: 10_000 });
      await screenshot(a.page, 'session-01-typing');
      await b.page.getByRole('textbox', { name: 'Message' }).press('Enter');

      // Chat both ways.
      await a.page.locator('[data-message-log]').getByText('Hi Ada').waitFor({ timeout: 10_000 });
      await expect.poll(() => a.page.locator('[data-typing]').count(), { timeout: 10_000 }).toBe(0);
      await send(a.page, 'Hello Mina! Shall we start with the agenda?');
      await b.page.locator('[data-message-log]').getByText('Hello Mina! Shall we start with the agenda?').waitFor({ timeout: 10_000 });
      await send(b.page, 'Yes, I drafted one.');
      await a.page.locator('[data-message-log]').getByText('Yes, I drafted one.').waitFor({ timeout: 10_000 });
      expect(await bodies(a.page)).toEqual(['Hi Ada', 'Hello Mina! Shall we start with the agenda?', 'Yes, I drafted one.']);
      await expect.poll(() => bodies(b.page)).toEqual(['Hi Ada', 'Hello Mina! Shall we start with the agenda?', 'Yes, I drafted one.']);
      // The mentee read the mentor's message: the mentor sees "Seen".
      await a.page.locator('[data-seen]').waitFor({ timeout: 10_000 });
      await screenshot(a.page, 'session-02-chat-mentor');
      await screenshot(b.page, 'session-03-chat-mentee-390');

      // The mentee drops off the network; the mentor sends three messages meanwhile.
      await b.context.setOffline(true);
      await b.page.locator('[data-connection-state="offline"]').waitFor({ timeout: 15_000 });
      await b.page.locator('[data-room-banner]').waitFor({ timeout: 15_000 });
      const missed = ['One: the agenda looks good.', 'Two: start with the goals.', 'Three: then the risks.'];
      for (const text of missed) {
        await send(a.page, text);
        await a.page.locator('[data-message-log] [data-message-id]').getByText(text).waitFor({ timeout: 10_000 });
      }
      await screenshot(b.page, 'session-04-mentee-offline');

      // Back online: the banner clears once the room has caught up, and each message is there once, in order.
      await b.context.setOffline(false);
      await b.page.locator('[data-message-log]').getByText(missed[2]!).waitFor({ timeout: 30_000 });
      await b.page.locator('[data-room-banner]').waitFor({ state: 'detached', timeout: 30_000 });
      const expected = ['Hi Ada', 'Hello Mina! Shall we start with the agenda?', 'Yes, I drafted one.', ...missed];
      // Give any duplicate replay a moment to show itself before asserting exactly once.
      await b.page.waitForTimeout(1_500);
      const seen = await bodies(b.page);
      expect(seen).toEqual(expected);
      for (const text of missed) expect(await b.page.locator('[data-message-log] [data-message-body]', { hasText: text }).count()).toBe(1);
      await screenshot(b.page, 'session-05-mentee-caught-up');

      // Still live after the reconnect: the mentee answers and the mentor sees it.
      await send(b.page, 'Got all three, thanks.');
      await a.page.locator('[data-message-log]').getByText('Got all three, thanks.').waitFor({ timeout: 10_000 });
      await screenshot(a.page, 'session-06-after-reconnect');

      // The bell counts notifications (the session starting, the mentorship…) and marks them read.
      const bell = a.page.locator('[data-unread-count]');
      expect(Number(await bell.getAttribute('data-unread-count'))).toBeGreaterThan(0);
      await a.page.getByRole('button', { name: /^Notifications, \d+ unread$/ }).click();
      await a.page.getByRole('dialog', { name: 'Notifications' }).getByText('Live session started: Design review prep').waitFor();
      await screenshot(a.page, 'session-07-bell');
      await a.page.getByRole('button', { name: 'Mark all as read' }).click();
      await a.page.locator('[data-unread-count="0"]').waitFor({ timeout: 10_000 });
      await a.page.keyboard.press('Escape');

      // The schedule page loads for the mentor (the form's mentorship list: see the report).
      await a.page.goto(`${stage.cluster.a.url}/schedule`);
      await a.page.getByRole('heading', { level: 1, name: 'Schedule' }).waitFor();
      await a.page.locator('form[data-schedule-form]').waitFor();
      await screenshot(a.page, 'session-08-schedule');
    } catch (error) {
      await screenshot(a.page, 'session-failed-a').catch(() => {});
      await screenshot(b.page, 'session-failed-b').catch(() => {});
      throw error;
    } finally {
      await a.context.close();
      await b.context.close();
    }
  });
});
