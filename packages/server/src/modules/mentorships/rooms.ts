import type { EntityManager } from '@mikro-orm/postgresql';
import type { Realtime } from '../../events/realtime.js';
import { ACCESS_CHANGED } from '../../events/room-stream.js';
import { boardStream } from '../goal-boards/goal-boards.service.js';
import { sessionStream } from '../live-sessions/live-sessions.service.js';

/** Why a mentorship's rooms closed to its two people. */
export type RoomsClosedReason = 'mentorship.completed' | 'mentorship.cancelled' | 'account.deleted';

/**
 * Closes a mentorship's shared rooms (its live sessions and its goal board)
 * to the people who were in them, inside the transaction `tx` that makes the
 * change: each room's stream gets an `ACCESS_CHANGED` marker, so its
 * subscribers re-check access at exactly that point in the room's order and
 * stop (see `roomStream`). Every change that takes access away calls this.
 */
export async function closeRooms(tx: EntityManager, realtime: Realtime, mentorshipUuids: string[], reason: RoomsClosedReason, actorId: string | null): Promise<void> {
  if (!mentorshipUuids.length) return;
  const placeholders = mentorshipUuids.map(() => '?').join(', ');
  const rooms = await tx.execute<{ kind: 'session' | 'board'; uuid: string }[]>(
    `select 'session' as kind, uuid from live_sessions where mentorship_uuid in (${placeholders})
     union all
     select 'board' as kind, uuid from goal_boards where mentorship_uuid in (${placeholders})`,
    [...mentorshipUuids, ...mentorshipUuids],
  );
  // In stream id order, as group commits lock streams (events/group-commit.ts), so the two cannot deadlock.
  const streamIds = rooms.map((room) => (room.kind === 'session' ? sessionStream(room.uuid) : boardStream(room.uuid))).sort();
  for (const streamId of streamIds) await realtime.append(tx, streamId, ACCESS_CHANGED, { reason }, actorId);
}
