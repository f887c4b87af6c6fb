import { Population, type Pair } from '../../population.js';
import type { Progress } from '../../progress.js';

/**
 * `count` pairs, filled by several Populations at once (each with its own
 * connection pool), since one fills only about 17 pairs a second. Migrates first.
 */
export async function populate(databaseUrl: string, count: number, progress: Progress, parallel = 4): Promise<Pair[]> {
  const first = await Population.open(databaseUrl, { migrate: true });
  const populations = [first, ...(await Promise.all(Array.from({ length: parallel - 1 }, () => Population.open(databaseUrl))))];
  try {
    const share = Math.ceil(count / parallel);
    let created = 0;
    const parts = await Promise.all(
      populations.map(async (population, i) => {
        const wanted = Math.max(0, Math.min(share, count - i * share));
        const pairs: Pair[] = [];
        // In slices, so the progress line moves.
        while (pairs.length < wanted) {
          const slice = await population.pairs(Math.min(25, wanted - pairs.length));
          pairs.push(...slice);
          created += slice.length;
          progress.update(`created ${created}/${count} pairs`);
        }
        return pairs;
      }),
    );
    return parts.flat();
  } finally {
    await Promise.all(populations.map((population) => population.close()));
  }
}
