import type { EntityManager } from '@mikro-orm/postgresql';
import type { Realtime } from '../../events/realtime.js';
import { globalId } from '../../graphql/relay/node.js';
import { OPEN_MENTORSHIP_STATUSES } from '../mentorships/mentorship.types.js';
import { userStream } from '../notifications/notification-stream.js';

/** How long a message may sit unread before its recipient is told they missed it. */
export const AWAY_NOTICE_DELAY_MINUTES = 2;
/** Messages older than this are never announced: the notice is about a conversation, not an archive. */
const LOOKBACK_HOURS = 24;

type Missed = { session_uuid: string; title: string; recipient_uuid: string; unread: number; last_seq: number; last_author: string | null };

/**
 * "Ana sent you 3 messages in 'Weekly check-in'": for each person with
 * messages from their partner that have stayed unread for the delay (they
 * were not in the room to see them), one notification per batch.
 *
 * Someone in the room marks messages read as they arrive, so they are never
 * told. A batch is claimed by moving the reader's `away_noticed_seq` forward
 * in the same transaction as the notification, so every instance may run
 * this at once and each batch is announced once. Returns how many went out.
 */
export async function sendAwayNotices(em: EntityManager, realtime: Realtime, now: Date): Promise<number> {
  const missed = await em.getConnection().execute<Missed[]>(
    `select s.uuid as session_uuid, s.title, p.user_uuid as recipient_uuid,
            count(*)::int as unread, max(m.seq) as last_seq,
            (array_agg(a.display_name order by m.seq desc))[1] as last_author
       from live_sessions s
       join mentorships ms on ms.uuid = s.mentorship_uuid
                          and ms.status in (select jsonb_array_elements_text(?::jsonb))
       cross join lateral (values (ms.mentor_uuid), (ms.mentee_uuid)) as p(user_uuid)
       join messages m on m.session_uuid = s.uuid
                      and m.author_uuid is distinct from p.user_uuid
                      and m.deleted_at is null
                      and m.created_at > ?::timestamptz - make_interval(hours => ?)
       left join users a on a.uuid = m.author_uuid
       left join live_session_read_markers r on r.session_uuid = s.uuid and r.user_uuid = p.user_uuid
      where m.seq > greatest(coalesce(r.last_read_seq, 0), coalesce(r.away_noticed_seq, 0))
      group by s.uuid, s.title, p.user_uuid
     having min(m.created_at) <= ?::timestamptz - make_interval(mins => ?)`,
    [JSON.stringify(OPEN_MENTORSHIP_STATUSES), now.toISOString(), LOOKBACK_HOURS, now.toISOString(), AWAY_NOTICE_DELAY_MINUTES],
  );
  let sent = 0;
  for (const batch of missed) {
    sent += await em.fork().transactional(async (tx) => {
      const claimed = await tx.execute<{ uuid: string }[]>(
        `insert into live_session_read_markers (uuid, session_uuid, user_uuid, last_read_seq, away_noticed_seq)
         values (gen_random_uuid(), ?, ?, 0, ?)
         on conflict (session_uuid, user_uuid) do update set away_noticed_seq = excluded.away_noticed_seq
          where live_session_read_markers.away_noticed_seq < excluded.away_noticed_seq
            and live_session_read_markers.last_read_seq < excluded.away_noticed_seq
         returning uuid`,
        [batch.session_uuid, batch.recipient_uuid, batch.last_seq],
      );
      if (!claimed.length) return 0;
      const from = batch.last_author ?? 'Your partner';
      const count = batch.unread === 1 ? 'a message' : `${batch.unread} messages`;
      await realtime.append(tx, userStream(batch.recipient_uuid), 'messages.missed', {
        sessionId: globalId('LiveSession', batch.session_uuid),
        title: batch.title,
        count: batch.unread,
        actorName: from,
        message: `${from} sent you ${count} in “${batch.title}”.`,
      }, null);
      return 1;
    });
  }
  return sent;
}
