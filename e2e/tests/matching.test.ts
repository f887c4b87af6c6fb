import { describe, expect, it } from 'vitest';
import { useStage } from '../harness/stage.js';
import { createMentee, createMentor, type Person } from '@mentorspace/server/testing/mentoring';
import { connected, screenshot, signedIn } from '../harness/browser.js';

const stage = useStage();

const MESSAGE =
  'Hi Ada, I am a new team lead preparing my first design review. Your facilitation experience is exactly what I need; I hope to run reviews on my own. Every two weeks would suit me.';
const QUESTION = 'How many people will be in the review, and who decides?';
const ANSWER = 'About eight, and the product director decides.';

describe('matching in the browser', () => {
  it('a mentee finds a mentor, reads why, sends a request; the mentor sees it live, asks, accepts; both agree terms', async () => {
    const mentor = await createMentor({ url: stage.cluster.a.url }, 'Ada Mentor', {
      expertise: ['Design reviews'],
      skills: [{ name: 'Facilitation', level: 5 }],
      languages: ['en'],
      formats: ['VIDEO'],
      bio: 'Twelve years leading design and product teams.',
    });
    const mentee = await createMentee({ url: stage.cluster.b.url }, 'Mina Mentee');

    const a = await signedIn(stage.browser, mentor, stage.cluster.a.url);
    const b = await signedIn(stage.browser, mentee, stage.cluster.b.url);
    try {
      // The mentor waits in their inbox on instance A.
      await a.page.goto(`${stage.cluster.a.url}/requests`);
      await a.page.getByRole('heading', { level: 1, name: 'Requests' }).waitFor();
      await a.page.getByText('No requests yet').waitFor();
      await connected(a.page);

      // The mentee finds her on instance B: recommended, with the breakdown of why.
      await b.page.goto(`${stage.cluster.b.url}/mentors`);
      await b.page.getByRole('heading', { level: 1, name: 'Find a mentor' }).waitFor();
      const card = b.page.locator('[data-recommendations] [data-mentor-card="Ada Mentor"]');
      await card.waitFor({ timeout: 15_000 });
      const breakdown = card.locator('[data-match-breakdown]');
      await breakdown.waitFor();
      expect(await breakdown.locator('li').count()).toBeGreaterThanOrEqual(3);
      expect(await card.locator('[data-match-score]').innerText()).toMatch(/\d+%/);
      await screenshot(b.page, 'matching-01-recommended');

      // Search finds her too.
      await b.page.getByRole('searchbox', { name: 'Search' }).fill('design reviews');
      await b.page.getByRole('button', { name: 'Search', exact: true }).click();
      await b.page.locator('[data-search-results] [data-mentor-card="Ada Mentor"]').waitFor();
      await screenshot(b.page, 'matching-02-search');

      // The composer: guidance, live count, goals and cadence.
      await card.getByRole('button', { name: 'Ask Ada Mentor to mentor you' }).click();
      const composer = b.page.locator('form[data-request-composer]');
      await composer.waitFor();
      await composer.getByLabel('Your message').fill('Too short.');
      await composer.getByRole('button', { name: 'Send request' }).click();
      await composer.getByText(/Write at least 40 characters/).waitFor();
      await composer.getByLabel('Your message').fill(MESSAGE);
      expect(await composer.locator('[data-character-count]').getAttribute('data-character-count')).toBe(String(MESSAGE.length));
      expect(await composer.locator('[data-guidance][data-met="true"]').count()).toBe(4);
      await composer.getByRole('checkbox', { name: /Lead a design review/ }).check();
      await composer.getByLabel('How often would you like to meet?').selectOption('EVERY_TWO_WEEKS');
      await screenshot(b.page, 'matching-03-composer');
      await composer.getByRole('button', { name: 'Send request' }).click();
      await b.page.getByText('Request sent to Ada Mentor').waitFor({ timeout: 15_000 });

      // The mentor sees it arrive without reloading, with the badge in the nav.
      const received = a.page.locator('[data-request-list="RECEIVED"] [data-request]');
      await received.first().waitFor({ timeout: 15_000 });
      await received.first().getByText(MESSAGE).waitFor();
      await received.first().getByText('Lead a design review').waitFor();
      await a.page.locator('nav [data-nav-badge="1"]').first().waitFor();
      await screenshot(a.page, 'matching-04-request-arrived');

      // The mentee watches her sent requests; the mentor asks a question.
      await b.page.goto(`${stage.cluster.b.url}/requests?tab=sent`);
      await b.page.locator('[data-request-list="SENT"] [data-request]').waitFor();
      await connected(b.page);
      await received.first().getByRole('button', { name: 'Ask a question' }).click();
      await a.page.getByLabel('Your question for Mina Mentee').fill(QUESTION);
      await a.page.getByRole('button', { name: 'Send question' }).click();
      await a.page.getByText('Question sent to Mina Mentee.').waitFor();

      // The question appears for the mentee live; she answers.
      const sent = b.page.locator('[data-request-list="SENT"] [data-request]').first();
      await sent.getByText(QUESTION).waitFor({ timeout: 15_000 });
      await sent.getByText('Question for you').waitFor();
      await screenshot(b.page, 'matching-05-question-arrived');
      await sent.getByRole('button', { name: 'Answer' }).click();
      await b.page.getByLabel('Your answer').fill(ANSWER);
      await b.page.getByRole('button', { name: 'Send answer' }).click();

      // The answer reaches the mentor live; she accepts.
      await received.first().getByText(ANSWER).waitFor({ timeout: 15_000 });
      await received.first().getByRole('button', { name: 'Accept' }).click();
      await received.first().getByRole('link', { name: /Open the mentorship/ }).waitFor({ timeout: 15_000 });
      await screenshot(a.page, 'matching-06-accepted');

      // The mentee's request shows accepted live.
      await sent.locator('[data-status-badge]', { hasText: 'Accepted' }).waitFor({ timeout: 15_000 });

      // The mentor proposes the first agreement.
      await received.first().getByRole('link', { name: /Open the mentorship/ }).click();
      await a.page.getByRole('heading', { level: 1, name: 'Mina Mentee' }).waitFor();
      const editor = a.page.locator('form[data-agreement-editor]');
      await editor.waitFor();
      await editor.getByRole('textbox', { name: 'Goal 1' }).fill('Lead a design review');
      await editor.getByRole('textbox', { name: 'Outcome 1' }).fill('Mina runs one review on her own');
      await editor.getByLabel('Note').fill('A first draft: change anything.');
      await editor.getByRole('button', { name: 'Propose the agreement' }).click();
      await a.page.getByText('Waiting for Mina Mentee to acknowledge version 1.').waitFor({ timeout: 15_000 });
      const mentorshipUrl = a.page.url();
      await screenshot(a.page, 'matching-07-proposed');

      // The mentee opens it from her mentorships and acknowledges.
      await b.page.goto(`${stage.cluster.b.url}/mentorships`);
      await b.page.getByRole('link', { name: 'Mentored by Ada Mentor' }).click();
      await b.page.getByRole('heading', { level: 1, name: 'Ada Mentor' }).waitFor();
      expect(new URL(b.page.url()).pathname).toBe(new URL(mentorshipUrl).pathname);
      await b.page.getByText('Version 1 is waiting for you to acknowledge it.').waitFor();
      await connected(b.page);
      await b.page.getByRole('button', { name: 'Acknowledge version 1' }).click();
      await b.page.locator('[data-mentorship-status="ACTIVE"]').waitFor({ timeout: 15_000 });
      await b.page.locator('[data-acknowledgement="in-effect"]').waitFor();
      await screenshot(b.page, 'matching-08-active-mentee');

      // The mentor's page turns Active without reloading.
      await a.page.locator('[data-mentorship-status="ACTIVE"]').waitFor({ timeout: 15_000 });
      await a.page.locator('[data-acknowledgement="in-effect"]').waitFor();
      await screenshot(a.page, 'matching-09-active-mentor');

      // On a phone: the same pages, one column.
      await b.page.setViewportSize({ width: 390, height: 844 });
      await screenshot(b.page, 'matching-10-phone-mentorship');
      await b.page.goto(`${stage.cluster.b.url}/requests?tab=sent`);
      await b.page.locator('[data-request-list="SENT"] [data-request]').waitFor();
      await screenshot(b.page, 'matching-11-phone-requests');
      await b.page.goto(`${stage.cluster.b.url}/mentors`);
      await b.page.locator('[data-search-results] [data-mentor-card="Ada Mentor"]').waitFor();
      await screenshot(b.page, 'matching-12-phone-mentors');
    } finally {
      await a.context.close();
      await b.context.close();
    }
  });
});
