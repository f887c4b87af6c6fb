import { MemoryBus } from '@mentorspace/server/dist/events/memory-bus.js';
import { Realtime } from '@mentorspace/server/dist/events/realtime.js';
import { User } from '@mentorspace/server/dist/modules/accounts/user.entity.js';
import type { Population, Pair } from '../../population.js';

const BATCH = 500;

/**
 * Fills a room's stream with `count` chat events the client will have
 * missed. The first message goes through the messages service, so the
 * events carry the real payload shape; the rest repeat it through
 * `Realtime.append` in large transactions (sending 10,000 messages one by one
 * would take longer than the replay it sets up). Returns the seq the client
 * had seen (before the missed ones) and the head.
 */
export async function writeMissedEvents(population: Population, pair: Pair, count: number, onProgress?: (written: number) => void): Promise<{ after: number; head: number }> {
  const em = population.database.orm.em.fork();
  const mentor = await em.findOneOrFail(User, { uuid: pair.mentor.userUuid });
  const sent = await population.services.messages.send(em, mentor, { sessionId: pair.sessionId, body: 'seen before the drop', clientMutationId: `seen-${pair.sessionId}` });
  if (!sent.ok) throw new Error(`sending failed: ${JSON.stringify(sent.userErrors)}`);
  const [seen] = await em.execute<{ seq: string; type: string; payload: Record<string, unknown> }[]>(
    'select seq, type, payload from stream_events where stream_id = ? order by seq desc limit 1',
    [pair.sessionStream],
  );
  const after = Number(seen!.seq);
  const realtime = new Realtime({ bus: new MemoryBus(), em: population.database.orm.em, instanceId: 'bench-replay-writer' });
  for (let written = 0; written < count; written += BATCH) {
    await population.database.orm.em.fork().transactional(async (tx) => {
      for (let i = written; i < Math.min(count, written + BATCH); i++) {
        await realtime.append(tx, pair.sessionStream, seen!.type, { ...seen!.payload, body: `missed message ${i + 1}` }, pair.mentor.userUuid);
      }
    });
    onProgress?.(Math.min(count, written + BATCH));
  }
  return { after, head: after + count };
}
