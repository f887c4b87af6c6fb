import { describe, expect, it } from 'vitest';
import { useStage } from '../harness/stage.js';
import { createMentee, createMentor, matchPair } from '@mentorspace/server/testing/mentoring';
import { connected, screenshot, signedIn } from '../harness/browser.js';

const stage = useStage();

describe('the goal board in the live session room', () => {
  it('sits beside the chat; an action item becomes a milestone both see; on a phone the board is a tab', { timeout: 180_000 }, async () => {
    const mentor = await createMentor({ url: stage.cluster.a.url }, 'Ada Mentor');
    const mentee = await createMentee({ url: stage.cluster.b.url }, 'Mina Mentee');
    const mentorshipId = await matchPair(mentee, mentor);
    const { node } = await mentor.client.data(`query($id: ID!) { node(id: $id) { ... on Mentorship { goalBoard { id lanes { id } } } } }`, { id: mentorshipId });
    const { createGoal } = await mentor.client.data(
      `mutation($b: ID!, $l: ID!) { createGoal(input: { boardId: $b, laneId: $l, title: "Lead a design review", clientMutationId: "e2e-session-goal" }) { goal { id } } }`,
      { b: node.goalBoard.id, l: node.goalBoard.lanes[1].id },
    );
    expect(createGoal.goal.id).toBeTruthy();
    const { startLiveSession } = await mentor.client.data(`mutation($m: ID!) { startLiveSession(input: { mentorshipId: $m, title: "Review prep" }) { session { id } } }`, {
      m: mentorshipId,
    });
    const sessionId: string = startLiveSession.session.id;
    const { createActionItem } = await mentee.client.data(
      `mutation($s: ID!) { createActionItem(input: { sessionId: $s, title: "Book a room for the review", dueOn: "2027-03-01" }) { userErrors { code } } }`,
      { s: sessionId },
    );
    expect(createActionItem.userErrors).toEqual([]);

    const a = await signedIn(stage.browser, mentor, stage.cluster.a.url);
    const b = await signedIn(stage.browser, mentee, stage.cluster.b.url);
    try {
      for (const [page, url] of [
        [a.page, stage.cluster.a.url],
        [b.page, stage.cluster.b.url],
      ] as const) {
        await page.goto(`${url}/sessions/${encodeURIComponent(sessionId)}`);
        await page.getByRole('heading', { level: 1, name: 'Review prep' }).waitFor();
        await connected(page);
      }

      // Wide screen: the chat and the board side by side, both in view.
      const chat = a.page.locator('[data-message-log]');
      const board = a.page.locator('[data-session-board]');
      await board.locator('[data-lane="In progress"] [data-goal-card="Lead a design review"]').waitFor({ timeout: 15_000 });
      const [chatBox, boardBox] = [await chat.boundingBox(), await board.boundingBox()];
      expect(chatBox && boardBox).toBeTruthy();
      expect(boardBox!.x).toBeGreaterThanOrEqual(chatBox!.x + chatBox!.width);
      expect(boardBox!.y).toBeLessThan(chatBox!.y + chatBox!.height);
      expect(boardBox!.x + boardBox!.width).toBeLessThanOrEqual(1280);
      await board.locator('[data-board-presence="Mina Mentee"]').waitFor({ timeout: 15_000 });
      await screenshot(a.page, 'session-board-01-side-by-side');

      // The mentor makes the mentee's action item a milestone of the goal.
      await a.page.getByRole('button', { name: 'Make “Book a room for the review” a milestone of a goal' }).click();
      const picker = a.page.getByRole('dialog', { name: 'Make “Book a room for the review” a milestone' });
      await picker.getByLabel('Goal').click();
      await a.page.getByRole('option', { name: 'Lead a design review' }).click();
      await screenshot(a.page, 'session-board-02-goal-picker');
      await picker.getByRole('button', { name: 'Make it a milestone' }).click();
      await picker.waitFor({ state: 'detached' });

      // Both see it: on the action item, and on the card in the board beside the chat.
      for (const page of [a.page, b.page]) {
        await page.locator('[data-action-item="Book a room for the review"] [data-milestone-of="Lead a design review"]').waitFor({ timeout: 15_000 });
        await page.locator('[data-session-board] [data-goal-card="Lead a design review"]').getByText('0/1 milestones').waitFor({ timeout: 15_000 });
      }
      await screenshot(b.page, 'session-board-03-milestone-mentee');

      // On a phone: tabs switch between the chat and the board. Going narrow remounts nothing: a draft stays.
      await b.page.getByRole('textbox', { name: 'Message' }).fill('A draft for Ada');
      await b.page.setViewportSize({ width: 390, height: 844 });
      await b.page.locator('[data-session-layout="tabs"]').waitFor();
      await b.page.getByRole('tab', { name: 'Goal board' }).click();
      await b.page.locator('[data-session-board] [data-goal-card="Lead a design review"]').waitFor({ state: 'visible' });
      expect(await b.page.locator('[data-message-log]').isVisible()).toBe(false);
      await screenshot(b.page, 'session-board-04-phone-board-tab');
      await b.page.getByRole('tab', { name: 'Chat and notes' }).click();
      await b.page.locator('[data-message-log]').waitFor({ state: 'visible' });
      expect(await b.page.getByRole('textbox', { name: 'Message' }).inputValue()).toBe('A draft for Ada');
    } catch (error) {
      await screenshot(a.page, 'session-board-failed-mentor').catch(() => {});
      await screenshot(b.page, 'session-board-failed-mentee').catch(() => {});
      throw error;
    } finally {
      await a.context.close();
      await b.context.close();
    }
  });
});
