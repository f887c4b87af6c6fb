import { tmpdir } from 'node:os';
import type { Browser } from 'playwright-core';
import { watchReadiness, type Readiness } from './browser.js';

export type PageLoad = {
  /** From navigation start until the page was usable (see Readiness). */
  readyMs: number;
  /** First contentful paint, from the Performance API; null when the browser did not report one. */
  fcpMs: number | null;
  /** Script bytes the page fetched before it was usable (as sent: the server does not compress). */
  scriptBytes: number;
};

/** One page load in a fresh browser context (cold HTTP cache, as a first visit), optionally with a session cookie. */
export async function loadPage(
  browser: Browser,
  options: { url: string; readiness: Readiness; cookie?: { name: string; value: string }; screenshotPath?: string; timeoutMs?: number },
): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    if (options.cookie) await context.addCookies([{ ...options.cookie, url: new URL(options.url).origin }]);
    await context.addInitScript(watchReadiness, options.readiness);
    const page = await context.newPage();
    await page.goto(options.url, { waitUntil: 'commit' });
    const readyMs = await page
      .evaluate(
        (timeoutMs) =>
          Promise.race([
            (window as unknown as { __benchReady: Promise<number> }).__benchReady,
            new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`not usable after ${timeoutMs} ms`)), timeoutMs)),
          ]),
        options.timeoutMs ?? 60_000,
      )
      .catch(async (error: Error) => {
        const shot = `${tmpdir()}/bench-web-not-usable.png`;
        await page.screenshot({ path: shot }).catch(() => undefined);
        throw new Error(`${page.url()} (${JSON.stringify(options.readiness)}): ${error.message}; screenshot in ${shot}`);
      });
    const { fcpMs, scriptBytes } = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => entry.initiatorType === 'script' || /\.m?js(\?|$)/.test(entry.name));
      return { fcpMs: fcp ? fcp.startTime : null, scriptBytes: scripts.reduce((total, entry) => total + entry.encodedBodySize, 0) };
    });
    if (options.screenshotPath) await page.screenshot({ path: options.screenshotPath, fullPage: true });
    return { readyMs, fcpMs, scriptBytes };
  } finally {
    await context.close();
  }
}
