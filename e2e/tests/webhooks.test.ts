import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { signUpPerson } from '@mentorspace/server/testing/graphql-client';
import { startWebhookReceiver, type WebhookReceiver } from '@mentorspace/server/testing/webhook-receiver';
import { startCluster, type Cluster } from '../harness/cluster.js';
import { launchBrowser, screenshot, signedIn } from '../harness/browser.js';

let cluster: Cluster;
let browser: Browser;
let receiver: WebhookReceiver;

beforeAll(async () => {
  // Outside production, so the instances may deliver to a plain-http receiver on this machine.
  const env = { NODE_ENV: 'development' };
  cluster = await startCluster({ env: { a: env, b: env } });
  browser = await launchBrowser();
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver?.close();
  await browser?.close();
  await cluster?.close();
});

describe('webhooks in the browser', () => {
  it('adds an endpoint, shows its secret once, sends a signed test, redelivers it from the log, turns it off and removes it', async () => {
    const person = await signUpPerson({ url: cluster.a.url }, 'Wendy Webhooks');
    const { page, context } = await signedIn(browser, person, cluster.a.url);
    try {
      await page.goto(`${cluster.a.url}/settings#webhooks`);
      const section = page.getByRole('region', { name: 'Webhooks' });
      await section.getByText('No endpoints yet').waitFor();

      // Checked in the browser first, then by the server.
      await section.getByRole('button', { name: 'Add endpoint' }).click();
      const form = page.locator('form[data-create-webhook-form]');
      await form.getByRole('button', { name: 'Add endpoint' }).click();
      await form.getByText('Enter the address to send events to.').waitFor();
      await form.getByLabel('Address').fill('http://hooks.example.com/mentorspace');
      await form.getByRole('checkbox', { name: 'request.received' }).check();
      await form.getByRole('checkbox', { name: 'meeting.scheduled' }).check();
      await form.getByRole('button', { name: 'Add endpoint' }).click();
      await form.getByText('Use an https:// address.').waitFor();
      await form.getByLabel('Address').fill(receiver.url);
      await screenshot(page, 'webhooks-01-new-endpoint');
      await form.getByRole('button', { name: 'Add endpoint' }).click();

      // The secret, once.
      const secret = (await page.locator('[data-webhook-secret]').innerText()).trim();
      expect(secret).toMatch(/^msw_[\w-]{43}$/);
      receiver.trust('shown', secret);
      await screenshot(page, 'webhooks-02-secret-shown-once');
      await page.getByRole('button', { name: 'I have saved it' }).click();
      await expect(page.locator('[data-webhook-secret]').count()).resolves.toBe(0);

      // A test ping, delivered by whichever instance claims it, and signed with that secret.
      const row = page.locator(`[data-webhook="${receiver.url}"]`);
      await row.getByRole('button', { name: 'Send test' }).click();
      const log = row.locator('[data-delivery-log]');
      await log.waitFor();
      const delivered = log.locator('[data-delivery="webhook.ping"]', { hasText: 'Delivered' });
      for (let tries = 0; (await delivered.count()) < 1; tries++) {
        if (tries > 40) throw new Error('the test ping was not delivered');
        await page.waitForTimeout(250);
        await log.getByRole('button', { name: 'Refresh' }).click();
      }
      expect(receiver.received).toHaveLength(1);
      expect(receiver.received[0]).toMatchObject({ verified: { shown: true }, body: { type: 'webhook.ping' } });
      await screenshot(page, 'webhooks-03-delivered');

      // Redelivered from the log: the same event id and bytes, a second line in the log.
      await log.getByRole('button', { name: /^Redeliver webhook\.ping/ }).first().click();
      for (let tries = 0; (await delivered.count()) < 2; tries++) {
        if (tries > 40) throw new Error('the redelivery did not arrive');
        await page.waitForTimeout(250);
        await log.getByRole('button', { name: 'Refresh' }).click();
      }
      expect(receiver.received).toHaveLength(2);
      expect(receiver.received[1]).toMatchObject({ eventId: receiver.received[0]!.eventId, rawBody: receiver.received[0]!.rawBody, verified: { shown: true } });
      await log.getByText('(redelivery)').waitFor();
      await screenshot(page, 'webhooks-04-redelivered');

      // Off: no test can be sent, and it says so.
      await row.getByRole('switch', { name: `Send events to ${receiver.url}` }).click({ force: true });
      await row.getByText('Off', { exact: true }).first().waitFor();
      expect(await row.getByRole('button', { name: 'Send test' }).isDisabled()).toBe(true);
      await screenshot(page, 'webhooks-05-off');

      // Removed, after confirming.
      await row.getByRole('button', { name: `Remove ${receiver.url}` }).click();
      await page.getByRole('dialog', { name: 'Remove this endpoint?' }).getByRole('button', { name: 'Remove endpoint' }).click();
      await section.getByText('No endpoints yet').waitFor();
    } finally {
      await context.close();
    }
  });
});
