import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useStage } from '../harness/stage.js';
import type { Page } from 'playwright-core';
import { createMentee, createMentor, matchPair } from '@mentorspace/server/testing/mentoring';
import { connected, screenshot, signedIn } from '../harness/browser.js';

const stage = useStage();

const bodies = (page: Page) => page.locator('[data-message-log] [data-message-id] [data-message-body]').allInnerTexts();
/** The stored message whose body is exactly `text`. */
const messageWith = (page: Page, text: string) =>
  page.locator('[data-message-log] [data-message-id]').filter({ has: page.locator('[data-message-body]').getByText(text, { exact: true }) });

async function send(page: Page, text: string) {
  const box = page.getByRole('textbox', { name: 'Message', exact: true });
  await box.fill(text);
  await box.press('Enter');
  await messageWith(page, text).waitFor({ timeout: 10_000 });
}

const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) {
  meeting { id occurrences(from: "${new Date().toISOString()}", to: "${new Date(Date.now() + 30 * 86_400_000).toISOString()}") { originalStart } } userErrors { code } } }`;

describe('the session room tools in the browser', () => {
  it('opens a scheduled meeting’s room, scrolls back through history, edits, deletes, reacts and shows a notes clash', async () => {
    const mentor = await createMentor({ url: stage.cluster.a.url }, 'Ada Mentor');
    const mentee = await createMentee({ url: stage.cluster.b.url }, 'Mina Mentee');
    const mentorshipId = await matchPair(mentee, mentor);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const { scheduleMeeting } = await mentee.client.data(SCHEDULE, {
      input: {
        mentorshipId, title: 'Check-in', localStart: `${tomorrow}T18:00`, timeZone: 'UTC', durationMinutes: 45,
        agenda: ['Review the goals', 'Plan the next steps'], videoLink: 'https://meet.example.com/ada-mina',
      },
    });
    expect(scheduleMeeting.userErrors).toEqual([]);
    const meetingId: string = scheduleMeeting.meeting.id;

    // The mentee opens the room through the API and leaves a long history in it.
    const { openMeetingRoom } = await mentee.client.data(
      `mutation($input: OpenMeetingRoomInput!) { openMeetingRoom(input: $input) { session { id } userErrors { code } } }`,
      { input: { meetingId, originalStart: scheduleMeeting.meeting.occurrences[0].originalStart } },
    );
    const sessionId: string = openMeetingRoom.session.id;
    const history = Array.from({ length: 36 }, (_, i) => `History ${i + 1}`);
    for (const body of history) {
      await mentee.client.data(`mutation($input: SendMessageInput!) { sendMessage(input: $input) { userErrors { code } } }`, {
        input: { sessionId, body, clientMutationId: randomUUID() },
      });
    }

    const a = await signedIn(stage.browser, mentor, stage.cluster.a.url);
    const b = await signedIn(stage.browser, mentee, stage.cluster.b.url);
    try {
      // The mentor finds the room from the schedule: it is already open, so "Enter room".
      await a.page.goto(`${stage.cluster.a.url}/schedule`);
      await a.page.locator('[data-meeting="Check-in"]').getByRole('button', { name: 'Enter room' }).click();
      await a.page.waitForURL(`**/sessions/${sessionId}`);
      await a.page.getByRole('heading', { level: 1, name: /^Check-in · / }).waitFor();
      await connected(a.page);
      const brief = a.page.locator('[data-meeting-brief]');
      await brief.getByText('Review the goals').waitFor();
      expect(await brief.getByRole('link', { name: 'Video call' }).getAttribute('href')).toBe('https://meet.example.com/ada-mina');

      // History arrives a page at a time: the newest first, older ones on request, each once and in order.
      await messageWith(a.page, 'History 36').waitFor();
      expect((await bodies(a.page)).length).toBeLessThan(history.length);
      await a.page.locator('[data-load-older]').click();
      await messageWith(a.page, 'History 1').waitFor({ timeout: 10_000 });
      expect(await bodies(a.page)).toEqual(history);
      await screenshot(a.page, 'tools-01-history-and-agenda');

      await b.page.goto(`${stage.cluster.b.url}/sessions/${sessionId}`);
      await b.page.getByRole('heading', { level: 1, name: /^Check-in · / }).waitFor();
      await connected(b.page);

      // Edit: the mentor fixes a typo; the mentee sees the new text, marked edited.
      await send(a.page, 'See you tomorow');
      await messageWith(b.page, 'See you tomorow').waitFor({ timeout: 10_000 });
      const typo = messageWith(a.page, 'See you tomorow');
      await typo.hover();
      await typo.getByRole('button', { name: 'Message actions' }).click();
      await a.page.getByRole('menuitem', { name: 'Edit' }).click();
      const editBox = a.page.getByRole('textbox', { name: 'Edit your message' });
      await editBox.fill('See you tomorrow');
      await editBox.press('Enter');
      await editBox.waitFor({ state: 'detached', timeout: 10_000 });
      await messageWith(b.page, 'See you tomorrow').getByText('edited').waitFor({ timeout: 10_000 });
      expect(await messageWith(b.page, 'See you tomorow').count()).toBe(0);

      // Delete: a tombstone keeps the message's place for both.
      await send(a.page, 'Wrong room, sorry');
      await messageWith(b.page, 'Wrong room, sorry').waitFor({ timeout: 10_000 });
      const wrong = messageWith(a.page, 'Wrong room, sorry');
      await wrong.hover();
      await wrong.getByRole('button', { name: 'Message actions' }).click();
      await a.page.getByRole('menuitem', { name: 'Delete' }).click();
      await a.page.getByRole('dialog', { name: 'Delete this message?' }).getByRole('button', { name: 'Delete' }).click();
      await b.page.locator('[data-message-log] [data-deleted]').getByText('Message deleted').waitFor({ timeout: 10_000 });
      expect(await messageWith(b.page, 'Wrong room, sorry').count()).toBe(0);
      expect((await bodies(b.page)).slice(-2)).toEqual(['See you tomorrow', 'Message deleted']);

      // Reactions: the mentee thanks the mentor; the mentor sees it counted.
      const fixed = messageWith(b.page, 'See you tomorrow');
      await fixed.hover();
      await fixed.getByRole('button', { name: 'Add a reaction' }).click();
      await b.page.getByRole('menuitem', { name: 'React with 👍' }).click();
      await messageWith(a.page, 'See you tomorrow').locator('[data-reaction="👍"]').getByText('1').waitFor({ timeout: 10_000 });
      await screenshot(a.page, 'tools-02-edited-deleted-reacted');

      // Notes: both write at once; the mentor saves first, and the mentee's page shows the clash with both versions.
      await b.page.locator('[data-notes]').fill('Mina: goals first, then the risks.');
      await a.page.locator('[data-notes]').fill('Ada: start with last week’s wins.');
      await a.page.getByRole('button', { name: 'Save notes' }).click();
      await a.page.getByText('Saved · version 1').waitFor({ timeout: 10_000 });
      const clash = b.page.locator('[data-notes-conflict]');
      await clash.waitFor({ timeout: 10_000 });
      expect(await clash.getByRole('textbox', { name: 'Their version' }).inputValue()).toBe('Ada: start with last week’s wins.');
      expect(await b.page.locator('[data-notes]').inputValue()).toBe('Mina: goals first, then the risks.');
      await screenshot(b.page, 'tools-03-notes-clash');
      // The mentee merges and saves over version 1; the mentor's page takes it.
      await b.page.locator('[data-notes]').fill('Ada: start with last week’s wins.\nMina: goals first, then the risks.');
      await clash.getByRole('button', { name: 'I merged: keep mine' }).click();
      await b.page.getByRole('button', { name: 'Save notes' }).click();
      await expect.poll(() => a.page.locator('[data-notes]').inputValue(), { timeout: 10_000 }).toBe('Ada: start with last week’s wins.\nMina: goals first, then the risks.');
    } catch (error) {
      await screenshot(a.page, 'tools-failed-a').catch(() => {});
      await screenshot(b.page, 'tools-failed-b').catch(() => {});
      throw error;
    } finally {
      await a.context.close();
      await b.context.close();
    }
  });
});
