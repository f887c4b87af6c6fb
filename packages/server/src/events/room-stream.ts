import type { GraphQLContext } from '../graphql/context.js';
import { ApiError, ErrorCode } from '../graphql/errors.js';
import { retryWhileOutage } from '../graphql/outage.js';
import { mapStream } from './map-stream.js';
import { RealtimeError } from './realtime.js';
import { actorGlobalId, toStreamEventType, type StreamEventType } from './stream-event.types.js';

/** Signals (presence, typing) re-check access at most this often; stored events more strictly (below). */
export const SIGNAL_RECHECK_MS = 2_000;

/**
 * A shared room's stream (a live session, a goal board) as the API delivers
 * it, for as long as the viewer may see it. Access is re-checked all along so
 * that someone who leaves the mentorship stops receiving: once per page of
 * replayed events (after it is read, so everything in it was there when access
 * held), on every live event, and on signals every few seconds. The caller has
 * already checked access once before subscribing.
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
    const live = item.kind === 'signal' || item.source === 'live';
    if (live && (item.kind === 'event' || Date.now() - checkedAt > SIGNAL_RECHECK_MS)) {
      checkedAt = Date.now();
      if (!(await allowed())) {
        await items.return();
        return undefined;
      }
    }
    return item.kind === 'event'
      ? toStreamEventType(item.event)
      : { seq: null, type: item.signal.type, payload: item.signal.payload, actorId: actorGlobalId(item.signal.actorId), createdAt: new Date(item.signal.sentAt), ephemeral: true };
  });
}
