import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { createOrm, migrate } from './orm.js';

export type Database = {
  orm: MikroORM;
  migrate(): Promise<string[]>;
  /** Whether Postgres answers (for /readyz). */
  isReady(): Promise<boolean>;
  close(): Promise<void>;
};

/** Connects to DATABASE_URL, or starts the embedded Postgres when there is none. */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort, logger });
  try {
    const orm = await createOrm(config.databaseUrl ?? embedded!.url, logger);
    return {
      orm,
      migrate: () => migrate(orm),
      isReady: () => orm.isConnected(),
      async close() {
        await orm.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
