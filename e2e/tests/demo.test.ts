import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startCluster, type Cluster } from '../harness/cluster.js';
import { connected, launchBrowser, screenshot } from '../harness/browser.js';
import { seedDemo } from '../harness/seed.js';

let cluster: Cluster;
let browser: Browser;
let printed: string;

beforeAll(async () => {
  cluster = await startCluster();
  printed = await seedDemo(cluster.databaseUrl);
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await cluster?.close();
});

/** The password and an account's address, as the seed printed them. */
function account(name: string): { email: string; password: string } {
  const password = /password is “([^”]+)”/.exec(printed)?.[1];
  const email = new RegExp(`(\\S+@\\S+)\\s+${name}:`).exec(printed)?.[1];
  if (!password || !email) throw new Error(`The seed did not print ${name}'s account:\n${printed}`);
  return { email, password };
}

async function signIn(url: string, name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const { email, password } = account(name);
  await page.goto(`${url}/sign-in`);
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email').fill(email);
  await form.getByRole('textbox', { name: 'Password' }).fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((target) => !target.pathname.startsWith('/sign-in'));
  await connected(page);
  return page;
}

describe('the demo data in the browser', () => {
  it('prints the accounts to sign in with', () => {
    expect(printed).toContain('Demo data added');
    expect(account('Olivia Grant').email).toBe('olivia.grant@example.com');
    expect(account('Amara Osei').email).toBe('amara.osei@example.com');
  });

  it('the demo admin sees the program insights with non-empty charts, the at-risk list and a CSV', async () => {
    const page = await signIn(cluster.a.url, 'Olivia Grant');
    try {
      await page.goto(`${cluster.a.url}/programs`);
      await page.getByRole('link', { name: 'New Managers Program' }).click();
      await page.getByRole('heading', { level: 1, name: 'New Managers Program' }).waitFor();
      await page.getByRole('link', { name: 'Insights' }).click();
      await page.getByRole('heading', { level: 1, name: 'New Managers Program: insights' }).waitFor();

      // Every chart is drawn with something in it.
      for (const chart of ['mentorships-by-status', 'sessions-per-week', 'goal-completion', 'ratings', 'request-answers']) {
        const card = page.locator(`[data-chart="${chart}"]`);
        await card.locator('svg.recharts-surface').first().waitFor({ timeout: 15_000 });
        expect(await card.getAttribute('data-chart-empty'), chart).toBe('false');
      }
      await page.locator('[data-chart="mentorships-by-status"] .recharts-pie-sector').first().waitFor();
      expect(await page.locator('[data-chart="mentorships-by-status"] .recharts-pie-sector').count()).toBe(4);
      for (const chart of ['sessions-per-week', 'goal-completion', 'ratings', 'request-answers']) {
        await page.locator(`[data-chart="${chart}"] .recharts-bar-rectangle path`).first().waitFor();
        expect(await page.locator(`[data-chart="${chart}"] .recharts-bar-rectangle path`).count(), chart).toBeGreaterThan(0);
      }
      const tiles = page.locator('[data-stat-tiles]');
      await tiles.getByText('Active mentorships').waitFor();
      expect(await tiles.locator('dd').first().textContent()).toBe('3');
      await page.locator('[data-at-risk-mentorship="Lucas Moreau with Daniel Okafor"]').getByText('No recent session').waitFor();
      await screenshot(page, 'demo-01-admin-insights');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^new-managers-program-insights-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = await readFile((await download.path())!, 'utf8');
      expect(csv.split('\r\n')[0]).toBe('section,metric,value');
      expect(csv).toContain('mentorships,active,3');
    } finally {
      await page.context().close();
    }
  });

  it('the demo mentee lands on a mentorship with a board and chat history', async () => {
    const page = await signIn(cluster.b.url, 'Amara Osei');
    try {
      await page.goto(`${cluster.b.url}/mentorships`);
      await page.getByRole('link', { name: 'Priya Raman' }).click();
      await page.getByRole('heading', { level: 1, name: 'Priya Raman' }).waitFor();
      await page.locator('[data-mentorship-status="ACTIVE"]').waitFor();
      const sessions = page.locator('[data-session-list] a');
      await sessions.first().waitFor();
      expect(await sessions.count()).toBe(9);
      await screenshot(page, 'demo-02-mentee-mentorship');

      await page.getByRole('link', { name: 'How the conversation went' }).click();
      const log = page.locator('[data-message-log]');
      await log.getByText('It went so much better than I feared', { exact: false }).waitFor();
      expect(await log.locator('[data-message-id]').count()).toBeGreaterThanOrEqual(8);
      await screenshot(page, 'demo-03-mentee-chat');

      await page.goBack();
      await page.getByRole('link', { name: 'Open the goal board' }).click();
      await page.locator('[data-goal-card="Give difficult feedback with confidence"]').waitFor();
      expect(await page.locator('[data-goal-card]').count()).toBe(3);
      expect(await page.locator('[data-lane="Done"] [data-goal-card]').count()).toBe(1);
      await screenshot(page, 'demo-04-mentee-board');
    } finally {
      await page.context().close();
    }
  });

  it('the demo mentor switches on “away” and mutes a kind of reminder in Settings', async () => {
    const page = await signIn(cluster.a.url, 'Priya Raman');
    try {
      await page.goto(`${cluster.a.url}/settings#reminders`);
      const away = page.locator('[data-away-card]').getByRole('switch', { name: 'I am away' });
      await away.waitFor();
      expect(await away.isChecked()).toBe(false);
      await away.click({ force: true });
      await page.locator('[data-away-card]').getByText(/^Since /).waitFor();

      const dueSoon = page.locator('[data-reminder-settings]').getByRole('switch', { name: 'Milestones due soon' });
      expect(await dueSoon.isChecked()).toBe(true);
      await dueSoon.click({ force: true });
      await page.getByText('Milestones due soon: muted.').waitFor();
      await screenshot(page, 'demo-05-mentor-settings');

      // Kept: a fresh page shows both.
      await page.reload();
      await page.locator('[data-reminder-settings]').getByRole('switch', { name: 'Milestones due soon' }).waitFor();
      expect(await page.locator('[data-reminder-settings]').getByRole('switch', { name: 'Milestones due soon' }).isChecked()).toBe(false);
      expect(await page.locator('[data-away-card]').getByRole('switch', { name: 'I am away' }).isChecked()).toBe(true);
    } finally {
      await page.context().close();
    }
  });
});
