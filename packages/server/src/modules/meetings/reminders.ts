import type { EntityManager } from '@mikro-orm/postgresql';
import type { Realtime } from '../../events/realtime.js';
import { Meeting } from './meeting.entity.js';
import { OPEN_MENTORSHIP_STATUSES } from '../mentorships/mentorship.types.js';
import { userStream } from '../notifications/notification-stream.js';
import { occurrencesBetween } from './occurrences.js';

/** How long before a meeting its reminder goes out. */
export const REMINDER_LEAD_MINUTES = 10;

/**
 * Sends "starts in 10 minutes" to both people for every occurrence that
 * starts within the lead time of `now`. Safe to run on every instance at
 * once, and again: the unique reminder row decides who sends, in the same
 * transaction as the notification. Returns how many went out.
 */
export async function sendDueReminders(em: EntityManager, realtime: Realtime, now: Date): Promise<number> {
  const until = new Date(now.getTime() + REMINDER_LEAD_MINUTES * 60_000);
  const meetings = await em.find(Meeting, { cancelledAt: null, mentorship: { status: { $in: OPEN_MENTORSHIP_STATUSES } } }, { populate: ['mentorship'] });
  let sent = 0;
  for (const meeting of meetings) {
    const due = occurrencesBetween(meeting, now, until).filter((o) => !o.cancelled && o.startsAt > now && o.startsAt <= until);
    const mentorship = meeting.mentorship.getEntity();
    for (const occurrence of due) {
      for (const userUuid of [mentorship.mentor.unwrap().uuid, mentorship.mentee.unwrap().uuid]) {
        sent += await em.fork().transactional(async (tx) => {
          const claimed = await tx.execute<{ uuid: string }[]>(
            `insert into meeting_reminders (uuid, meeting_uuid, occurrence_start, user_uuid, sent_at) values (gen_random_uuid(), ?, ?, ?, now())
             on conflict (meeting_uuid, occurrence_start, user_uuid) do nothing returning uuid`,
            [meeting.uuid, occurrence.originalStart, userUuid],
          );
          if (!claimed.length) return 0;
          const minutes = Math.round((occurrence.startsAt.getTime() - now.getTime()) / 60_000);
          await realtime.append(tx, userStream(userUuid), 'meeting.reminder', {
            meetingId: meeting.id,
            title: meeting.title,
            startsAt: occurrence.startsAt.toISOString(),
            videoLink: meeting.videoLink,
            message: `“${meeting.title}” starts in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
          }, null);
          return 1;
        });
      }
    }
  }
  return sent;
}
