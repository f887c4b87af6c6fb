import { Logger as WorkerLogger, run, type Runner, type TaskList } from 'graphile-worker';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import type { Realtime } from '../events/realtime.js';
import type { Mail, MailSender } from '../mail/mail-sender.js';
import { sendDueReminders } from '../modules/meetings/reminders.js';
import { sendAwayNotices } from '../modules/live-sessions/away-notices.js';
import { sendDueNudges } from '../modules/nudges/nudge-rules.js';
import { NUDGE_MAIL_TASK } from '../modules/nudges/deliver.js';

type WorkerOptions = { orm: MikroORM; realtime: Realtime; mail: MailSender; publicUrl: string };

/** The tasks the worker runs (tests run them too, through graphile-worker's `runOnce`). */
export function taskList(options: WorkerOptions, log: Logger): TaskList {
  return {
    send_meeting_reminders: async () => {
      const sent = await sendDueReminders(options.orm.em.fork(), options.realtime, new Date());
      if (sent) log.info({ sent }, 'sent meeting reminders');
    },
    send_away_notices: async () => {
      const sent = await sendAwayNotices(options.orm.em.fork(), options.realtime, new Date());
      if (sent) log.info({ sent }, 'told people about messages they missed');
    },
    send_nudges: async () => {
      const sent = await sendDueNudges(options.orm.em.fork(), options.realtime, new Date(), { publicUrl: options.publicUrl });
      if (sent) log.info({ sent }, 'sent nudges');
    },
    // Queued by the nudge that needs it, in the nudge's own transaction; graphile-worker retries it on failure.
    [NUDGE_MAIL_TASK]: async (payload) => {
      await options.mail.send(payload as Mail);
    },
  };
}

/**
 * Background jobs through graphile-worker: its jobs and cron schedule live in
 * Postgres, so every instance may run the worker and each job (and each cron
 * tick) runs once. Tasks must still be idempotent: a crash can repeat one.
 */
export async function startWorker(options: WorkerOptions & { connectionString: string; logger: Logger }): Promise<Runner> {
  const log = options.logger.child({ component: 'jobs' });
  return run({
    connectionString: options.connectionString,
    concurrency: 2,
    noHandleSignals: true, // the server drains and stops the worker itself
    pollInterval: 2_000,
    logger: new WorkerLogger(() => (level, message) => log[level === 'warning' ? 'warn' : level === 'error' ? 'error' : 'debug'](message)),
    taskList: taskList(options, log),
    // Each tick runs once across all instances. A tick missed while all are down is not caught up;
    // nudges judge the state at each run, so the next tick sends what became due meanwhile.
    crontab: ['* * * * * send_meeting_reminders', '* * * * * send_away_notices', '*/5 * * * * send_nudges'].join('\n'),
  });
}
