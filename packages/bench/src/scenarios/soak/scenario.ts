import { setTimeout as sleep } from 'node:timers/promises';
import { linearRegression, mean } from 'simple-statistics';
import type { Scenario } from '../../scenario.js';
import { createScratchDatabase } from '@mentorspace/server/testing/services';
import { Instance } from '../../instances.js';
import { Population } from '../../population.js';
import { round, type TargetCheck } from '../../report.js';
import { heapGrowth } from '../../heap-summary.js';
import { runTraffic, type TrafficCounts } from './traffic.js';

const PAIRS = 20;
/** Heap growth allowed from the first to the last minute after warm-up, per instance. */
const FLAT_HEAP_MB = 5;
/**
 * Active handles allowed to differ between the first and the last minute: each
 * instance holds one socket per client (PAIRS of them) plus the bench's HTTP
 * keep-alive connections, and reconnects make that count move.
 */
const FLAT_HANDLES = PAIRS;

type Sample = { seconds: number; rssMb: number; heapMb: number; handles: number };

const mb = (bytes: number) => bytes / 2 ** 20;

/** First vs last window and the slope over the run after warm-up, for one instance. */
function trend(samples: Sample[], windowSeconds: number, warmUpSeconds: number) {
  const settled = samples.filter((s) => s.seconds >= warmUpSeconds);
  const end = samples.at(-1)!.seconds;
  const inFirst = settled.filter((s) => s.seconds < warmUpSeconds + windowSeconds);
  const inLast = settled.filter((s) => s.seconds > end - windowSeconds);
  const [first, last] = [inFirst.length ? inFirst : settled.slice(0, 1), inLast.length ? inLast : settled.slice(-1)];
  const avg = (window: Sample[], key: keyof Sample) => round(mean(window.map((s) => s[key])), 2);
  // MB (or handles) per minute, by least squares over every settled sample.
  const slope = (key: keyof Sample) => round(linearRegression(settled.map((s) => [s.seconds / 60, s[key]])).m, 3);
  return {
    first: { rssMb: avg(first, 'rssMb'), heapMb: avg(first, 'heapMb'), handles: avg(first, 'handles') },
    last: { rssMb: avg(last, 'rssMb'), heapMb: avg(last, 'heapMb'), handles: avg(last, 'handles') },
    slopePerMinute: { rssMb: slope('rssMb'), heapMb: slope('heapMb'), handles: slope('handles') },
  };
}

