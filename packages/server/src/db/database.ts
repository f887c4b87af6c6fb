import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { createOrm, migrate } from './orm.js';

export type Database = {
  orm: MikroORM;
  /** The connection URL (the embedded one when DATABASE_URL is unset). */
  url: string;
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
    const url = config.databaseUrl ?? embedded!.url;
    const orm = await createOrm(url, logger);
    return {
      orm,
      url,
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
