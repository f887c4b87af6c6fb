import { fileURLToPath } from 'node:url';
import { MikroORM, PostgreSqlDriver, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Logger } from '../logger.js';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

export function ormOptions(clientUrl: string, logger?: Logger): Options {
  return {
    driver: PostgreSqlDriver,
    clientUrl,
    entities,
    extensions: [Migrator],
    migrations: {
      migrationsList,
      // Where `pnpm db:migration:create` writes new files (add them to migrations/index.ts).
      path: fileURLToPath(new URL('./migrations', import.meta.url)),
      pathTs: fileURLToPath(new URL('../../src/db/migrations', import.meta.url)),
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    // The connection pool: enough for a busy instance, small enough for several on one Postgres.
    pool: { min: 0, max: 10 },
    driverOptions: {
      // When Postgres is away, fail a request within seconds (SERVICE_UNAVAILABLE, retryable) rather than hang;
      // the pool drops dead connections and opens new ones once it is back.
      acquireConnectionTimeout: 10_000,
      connection: { connectionTimeoutMillis: 5_000, keepAlive: true },
      // knex prints pool trouble ("Connection Error: …") with console.log unless given a logger.
      log: {
        warn: (message: unknown) => logger?.warn({ component: 'knex' }, String(message)),
        error: (message: unknown) => logger?.error({ component: 'knex' }, String(message)),
        deprecate: (message: unknown) => logger?.debug({ component: 'knex' }, String(message)),
        debug: (message: unknown) => logger?.trace({ component: 'knex' }, String(message)),
      },
    },
    // vitest and swc load migrations as TS through the runtime's own import().
    dynamicImportProvider: (id: string) => import(id),
    allowGlobalContext: false,
    debug: logger?.isLevelEnabled('trace') ?? false,
    // The ORM's own messages (applied migrations, queries when tracing) go to our log, or nowhere.
    logger: (message: string) => logger?.trace({ component: 'orm' }, message),
  };
}

export async function createOrm(clientUrl: string, logger?: Logger): Promise<MikroORM> {
  return MikroORM.init(ormOptions(clientUrl, logger));
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}
