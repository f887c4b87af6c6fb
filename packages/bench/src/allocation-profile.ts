import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

/**
 * Samples where this process allocates, including what garbage collection
 * has since freed (Node's `--heap-prof` keeps only what is still alive at
 * exit, which says nothing about GC pressure). Returns a function that
 * writes the profile (`.heapprofile`, for Chrome's DevTools or a script).
 */
export async function startAllocationProfile(dir: string, name: string): Promise<() => Promise<void>> {
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 16 * 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  return async () => {
    const { profile } = await session.post('HeapProfiler.stopSampling');
    session.disconnect();
    await writeFile(join(dir, `${name}.${process.pid}.heapprofile`), JSON.stringify(profile));
  };
}
