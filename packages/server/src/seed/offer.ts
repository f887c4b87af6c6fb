import type { App } from '../app.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { seedDemoData, SeedRefused } from './seed-demo.js';
import { accountsText } from './accounts-text.js';

/**
 * On a start with an empty database: seed the demo when SEED_DEMO is on,
 * otherwise say how to get it. Never asks a question: servers have no one
 * at the terminal.
 */
export async function offerDemoData(app: App, config: Config, logger: Logger): Promise<void> {
  const [row] = await app.orm.em.fork().execute<{ empty: boolean }[]>(`select not exists (select 1 from users) as empty`);
  if (!row?.empty) return;
  if (!config.seedDemo) {
    logger.info(
      'The database is empty. For a demo organisation with mentors, mentees, mentorships and chat history, run `pnpm seed` ' +
        '(stop this server first when it uses the embedded database), or start with SEED_DEMO=true.',
    );
    return;
  }
  try {
    const result = await seedDemoData({ em: app.orm.em, services: app.services });
    logger.info(result.message);
    console.log(accountsText(result, config.publicUrl));
  } catch (error) {
    if (!(error instanceof SeedRefused)) throw error;
    logger.info(error.message);
  }
}
