import type { GraphQLContext } from '../graphql/context.js';
import { ApiError, ErrorCode } from '../graphql/errors.js';
import { retryWhileOutage } from '../graphql/outage.js';
import { mapStream } from './map-stream.js';
import { RealtimeError } from './realtime.js';
import { actorGlobalId, toStreamEventType, type StreamEventType } from './stream-event.types.js';

/**
 * Marks, in a room's own order, that who may enter it has changed (its
 * mentorship closed, or one of its two people deleted their account): appended
 * in the same transaction as the change (see `closeRooms`), so every event
 * after it in the stream comes after the change. A room's subscribers re-check
 * access when they reach it; it is never delivered.
 */
export const ACCESS_CHANGED = 'access.changed';

/** Without a marker, live items still re-check access this often: a backstop for a change that forgot its marker. */
export const ROOM_RECHECK_MS = 30_000;

/**
 * A shared room's stream (a live session, a goal board) as the API delivers
 * it, for as long as the viewer may see it. The caller has already checked
 * access before subscribing; after that it is re-checked once per page of
 * replayed events (after the page is read, so everything in it was there
 * while access held), at every access marker, and on live items at least
 * every `ROOM_RECHECK_MS`. Access only ends through a change that appends the
 * marker, so the live path needs no query per delivered event.
 */
export async function roomStream(
  context: GraphQLContext,
  streamId: string,
  after: number,
  stillAllowed: () => Promise<boolean>,
): Promise<AsyncIterableIterator<StreamEventType>> {
  const allowed = () => retryWhileOutage(stillAllowed);
  let items;
  try {
    items = await context.realtime.subscribe(streamId, { after, authorizePage: allowed });
  } catch (error) {
    if (error instanceof RealtimeError && error.code === 'BAD_CURSOR') throw new ApiError(ErrorCode.BAD_CURSOR, error.message);
    throw error;
  }
  let checkedAt = Date.now();
  return mapStream(items, async (item) => {
    const marker = item.kind === 'event' && item.event.type === ACCESS_CHANGED;
    const live = item.kind === 'signal' || item.source === 'live';
    if (marker || (live && Date.now() - checkedAt > ROOM_RECHECK_MS)) {
      checkedAt = Date.now();
      if (!(await allowed())) {
        await items.return();
        return undefined;
      }
    }
    if (marker) return undefined;
    return item.kind === 'event'
      ? toStreamEventType(item.event)
      : { seq: null, type: item.signal.type, payload: item.signal.payload, actorId: actorGlobalId(item.signal.actorId), createdAt: new Date(item.signal.sentAt), ephemeral: true };
  });
}
