import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createClient } from 'redis';

/** The Postgres server the tests use (the machine's own, or CI's). Each test file gets its own database on it. */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export function databaseUrl(name: string): string {
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs SQL as the admin on the test server's maintenance database. */
export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export type ScratchDatabase = { name: string; url: string; drop(): Promise<void> };

/**
 * A database for one test file, e2e cluster or benchmark, dropped by its
 * owner when done. Its name carries the id of the process that made it
 * (`mentorspace_test_<pid>_<random>`), so that when a run is killed before
 * it drops its databases, the next run can tell them from live ones.
 */
export async function createScratchDatabase(kind: 'test' | 'e2e' | 'bench' | 'template', options: { template?: string } = {}): Promise<ScratchDatabase> {
  const name = `mentorspace_${kind}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`create database ${name}${options.template ? ` template ${options.template}` : ''}`);
  return { name, url: databaseUrl(name), drop: () => adminQuery(`drop database if exists ${name} with (force)`) };
}

/** Drops the scratch databases whose process has ended (a run killed midway leaves its own behind); returns their names. */
export async function dropAbandonedDatabases(): Promise<string[]> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(`select datname from pg_database where datname ~ '^mentorspace_(test|e2e|bench|template)_[0-9]+_'`);
    const abandoned = rows.map((row) => row.datname).filter((name) => !isRunning(Number(name.split('_')[2])));
    for (const name of abandoned) await client.query(`drop database if exists ${name} with (force)`);
    return abandoned;
  } finally {
    await client.end();
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // someone else's process: alive
  }
}

/**
 * Integration tests need real services and never skip: when one is missing
 * they fail at once, saying how to start it.
 */
export async function requireServices(): Promise<void> {
  try {
    await adminQuery('select 1');
  } catch (error) {
    throw new Error(
      `Tests need PostgreSQL at ${TEST_POSTGRES_URL} (set TEST_POSTGRES_URL), but it did not answer: ${String(error)}. ` +
        'Start it with `bash infra/local-services.sh start`.',
    );
  }
  const redis = createClient({ url: TEST_REDIS_URL, socket: { reconnectStrategy: false, connectTimeout: 2_000 } });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(
      `Tests need Redis at ${TEST_REDIS_URL} (set TEST_REDIS_URL), but it did not answer: ${String(error)}. ` +
        'Start it with `bash infra/local-services.sh start`.',
    );
  } finally {
    await redis.close().catch(() => {});
  }
}
