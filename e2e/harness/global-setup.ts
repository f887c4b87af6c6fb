import { existsSync } from 'node:fs';
import { dropAbandonedDatabases, requireServices } from '@mentorspace/server/testing/services';
import { SERVER_ENTRY, WEB_INDEX } from './paths.js';
import { CHROMIUM } from './browser.js';

/** The e2e suite drives the built app: fail at once, saying why, when something is missing. */
export default async function setup() {
  await requireServices();
  await dropAbandonedDatabases();
  for (const [file, hint] of [
    [SERVER_ENTRY, 'run `pnpm build` first (`pnpm test` does)'],
    [WEB_INDEX, 'run `pnpm build` first (`pnpm test` does)'],
    [CHROMIUM, 'install it with `apt-get install -y chromium`'],
  ] as const) {
    if (!existsSync(file)) throw new Error(`e2e needs ${file}: ${hint}.`);
  }
}
