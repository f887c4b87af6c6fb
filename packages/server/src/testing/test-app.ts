import { afterAll, beforeAll } from 'vitest';
import { createApp, type App } from '../app.js';
import { loadConfig } from '../config.js';
import type { MailSender } from '../mail/mail-sender.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

type TestAppOptions = {
  databaseUrl: string;
  redisUrl?: string;
  instanceId?: string;
  env?: Record<string, string>;
  mailSender?: MailSender;
};

/**
 * Starts the real app (the same `createApp` production uses) on a free port
 * against the given database and, optionally, Redis.
 */
export async function startTestApp(options: TestAppOptions): Promise<App> {
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: options.redisUrl ?? '',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    MIGRATE_ON_START: 'false', // the template database is migrated already
    SHUTDOWN_TIMEOUT_MS: '2000',
    SIGN_IN_SLOWDOWN_MS: '1',
    JOBS: 'false', // tests run jobs' functions directly, with a clock they control
    // Instances of one test file share counters; test files running at once do not.
    REDIS_KEY_PREFIX: new URL(options.databaseUrl).pathname.slice(1),
    ...(options.instanceId ? { INSTANCE_ID: options.instanceId } : {}),
    ...options.env,
  });
  return createApp(config, options.mailSender ? { mailSender: options.mailSender } : {});
}

/** What a server test file runs against: a database of its own and the app on it. */
export type TestServer = { readonly app: App; readonly database: TestDatabase };

/**
 * Gives the test file a fresh database (cloned from the run's template) and the
 * real app on it, started before the file's tests; after them the app closes and
 * the database is dropped. Call it before the file's own hooks: vitest runs
 * before-hooks in order and after-hooks in reverse, so theirs run after the app
 * starts and before it closes. Read `server.app` inside hooks and tests.
 */
export function useTestApp(options: Omit<TestAppOptions, 'databaseUrl'> = {}): TestServer {
  let database: TestDatabase | undefined;
  let app: App | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp({ ...options, databaseUrl: database.url });
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });
  return {
    get app() {
      if (!app) throw new Error('the app starts in beforeAll: use it inside a hook or a test');
      return app;
    },
    get database() {
      if (!database) throw new Error('the database is made in beforeAll: use it inside a hook or a test');
      return database;
    },
  };
}

/** Polls until `check` passes (it throws until then) or the time runs out, then rethrows its last error. */
export async function eventually<T>(check: () => T | Promise<T>, { timeoutMs = 5_000, intervalMs = 25 } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