export const soak: Scenario = {
  name: 'soak',
  title: 'Soak: mixed traffic on two instances',
  fullOnly: true,
  async run({ progress }) {
    // BENCH_SOAK_SECONDS=90 for a dev run; ten minutes by default.
    const seconds = Number(process.env.BENCH_SOAK_SECONDS ?? 600);
    const warmUpSeconds = Math.min(60, seconds / 5);
    const windowSeconds = Math.min(60, seconds / 5);
    // Every 10 s; more often in short dev runs, so each window has samples.
    const sampleEveryMs = Math.min(10_000, (seconds * 1000) / 30);
    const database = await createScratchDatabase('bench');
    const population = await Population.open(database.url, { migrate: true });
    const instances: Instance[] = [];
    const samples: Sample[][] = [[], []];
    let heapGrowthTop: { what: string; count: number; bytes: number }[] | undefined;
    let handleKinds: { afterWarmUp: Record<string, number>[]; atEnd: Record<string, number>[] } | undefined;
    const counts: TrafficCounts = { messages: 0, boardEdits: 0, queries: 0, resubscribes: 0, reconnects: 0, delivered: 0, errors: 0, errorKinds: {} };
    try {
      const pairs = await population.pairs(PAIRS, progress);
      instances.push(await Instance.start({ name: 'soak-a', databaseUrl: database.url }), await Instance.start({ name: 'soak-b', databaseUrl: database.url }));
      const started = performance.now();
      const until = started + seconds * 1000;
      const traffic = runTraffic({ pairs, instanceUrls: [instances[0]!.url, instances[1]!.url], until, counts });
      let running = true;
      void traffic.finally(() => (running = false));
      const sampler = (async () => {
        while (running) {
          const at = (performance.now() - started) / 1000;
          const stats = await Promise.all(instances.map((instance) => instance.statsAfterGc()));
          stats.forEach((s, i) => samples[i]!.push({ seconds: round(at, 1), rssMb: round(mb(s.rssBytes), 2), heapMb: round(mb(s.heapUsedBytes), 2), handles: s.activeHandles }));
          const [a, b] = stats;
          progress.update(
            `${Math.round(at)}/${seconds} s: heap ${round(mb(a!.heapUsedBytes))} / ${round(mb(b!.heapUsedBytes))} MB, handles ${a!.activeHandles} / ${b!.activeHandles}; ` +
              `${counts.messages} messages, ${counts.boardEdits} board edits, ${counts.reconnects} reconnects, ${counts.errors} errors`,
          );
          await Promise.race([sleep(sampleEveryMs), traffic]);
        }
      })();
      // BENCH_SOAK_HEAP=1: what instance 1's heap gained from the end of warm-up to the end, by constructor (for finding out what a slope is).
      // What the handles are, at the end of warm-up and at the end (sockets to Postgres come and go with the pool's load).
      const handlesAfterWarmUp = sleep(warmUpSeconds * 1000).then(() => Promise.all(instances.map(async (instance) => (await instance.statsAfterGc()).handleKinds)));
      const heapAfterWarmUp = process.env.BENCH_SOAK_HEAP === '1'
        ? sleep(warmUpSeconds * 1000).then(async () => { await instances[0]!.statsAfterGc(); return instances[0]!.heapSummary(); })
        : undefined;
      await traffic;
      await sampler;
      handleKinds = { afterWarmUp: await handlesAfterWarmUp, atEnd: await Promise.all(instances.map(async (instance) => (await instance.statsAfterGc()).handleKinds)) };
      if (heapAfterWarmUp) {
        await instances[0]!.statsAfterGc();
        heapGrowthTop = heapGrowth(await heapAfterWarmUp, await instances[0]!.heapSummary(), 15);
      }
    } finally {
      await Promise.all(instances.map((instance) => instance.stop()));
      await population.close();
      await database.drop();
    }

    const trends = samples.map((s) => trend(s, windowSeconds, warmUpSeconds));
    const flat = trends.map((t) => t.last.heapMb - t.first.heapMb <= FLAT_HEAP_MB && Math.abs(t.last.handles - t.first.handles) <= FLAT_HANDLES);
    const targets: TargetCheck[] = [
      ...trends.map((t, i) => ({
        target: `instance ${i + 1}: heap after GC flat (≤ ${FLAT_HEAP_MB} MB growth, first to last minute after warm-up)`,
        actual: `${t.first.heapMb} → ${t.last.heapMb} MB (slope ${t.slopePerMinute.heapMb} MB/min)`,
        met: t.last.heapMb - t.first.heapMb <= FLAT_HEAP_MB,
      })),
      ...trends.map((t, i) => ({
        target: `instance ${i + 1}: active handles flat (±${FLAT_HANDLES})`,
        actual: `${t.first.handles} → ${t.last.handles} (slope ${t.slopePerMinute.handles}/min)`,
        met: Math.abs(t.last.handles - t.first.handles) <= FLAT_HANDLES,
      })),
      { target: 'no errors', actual: `${counts.errors} errors`, met: counts.errors === 0 },
    ];
    return {
      method:
        `${round(seconds / 60, 1)} minutes of mixed traffic on two instances sharing Redis and Postgres: ${PAIRS} pairs, the mentor on one instance and the mentee on the other, ` +
        'each holding graphql-ws subscriptions to their room and board; each pair sends a message about every second, edits its board (creates, moves) every few seconds and reads it every two; ' +
        'a subscription is dropped and resumed after its last seq four times a second, and a client reconnects every second. ' +
        `Each instance's rss, heap (after GC) and active handles are sampled every ${round(sampleEveryMs / 1000)} s; the first ${warmUpSeconds} s are warm-up. ` +
        'Slopes are least-squares fits (simple-statistics) over the settled samples. There is no baseline: the figure is each instance against itself over time.',
      comparisons: [],
      targets,
      tables: [
        {
          title: `First vs last ${windowSeconds} s after warm-up`,
          columns: ['instance', 'rss MB', 'heap MB', 'handles', 'slope rss MB/min', 'slope heap MB/min', 'slope handles/min', 'flat'],
          rows: trends.map((t, i) => [
            i + 1,
            `${t.first.rssMb} → ${t.last.rssMb}`,
            `${t.first.heapMb} → ${t.last.heapMb}`,
            `${t.first.handles} → ${t.last.handles}`,
            t.slopePerMinute.rssMb,
            t.slopePerMinute.heapMb,
            t.slopePerMinute.handles,
            flat[i] ? 'yes' : '**no**',
          ]),
        },
        {
          title: 'Traffic',
          columns: ['messages', 'board edits', 'queries', 'resubscribes', 'reconnects', 'events delivered', 'errors'],
          rows: [[counts.messages, counts.boardEdits, counts.queries, counts.resubscribes, counts.reconnects, counts.delivered, counts.errors]],
        },
      ],
      data: { seconds, pairs: PAIRS, samples, trends, counts, ...(heapGrowthTop ? { heapGrowthTop } : {}) },
      notes: [
        'RSS is shown but not judged: V8 and the allocator keep freed pages, so it settles later than the heap.',
        ...Object.entries(counts.errorKinds).map(([kind, times]) => `Error (${times}×): ${kind}`),
        ...(handleKinds ? [`Active handles by kind, end of warm-up → end: ${handleKinds.atEnd.map((end, i) => `instance ${i + 1}: ${describeKinds(handleKinds!.afterWarmUp[i]!, end)}`).join('; ')}.`] : []),
        ...(heapGrowthTop ? [`Instance 1's heap growth after warm-up (BENCH_SOAK_HEAP=1), top: ${heapGrowthTop.map((g) => `${g.what} ${g.count > 0 ? '+' : ''}${g.count} (${Math.round(g.bytes / 1024)} KB)`).join(', ')}`] : []),
      ],
    };
  },
};

/** "postgres 9 → 12, redis 3 → 3, …" for every kind seen in either. */
function describeKinds(before: Record<string, number>, after: Record<string, number>): string {
  const kinds = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return kinds.map((kind) => `${kind} ${before[kind] ?? 0} → ${after[kind] ?? 0}`).join(', ');
}
