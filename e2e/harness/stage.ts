import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { startCluster, type Cluster } from './cluster.js';
import { launchBrowser } from './browser.js';

/** What a browser test file runs against: two instances behind their own URLs, and one Chromium. */
export type Stage = { readonly cluster: Cluster; readonly browser: Browser };

/**
 * Starts a cluster and a browser before the file's tests and closes both
 * after them. Read `stage.cluster` and `stage.browser` inside tests (they
 * exist once `beforeAll` has run).
 */
export function useStage(options: Parameters<typeof startCluster>[0] = {}): Stage {
  let cluster: Cluster | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    cluster = await startCluster(options);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await cluster?.close();
  });
  return {
    get cluster() {
      if (!cluster) throw new Error('the cluster starts in beforeAll: use it inside a test');
      return cluster;
    },
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll: use it inside a test');
      return browser;
    },
  };
}
