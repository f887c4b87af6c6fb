import { forkWorker } from '../../fork-worker.js';
import { Population, type Pair } from '../../population.js';
import type { Progress } from '../../progress.js';

const WORKER_ENTRY = new URL('./populate-worker.ts', import.meta.url).pathname;

/**
 * `count` pairs, filled through the server's services (Population) by several
 * processes at once: one process fills only about 17 pairs a second, most of
 * it the ORM's own CPU time. Migrates first.
 */
export async function populate(databaseUrl: string, count: number, progress: Progress, processes = 4): Promise<Pair[]> {
  await (await Population.open(databaseUrl, { migrate: true })).close();
  const share = Math.ceil(count / processes);
  let created = 0;
  const parts = await Promise.all(
    Array.from({ length: processes }, (_, i) => Math.max(0, Math.min(share, count - i * share))).map(
      (wanted) =>
        new Promise<Pair[]>((resolve, reject) => {
          if (wanted === 0) return resolve([]);
          const child = forkWorker(WORKER_ENTRY);
          child.on('message', (message: { created?: number; pairs?: Pair[]; error?: string }) => {
            if (message.created) progress.update(`created ${(created += message.created)}/${count} pairs`);
            if (message.pairs) {
              resolve(message.pairs);
              child.disconnect();
            }
            if (message.error) reject(new Error(`populating: ${message.error}`));
          });
          child.on('exit', (code) => reject(new Error(`a populating process exited with ${code}`)));
          child.send({ databaseUrl, count: wanted });
        }),
    ),
  );
  return parts.flat();
}
