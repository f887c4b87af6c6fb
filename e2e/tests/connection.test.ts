import { describe, expect, it } from 'vitest';
import { useStage } from '../harness/stage.js';
import { screenshot } from '../harness/browser.js';

const stage = useStage();

describe('the connection indicator', () => {
  it('shows connected, reconnecting while the server is down, and connected again when it is back', async () => {
    const page = await stage.browser.newPage();
    await page.goto(stage.cluster.a.url);
    const indicator = page.locator('[data-connection-state]');
    const state = () => indicator.getAttribute('data-connection-state');

    await expect.poll(state, { timeout: 15_000 }).toBe('connected');
    expect(await indicator.innerText()).toContain('Connected');
    expect(await indicator.getAttribute('role')).toBe('status');
    await screenshot(page, 'connection-connected');

    expect(await stage.cluster.a.stop()).toBe(0); // a clean, graceful exit
    await expect.poll(state, { timeout: 15_000 }).toBe('reconnecting');
    expect(await indicator.innerText()).toContain('Reconnecting');
    await screenshot(page, 'connection-reconnecting');

    await stage.cluster.a.start();
    await expect.poll(state, { timeout: 30_000 }).toBe('connected');
    expect(await indicator.innerText()).toContain('Connected');
    await page.close();
  });

  it('works the same against the second instance', async () => {
    const page = await stage.browser.newPage();
    await page.goto(stage.cluster.b.url);
    await expect
      .poll(() => page.locator('[data-connection-state]').getAttribute('data-connection-state'), { timeout: 15_000 })
      .toBe('connected');
    await page.close();
  });
});
