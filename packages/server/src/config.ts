import { hostname } from 'node:os';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/** The repository root, found from this file so it holds for src/ and dist/ alike. */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const port = ({ allowAny = false } = {}) => {
  const range = `must be a port number between ${allowAny ? '0 (any free port)' : 1} and 65535`;
  return z.coerce
    .number({ error: range })
    .int(range)
    .min(allowAny ? 0 : 1, range)
    .max(65535, range);
};

const url = (protocols: string[]) =>
  z
    .string()
    .trim()
    .refine((value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

/** `https://a.example, https://b.example` or `*`: browser origins allowed to call the API cross-origin. */
const origins = z
  .string()
  .transform((value) => value.split(',').map((entry) => entry.trim()).filter(Boolean))
  .pipe(
    z.array(
      z.string().refine((entry) => {
        if (entry === '*') return true;
        try {
          const parsed = new URL(entry);
          return ['http:', 'https:'].includes(parsed.protocol) && parsed.origin === entry.replace(/\/$/, '');
        } catch {
          return false;
        }
      }, 'must be a comma-separated list of origins like https://dashboard.example.org (scheme, host and port only), or *'),
    ),
  );

export const TRUSTED_DOCUMENT_MODES = ['off', 'allow', 'enforce-first-party'] as const;
export type TrustedDocumentMode = (typeof TRUSTED_DOCUMENT_MODES)[number];

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: port({ allowAny: true }).default(4000),
  DATABASE_URL: z.preprocess(emptyAsUndefined, url(['postgres:', 'postgresql:']).optional()),
  REDIS_URL: z.preprocess(emptyAsUndefined, url(['redis:', 'rediss:']).optional()),
  DATA_DIR: z.string().min(1).default(`${repoRoot}.data`),
  EMBEDDED_POSTGRES_PORT: port().default(54329),
  WEB_DIST: z.string().min(1).default(`${repoRoot}packages/web/dist`),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: z.preprocess(emptyAsUndefined, z.stringbool().optional()),
  MIGRATE_ON_START: z.stringbool().default(true),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  INSTANCE_ID: z.string().min(1).max(64).optional(),
  PUBLIC_URL: z.preprocess(emptyAsUndefined, url(['http:', 'https:']).optional()),
  SMTP_URL: z.preprocess(emptyAsUndefined, url(['smtp:', 'smtps:']).optional()),
  MAIL_FROM: z.string().min(3).default('Mentorspace <no-reply@mentorspace.local>'),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  COOKIE_SECURE: z.preprocess(emptyAsUndefined, z.stringbool().optional()),
  SIGN_IN_SLOWDOWN_MS: z.coerce.number().int().min(0).max(10_000).default(250),
  REQUEST_EXPIRY_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  MESSAGE_EDIT_WINDOW_MINUTES: z.coerce.number().int().min(0).max(10_080).default(15),
  SOCKET_AUTH_RECHECK_SECONDS: z.coerce.number().min(0).max(300).default(60),
  JOBS: z.stringbool().default(true),
  RATE_LIMIT_RESTORE_RATE: z.coerce.number().int().min(1).max(1_000_000).default(1_000),
  RATE_LIMIT_BURST: z.coerce.number().int().min(0).max(10_000_000).default(50_000),
  METRICS_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(16, 'must be at least 16 characters').optional()),
  CORS_ORIGINS: origins.default([]),
  GRAPHQL_SUGGESTIONS: z.preprocess(emptyAsUndefined, z.stringbool().optional()),
  TRUSTED_DOCUMENTS: z.enum(TRUSTED_DOCUMENT_MODES).default('allow'),
  REDIS_KEY_PREFIX: z.string().regex(/^[\w.-]{1,64}$/, 'must be letters, digits, dots, dashes or underscores').default('mentorspace'),
  SEED_DEMO: z.stringbool().default(false),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Unset: an embedded Postgres under `dataDir` is started. */
  databaseUrl: string | undefined;
  /** Unset: the in-memory bus, for a single instance. */
  redisUrl: string | undefined;
  dataDir: string;
  embeddedPostgresPort: number;
  webDist: string;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  logPretty: boolean;
  migrateOnStart: boolean;
  shutdownTimeoutMs: number;
  /** Names this process in logs and `serverInfo`, so several replicas can be told apart. */
  instanceId: string;
  /** Where people reach the app; links in mail point here. */
  publicUrl: string;
  /** Unset: mail is written to the log. */
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionTtlDays: number;
  /** Mark the session cookie Secure (on in production). */
  cookieSecure: boolean;
  /** First delay added to a sign-in after repeated failures; it doubles with each further failure. */
  signInSlowdownMs: number;
  /** An unanswered mentorship request expires after this many days. */
  requestExpiryDays: number;
  /** How long after sending a chat message its author may still edit it. */
  messageEditWindowMinutes: number;
  /**
   * An open WebSocket re-checks its session or token at most this often (ms);
   * its operations reuse the last check in between. A revoked one closes the
   * socket (4403) at the next operation after that.
   */
  socketAuthRecheckMs: number;
  /** Run the background job worker (reminders) and the webhook dispatcher in this process. */
  jobs: boolean;
  /** Cost points each caller gets back per second, and the extra burst allowed per minute. */
  rateLimit: { restoreRate: number; burst: number };
  /** Namespaces this deployment's counters in a shared Redis (instances of one deployment share it). */
  redisKeyPrefix: string;
  /** When set, /metrics asks for `Authorization: Bearer <token>`. */
  metricsToken: string | undefined;
  /** Fill an empty database with the demo organisation at start (`pnpm seed` does it on demand). */
  seedDemo: boolean;
  /**
   * Browser origins other than the app's own that may call /graphql: `origins`
   * with their cookies, and with `anyOrigin` every other origin without them.
   */
  cors: { origins: string[]; anyOrigin: boolean };
  /** "Did you mean …" hints in validation errors; off in production, where they map the schema for a prober. */
  graphqlSuggestions: boolean;
  /**
   * The web app's operations (schema/generated/persisted-documents.json):
   * `off` ignores the manifest, `allow` runs its operations by hash, and
   * `enforce-first-party` lets session-cookie requests run nothing else.
   */
  trustedDocuments: TrustedDocumentMode;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment once. A bad value throws one sentence a person can act on. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'configuration');
    const got = env[name];
    throw new ConfigError(
      `Invalid configuration: ${name}${issue.message.startsWith('must') ? ' ' : ': '}${issue.message}${got === undefined ? '' : ` (got ${JSON.stringify(got)})`}.`,
    );
  }
  const v = parsed.data;
  return {
    env: v.NODE_ENV,
    host: v.HOST,
    port: v.PORT,
    databaseUrl: v.DATABASE_URL,
    redisUrl: v.REDIS_URL,
    dataDir: v.DATA_DIR,
    embeddedPostgresPort: v.EMBEDDED_POSTGRES_PORT,
    webDist: v.WEB_DIST,
    logLevel: v.LOG_LEVEL,
    logPretty: v.LOG_PRETTY ?? (v.NODE_ENV === 'development' && Boolean(process.stdout.isTTY)),
    migrateOnStart: v.MIGRATE_ON_START,
    shutdownTimeoutMs: v.SHUTDOWN_TIMEOUT_MS,
    instanceId: v.INSTANCE_ID ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`,
    publicUrl: (v.PUBLIC_URL ?? `http://localhost:${v.PORT || 4000}`).replace(/\/$/, ''),
    smtpUrl: v.SMTP_URL,
    mailFrom: v.MAIL_FROM,
    sessionTtlDays: v.SESSION_TTL_DAYS,
    cookieSecure: v.COOKIE_SECURE ?? v.NODE_ENV === 'production',
    signInSlowdownMs: v.SIGN_IN_SLOWDOWN_MS,
    requestExpiryDays: v.REQUEST_EXPIRY_DAYS,
    messageEditWindowMinutes: v.MESSAGE_EDIT_WINDOW_MINUTES,
    socketAuthRecheckMs: v.SOCKET_AUTH_RECHECK_SECONDS * 1000,
    jobs: v.JOBS,
    rateLimit: { restoreRate: v.RATE_LIMIT_RESTORE_RATE, burst: v.RATE_LIMIT_BURST },
    redisKeyPrefix: v.REDIS_KEY_PREFIX,
    metricsToken: v.METRICS_TOKEN,
    seedDemo: v.SEED_DEMO,
    cors: {
      origins: v.CORS_ORIGINS.filter((entry) => entry !== '*').map((entry) => new URL(entry).origin),
      anyOrigin: v.CORS_ORIGINS.includes('*'),
    },
    graphqlSuggestions: v.GRAPHQL_SUGGESTIONS ?? v.NODE_ENV !== 'production',
    trustedDocuments: v.TRUSTED_DOCUMENTS,
  };
}
