import { isDeepStrictEqual } from 'node:util';
import { createScratchDatabase } from '@mentorspace/server/testing/services';
import { Instance } from '../../instances.js';
import { Latencies, type LatencySummary } from '../../latency.js';
import { Population } from '../../population.js';
import { ratio, round, type Comparison, type Table } from '../../report.js';
import type { Scenario } from '../../scenario.js';
import { boardQuery } from './board-query.js';
import { closedLoop, fetchOnce } from './closed-loop.js';
import { fillBoard, type BoardFill } from './fill-board.js';

const SIZES = [10, 50, 200];

const CONCURRENCY = 8;

type Side = { requestsPerSecond: number; latency: LatencySummary; sqlPerRequest: number; failures: number; cpuMsPerRequest: number };
type SizeResult = BoardFill & { responseKb: number; mentorspace: Side; baseline: Side };

/**
 * The board screen's query against boards of 10, 50 and 200 goals: the
 * built server (Apollo + type-graphql + MikroORM) and, in the same process
 * on the same Postgres pool, plain graphql-js with hand-written resolvers
 * (plain-board.ts). Both are driven by the same closed-loop client, in
 * alternating rounds so that the machine's noise falls on both alike.
 */
export const boardScenario: Scenario = {
  name: 'board',
  title: 'Board query',
  async run({ mode, progress }) {
    const rounds = mode === 'full' ? 3 : 2;
    const secondsPerRound = mode === 'full' ? 5 : 2;
    // Long enough for the JIT: a 1 s warm-up left the first size measuring a cold process.
    const warmUpSeconds = mode === 'full' ? 5 : 3;
    const database = await createScratchDatabase('bench');
    const population = await Population.open(database.url, { migrate: true });
    const instance = await Instance.start({ name: 'board', databaseUrl: database.url, env: { BENCH_PLAIN_BOARD: '1' } });
    try {
      const plainUrl = instance.baselines.plainBoard;
      if (!plainUrl) throw new Error('the instance did not start the plain board baseline');
      const query = boardQuery();
      // BENCH_BOARD_SIZES=10 measures only the smallest board (for profiling one size).
      const sizes = process.env.BENCH_BOARD_SIZES?.split(',').map(Number).filter((goals) => goals > 0) ?? SIZES;
      const pairs = await population.pairs(sizes.length, progress);
      // The boards are written at once (each has its own stream), then measured one by one.
      const fills = await Promise.all(sizes.map((goals, index) => fillBoard(population, pairs[index]!, goals, progress)));
      progress.log(`filled boards of ${sizes.join(', ')} goals`);
      const results: SizeResult[] = [];
      for (const [index, goals] of sizes.entries()) {
        const pair = pairs[index]!;
        const fill = fills[index]!;
        const body = JSON.stringify({ query, operationName: 'GoalBoard', variables: { id: pair.mentorshipId } });
        const sides = { mentorspace: `${instance.url}/graphql`, baseline: plainUrl };

        // Both answer the same, or the comparison means nothing.
        const [ours, theirs] = await Promise.all([fetchOnce(sides.mentorspace, pair.mentee.token, body), fetchOnce(sides.baseline, pair.mentee.token, body)]);
        if (ours.errors || theirs.errors || !isDeepStrictEqual(ours.data, theirs.data)) {
          throw new Error(`the two sides answer differently for ${goals} goals:\n${JSON.stringify(ours).slice(0, 1500)}\n---\n${JSON.stringify(theirs).slice(0, 1500)}`);
        }
        const responseKb = round(Buffer.byteLength(JSON.stringify(ours)) / 1024);

        const totals = {
          mentorspace: { requests: 0, failures: 0, seconds: 0, sql: 0, cpuMicros: 0, latencies: new Latencies() },
          baseline: { requests: 0, failures: 0, seconds: 0, sql: 0, cpuMicros: 0, latencies: new Latencies() },
        };
        for (const side of ['mentorspace', 'baseline'] as const) {
          progress.update(`${goals} goals: warming up ${side}`);
          await closedLoop({ url: sides[side], token: pair.mentee.token, body, concurrency: CONCURRENCY, seconds: warmUpSeconds });
        }
        for (let round_ = 1; round_ <= rounds; round_++) {
          for (const side of ['mentorspace', 'baseline'] as const) {
            progress.update(`${goals} goals: round ${round_}/${rounds}, ${side}`);
            const total = totals[side];
            const before = await instance.stats();
            const run = await closedLoop({ url: sides[side], token: pair.mentee.token, body, concurrency: CONCURRENCY, seconds: secondsPerRound, latencies: total.latencies });
            const after = await instance.stats();
            if (run.failures) throw new Error(`${side}: ${run.failures} failed requests, first: ${run.firstFailure}`);
            total.requests += run.requests;
            total.failures += run.failures;
            total.seconds += run.seconds;
            total.sql += after.sqlStatements - before.sqlStatements;
            total.cpuMicros += after.cpuMicros - before.cpuMicros;
          }
        }
        const side = (total: (typeof totals)['mentorspace']): Side => ({
          requestsPerSecond: round(total.requests / total.seconds),
          latency: total.latencies.summary(),
          sqlPerRequest: round(total.sql / total.requests, 2),
          failures: total.failures,
          cpuMsPerRequest: round(total.cpuMicros / 1000 / total.requests, 2),
        });
        const result = { ...fill, responseKb, mentorspace: side(totals.mentorspace), baseline: side(totals.baseline) };
        results.push(result);
        progress.log(
          `${goals} goals: ${result.mentorspace.requestsPerSecond} vs ${result.baseline.requestsPerSecond} req/s (${ratio(result.mentorspace.requestsPerSecond, result.baseline.requestsPerSecond)}×), ` +
            `p99 ${result.mentorspace.latency.p99} vs ${result.baseline.latency.p99} ms, SQL/request ${result.mentorspace.sqlPerRequest} vs ${result.baseline.sqlPerRequest}`,
        );
      }
      return report(results, { rounds, secondsPerRound, warmUpSeconds });
    } finally {
      await instance.stop();
      await population.close();
      await database.drop();
    }
  },
};

