import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { openDatabase } from './database.js';

// `pnpm db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database) and exits.
const config = loadConfig();
const logger = createLogger(config);
const database = await openDatabase(config, logger);
try {
  const applied = await database.migrate();
  logger.info({ applied }, applied.length ? 'migrations applied' : 'database is up to date');
} finally {
  await database.close();
}
