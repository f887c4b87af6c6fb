import 'reflect-metadata';
import { Population, type Pair } from '../../population.js';

// Fills its share of the chat scenario's pairs in its own process (see populate.ts).

process.once('message', async ({ databaseUrl, count }: { databaseUrl: string; count: number }) => {
  const population = await Population.open(databaseUrl);
  try {
    const pairs: Pair[] = [];
    while (pairs.length < count) {
      const slice = await population.pairs(Math.min(25, count - pairs.length));
      pairs.push(...slice);
      process.send!({ created: slice.length });
    }
    process.send!({ pairs });
  } catch (error) {
    process.send!({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  } finally {
    await population.close();
  }
});
process.on('disconnect', () => process.exit(0));