function report(results: SizeResult[], run: { rounds: number; secondsPerRound: number; warmUpSeconds: number }) {
  const comparisons: Comparison[] = results.flatMap((r) => [
    { what: `${r.goals} goals: throughput`, measured: r.mentorspace.requestsPerSecond, baseline: r.baseline.requestsPerSecond, unit: 'req/s', ratio: ratio(r.mentorspace.requestsPerSecond, r.baseline.requestsPerSecond) },
    // Lower is better: the ratio is baseline / measured.
    { what: `${r.goals} goals: p99 (ratio baseline/ours)`, measured: r.mentorspace.latency.p99, baseline: r.baseline.latency.p99, unit: 'ms', ratio: ratio(r.baseline.latency.p99, r.mentorspace.latency.p99) },
  ]);
  const table: Table = {
    title: 'Per board size (Mentorspace | plain graphql-js)',
    columns: ['goals (archived)', 'milestones', 'response', 'req/s', 'ratio', 'p50 ms', 'p99 ms', 'SQL/request', 'CPU ms/request'],
    rows: results.map((r) => [
      `${r.goals} (${r.archived})`,
      r.milestones,
      `${r.responseKb} KB`,
      `${r.mentorspace.requestsPerSecond} | ${r.baseline.requestsPerSecond}`,
      `${ratio(r.mentorspace.requestsPerSecond, r.baseline.requestsPerSecond)}×`,
      `${r.mentorspace.latency.p50} | ${r.baseline.latency.p50}`,
      `${r.mentorspace.latency.p99} | ${r.baseline.latency.p99}`,
      `${r.mentorspace.sqlPerRequest} | ${r.baseline.sqlPerRequest}`,
      `${r.mentorspace.cpuMsPerRequest} | ${r.baseline.cpuMsPerRequest}`,
    ]),
  };
  const sql = results.map((r) => r.mentorspace.sqlPerRequest);
  const ratios = results.map((r) => ratio(r.mentorspace.requestsPerSecond, r.baseline.requestsPerSecond));
  return {
    method:
      `The web app's GoalBoard query (schema/operations/goal-board.graphql) over HTTP with a bearer token, ${CONCURRENCY} requests in flight, ` +
      `${run.rounds} alternating rounds of ${run.secondsPerRound} s per side and size after a ${run.warmUpSeconds} s warm-up. Baseline: plain graphql-js execute with ` +
      'hand-written resolvers over SQL on a bare node:http server, in the same process and on the same connection pool; both answers are checked equal first. ' +
      'SQL statements and CPU per request are the instance process\'s own counts (knex query events, process.cpuUsage).',
    comparisons,
    targets: [
      {
        target: 'SQL statements per request constant in board size',
        actual: results.map((r) => `${r.goals}: ${r.mentorspace.sqlPerRequest}`).join(', '),
        // The token's last-used stamp adds a statement now and then: allow less than one per request.
        met: Math.max(...sql) - Math.min(...sql) < 1,
      },
      {
        target: 'throughput ≥ 0.9× plain graphql-js, each size',
        actual: results.map((r, i) => `${r.goals}: ${ratios[i]}×`).join(', '),
        met: ratios.every((r) => r >= 0.9),
      },
    ],
    tables: [table],
    data: { concurrency: CONCURRENCY, ...run, sizes: results },
    notes: notes(results),
  };
}

