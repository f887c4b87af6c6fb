import type { EntityManager } from '@mikro-orm/postgresql';
import type { Realtime } from '../../events/realtime.js';
import type { Mail } from '../../mail/mail-sender.js';
import { userStream } from '../notifications/notification-stream.js';
import { NOTIFICATION_TYPE, type NudgeKind } from './nudge.types.js';

/** One reminder to one person about one thing on one occasion. */
export type Nudge = {
  kind: NudgeKind;
  /** The request, mentorship or milestone it is about. */
  subjectUuid: string;
  recipientUuid: string;
  /** The occasion (a due date, a last session): a new occasion is a new reminder. */
  periodKey: string;
  /** A sentence for the person. */
  message: string;
  /** Where in the web app to act on it, e.g. `/requests`. */
  path: string;
  /** Ids and facts for clients; `message` and `path` are added. */
  payload: Record<string, unknown>;
};

export const NUDGE_MAIL_TASK = 'send_nudge_mail';

/**
 * Sends each nudge once, whichever instances run this at the same time: the
 * claim row (unique per kind, subject, recipient and occasion) and the
 * notification are written in one transaction, so only the instance whose
 * insert wins sends it, and a rollback takes both back. Muted kinds are
 * skipped without a claim. Mail, for those who opted in with a verified
 * address, is queued as a graphile-worker job in that same transaction: it
 * goes out (with retries) exactly when the notification does.
 * Returns how many nudges this call sent.
 */
export async function deliverNudges(em: EntityManager, realtime: Realtime, nudges: Nudge[], options: { publicUrl: string }): Promise<number> {
  if (!nudges.length) return 0;
  const recipients = [...new Set(nudges.map((nudge) => nudge.recipientUuid))];
  const people = await em.execute<{ uuid: string; email: string; verified: boolean; muted_kinds: string[] | null; wants_mail: boolean | null }[]>(
    `select u.uuid, u.email, u.email_verified_at is not null as verified, p.muted_kinds, p.email as wants_mail
       from users u left join nudge_preferences p on p.user_uuid = u.uuid
      where u.uuid in (select jsonb_array_elements_text(?::jsonb)::uuid)`,
    [JSON.stringify(recipients)],
  );
  const byUuid = new Map(people.map((person) => [person.uuid, person]));
  let sent = 0;
  for (const nudge of nudges) {
    const person = byUuid.get(nudge.recipientUuid);
    if (!person || person.muted_kinds?.includes(nudge.kind)) continue;
    sent += await em.fork().transactional(async (tx) => {
      const claimed = await tx.execute<{ uuid: string }[]>(
        `insert into nudges_sent (uuid, kind, subject_uuid, recipient_uuid, period_key, sent_at) values (gen_random_uuid(), ?, ?, ?, ?, now())
         on conflict (kind, subject_uuid, recipient_uuid, period_key) do nothing returning uuid`,
        [nudge.kind, nudge.subjectUuid, nudge.recipientUuid, nudge.periodKey],
      );
      if (!claimed.length) return 0;
      await realtime.append(tx, userStream(nudge.recipientUuid), NOTIFICATION_TYPE[nudge.kind], { ...nudge.payload, kind: nudge.kind, message: nudge.message, path: nudge.path }, null);
      if (person.wants_mail && person.verified) {
        const mail: Mail = {
          to: person.email,
          subject: `Mentorspace: ${nudge.message.length > 70 ? `${nudge.message.slice(0, 69)}…` : nudge.message}`,
          text: `${nudge.message}\n\n${options.publicUrl}${nudge.path}\n\nChoose which reminders you get, and whether by mail: ${options.publicUrl}/settings`,
        };
        await tx.execute(`select graphile_worker.add_job(?, ?::json, max_attempts => 5)`, [NUDGE_MAIL_TASK, JSON.stringify(mail)]);
      }
      return 1;
    });
  }
  return sent;
}
