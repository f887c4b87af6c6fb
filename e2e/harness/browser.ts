import { mkdir } from 'node:fs/promises';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ARTIFACTS } from './paths.js';

/** Debian's Chromium; playwright-core never downloads a browser here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Saves a screenshot under e2e/artifacts/ (git-ignored) for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const path = `${ARTIFACTS}/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * A browser context signed in as someone created through the API: their
 * session cookie set for one instance, as after signing in there.
 */
export async function signedIn(
  browser: Browser,
  person: { client: { sessionCookie: string | null } },
  url: string,
  viewport = { width: 1280, height: 900 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  const cookie = person.client.sessionCookie;
  if (!cookie) throw new Error('This person has no session cookie');
  const [name, ...rest] = cookie.split('=');
  await context.addCookies([{ name: name!, value: rest.join('='), url }]);
  return { context, page: await context.newPage() };
}

/** Waits until the header says the live connection is up, so what follows arrives live. */
export async function connected(page: Page): Promise<void> {
  await page.locator('[data-connection-state="connected"]').waitFor({ timeout: 15_000 });
}
