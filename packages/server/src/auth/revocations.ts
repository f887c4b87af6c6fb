import type { EntityManager } from '@mikro-orm/postgresql';
import type { Realtime } from '../events/realtime.js';

/**
 * Where revocations are announced to every instance: a stream of its own, so
 * that an announcement lost by the bus is found in the log with the next one.
 */
export const CREDENTIALS_STREAM = 'system:credentials';
const REVOKED = 'credentials.revoked';

/**
 * Inside the transaction that revokes some of a person's sessions or tokens
 * (or deletes them): once it commits, every instance re-checks that person's
 * open WebSockets at once, and closes those whose credentials no longer work
 * (see `followRevocations`). Every change that revokes calls this.
 */
export async function announceRevocation(tx: EntityManager, realtime: Realtime, userUuid: string): Promise<void> {
  await realtime.append(tx, CREDENTIALS_STREAM, REVOKED, { userUuid }, null);
}

/**
 * Follows the announcements from now on, handing each person's uuid to
 * `onRevoked`, and carries on from where it was after an outage; returns a
 * stop function.
 */
export async function followRevocations(realtime: Realtime, onRevoked: (userUuid: string) => void, onError: (error: unknown) => void): Promise<() => Promise<void>> {
  let stopped = false;
  let after = await realtime.head(CREDENTIALS_STREAM);
  let current: AsyncIterableIterator<unknown> | undefined;
  const done = (async () => {
    while (!stopped) {
      try {
        const announcements = await realtime.subscribe(CREDENTIALS_STREAM, { after });
        current = announcements;
        if (stopped) await announcements.return();
        for await (const item of announcements) {
          if (item.kind !== 'event') continue;
          after = item.event.seq;
          if (item.event.type === REVOKED) onRevoked((item.event.payload as { userUuid: string }).userUuid);
        }
      } catch (error) {
        if (!stopped) onError(error);
      }
      // Ended by an outage (or by the stream closing under it): start again from the last one seen, after a pause.
      if (!stopped) await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  })();
  return async () => {
    stopped = true;
    await current?.return?.();
    await done;
  };
}
