import { Logger as WorkerLogger, run, type Runner } from 'graphile-worker';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import type { Realtime } from '../events/realtime.js';
import { sendDueReminders } from '../modules/meetings/reminders.js';
import { sendAwayNotices } from '../modules/live-sessions/away-notices.js';

/**
 * Background jobs through graphile-worker: its jobs and cron schedule live in
 * Postgres, so every instance may run the worker and each job (and each cron
 * tick) runs once. Tasks must still be idempotent: a crash can repeat one.
 */
export async function startWorker(options: { connectionString: string; orm: MikroORM; realtime: Realtime; logger: Logger }): Promise<Runner> {
  const log = options.logger.child({ component: 'jobs' });
  return run({
    connectionString: options.connectionString,
    concurrency: 2,
    noHandleSignals: true, // the server drains and stops the worker itself
    pollInterval: 2_000,
    logger: new WorkerLogger(() => (level, message) => log[level === 'warning' ? 'warn' : level === 'error' ? 'error' : 'debug'](message)),
    taskList: {
      send_meeting_reminders: async () => {
        const sent = await sendDueReminders(options.orm.em.fork(), options.realtime, new Date());
        if (sent) log.info({ sent }, 'sent meeting reminders');
      },
      send_away_notices: async () => {
        const sent = await sendAwayNotices(options.orm.em.fork(), options.realtime, new Date());
        if (sent) log.info({ sent }, 'told people about messages they missed');
      },
    },
    // Every minute, once across all instances; a missed minute (all down) is not caught up.
    crontab: ['* * * * * send_meeting_reminders', '* * * * * send_away_notices'].join('\n'),
  });
}
