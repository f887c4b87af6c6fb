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
