import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startCluster, type Cluster } from '../harness/cluster.js';
import { launchBrowser, screenshot } from '../harness/browser.js';

let cluster: Cluster;
let browser: Browser;

beforeAll(async () => {
  cluster = await startCluster();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await cluster?.close();
});

describe('the connection indicator', () => {
  it('shows connected, reconnecting while the server is down, and connected again when it is back', async () => {
    const page = await browser.newPage();
    await page.goto(cluster.a.url);
    const indicator = page.locator('[data-connection-state]');
    const state = () => indicator.getAttribute('data-connection-state');

    await expect.poll(state, { timeout: 15_000 }).toBe('connected');
    expect(await indicator.innerText()).toContain('Connected');
    expect(await indicator.getAttribute('role')).toBe('status');
    await screenshot(page, 'connection-connected');

    expect(await cluster.a.stop()).toBe(0); // a clean, graceful exit
    await expect.poll(state, { timeout: 15_000 }).toBe('reconnecting');
    expect(await indicator.innerText()).toContain('Reconnecting');
    await screenshot(page, 'connection-reconnecting');

    await cluster.a.start();
    await expect.poll(state, { timeout: 30_000 }).toBe('connected');
    expect(await indicator.innerText()).toContain('Connected');
    await page.close();
  });

  it('works the same against the second instance', async () => {
    const page = await browser.newPage();
    await page.goto(cluster.b.url);
    await expect
      .poll(() => page.locator('[data-connection-state]').getAttribute('data-connection-state'), { timeout: 15_000 })
      .toBe('connected');
    await page.close();
  });
});
