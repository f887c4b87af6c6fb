import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { openDatabase } from '../db/database.js';
import { EmbeddedPostgresError } from '../db/embedded-postgres.js';
import { createOfflineServices } from '../services.js';
import { seedDemoData, SeedRefused } from './seed-demo.js';
import { accountsText } from './accounts-text.js';

// `pnpm seed [--force]`: adds the demo organisation to DATABASE_URL (or the embedded database, which
// must not be in use by a running server) after applying pending migrations, and prints the accounts.
let config;
try {
  config = loadConfig({ LOG_LEVEL: 'warn', ...process.env });
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const logger = createLogger(config);
let database;
try {
  database = await openDatabase(config, logger);
} catch (error) {
  console.error(error instanceof EmbeddedPostgresError ? error.message : `Could not open the database: ${String(error)}`);
  process.exit(1);
}
try {
  await database.migrate();
  const services = createOfflineServices({ config, em: database.orm.em, logger, name: 'seed' });
  const result = await seedDemoData({ em: database.orm.em, services }, { force: process.argv.includes('--force') });
  console.log(accountsText(result, config.publicUrl));
} catch (error) {
  if (!(error instanceof SeedRefused)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await database.close();
}
