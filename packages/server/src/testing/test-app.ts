import { createApp, type App } from '../app.js';
import { loadConfig } from '../config.js';
import type { MailSender } from '../mail/mail-sender.js';

/**
 * Starts the real app (the same `createApp` production uses) on a free port
 * against the given database and, optionally, Redis.
 */
export async function startTestApp(options: {
  databaseUrl: string;
  redisUrl?: string;
  instanceId?: string;
  env?: Record<string, string>;
  mailSender?: MailSender;
}): Promise<App> {
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