/** CPU per request as a fixed part plus a part per goal (a line through the smallest and largest board), for each side. */
function notes(results: SizeResult[]): string[] {
  const [small, large] = [results[0]!, results.at(-1)!];
  const line = (cpu: (r: SizeResult) => number) => {
    const perGoal = (cpu(large) - cpu(small)) / (large.goals - small.goals);
    return { fixed: round(cpu(small) - perGoal * small.goals, 1), perGoal: round(perGoal * 1000, 0) };
  };
  const ours = line((r) => r.mentorspace.cpuMsPerRequest);
  const theirs = line((r) => r.baseline.cpuMsPerRequest);
  // One size (BENCH_BOARD_SIZES) draws no line.
  const cpu =
    results.length > 1
      ? `CPU per request ≈ ${ours.fixed} ms + ${ours.perGoal} µs per goal for Mentorspace, ${theirs.fixed} ms + ${theirs.perGoal} µs per goal for the baseline`
      : `CPU per request at ${small.goals} goals: ${small.mentorspace.cpuMsPerRequest} ms for Mentorspace, ${small.baseline.cpuMsPerRequest} ms for the baseline`;
  return [
    `${cpu} ` +
      '(instance process, both sides of one run). The fixed part is the HTTP stack (express, security headers, request log, Apollo, cost and rate limit) and the ORM\'s ' +
      'per-statement work; the per-goal part is GraphQL executing each goal\'s and milestone\'s fields (the rows themselves come from the board\'s snapshot). ' +
      'BENCH_CPU_PROFILE_DIR=dir writes the instance\'s CPU profile.',
    'Mentorspace\'s statements per board request while the board is unchanged: the token with its user, the mentorship, the board, its stream head, and the goals\' owners. ' +
      'Lanes, goals (live and archived), milestones and the activity feed come from the board\'s snapshot at that head (BoardSnapshots), read again, in three or four more statements, only once the head has moved. ' +
      'The baseline reads everything every time, joining owners into its goals query and reading the board\'s milestones at once. ' +
      'Fractions above a whole number are the token\'s last-used stamp and the job runner\'s polls in the same process.',
  ];
}
