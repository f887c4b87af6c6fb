import 'reflect-metadata';
import { Socket } from 'node:net';
import { PerformanceObserver } from 'node:perf_hooks';
import { createApp } from '@mentorspace/server/dist/app.js';
import { loadConfig } from '@mentorspace/server/dist/config.js';
import { createLogger } from '@mentorspace/server/dist/logger.js';

// One benchmarked server instance: the built app, as `pnpm start` runs it,
// plus what only a benchmark needs, in the same process: a count of SQL
// statements and readings of its own memory and CPU, asked for over IPC.
// Scenarios add their baselines here too, so both sides share one process.

export type HostRequest = { id: number; type: 'stats' } | { id: number; type: 'gc' } | { id: number; type: 'heap' };
export type HostStats = {
  rssBytes: number;
  heapUsedBytes: number;
  /** CPU time used so far, user + system. */
  cpuMicros: number;
  /** Time spent in garbage-collection pauses so far, and how many of them took 10 ms or more. */
  gcPauseMs: number;
  longGcPauses: number;
  sqlStatements: number;
  activeHandles: number;
  /** The active handles by what they are: sockets by their far end (Postgres, Redis, a client), servers, others by class. */
  handleKinds: Record<string, number>;
};

// BENCH_HEAP_PROFILE_DIR=dir: each instance writes where it allocated there when it stops (for finding out, not timed runs).
const writeAllocationProfile = process.env.BENCH_HEAP_PROFILE_DIR
  ? await (await import('./allocation-profile.js')).startAllocationProfile(process.env.BENCH_HEAP_PROFILE_DIR, process.env.INSTANCE_ID ?? 'instance')
  : undefined;

const config = loadConfig();
const logger = createLogger(config);
const app = await createApp(config, { logger });

// The chat scenario's baseline relay, in this same process (scenarios/chat/raw-relay.ts).
if (process.env.BENCH_RAW_RELAY_PORT && config.redisUrl) {
  const { startRawRelay } = await import('./scenarios/chat/raw-relay.js');
  await startRawRelay({ port: Number(process.env.BENCH_RAW_RELAY_PORT), redisUrl: config.redisUrl, instanceId: config.instanceId, logger });
}

let gcPauseMs = 0;
let longGcPauses = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gcPauseMs += entry.duration;
    if (entry.duration >= 10) longGcPauses++;
  }
}).observe({ entryTypes: ['gc'] });

let sqlStatements = 0;
app.orm.em
  .getConnection()
  .getKnex()
  .on('query', () => {
    sqlStatements++;
  });

const databasePort = Number(new URL(config.databaseUrl ?? 'postgres://localhost:5432').port || 5432);
const redisPort = Number(new URL(config.redisUrl ?? 'redis://localhost:6379').port || 6379);
function handleKind(handle: unknown): string {
  if (handle instanceof Socket) {
    if (handle.remotePort === databasePort) return 'postgres';
    if (handle.remotePort === redisPort) return 'redis';
    return handle.remotePort ? 'client' : 'socket (unconnected)';
  }
  return (handle as object).constructor?.name ?? 'unknown';
}

const stats = (): HostStats => {
  const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles();
  const handleKinds: Record<string, number> = {};
  for (const handle of handles) handleKinds[handleKind(handle)] = (handleKinds[handleKind(handle)] ?? 0) + 1;
  const memory = process.memoryUsage();
  const cpu = process.cpuUsage();
  return {
    rssBytes: memory.rss,
    heapUsedBytes: memory.heapUsed,
    cpuMicros: cpu.user + cpu.system,
    gcPauseMs,
    longGcPauses,
    sqlStatements,
    activeHandles: handles.length,
    handleKinds,
  };
};

process.on('message', async (request: HostRequest) => {
  if (request.type === 'heap') {
    globalThis.gc?.();
    process.send!({ id: request.id, heap: await (await import('./heap-summary.js')).heapSummary() });
    return;
  }
  if (request.type === 'gc') globalThis.gc?.();
  process.send!({ id: request.id, stats: stats() });
});

// Baselines a scenario asked for (by environment), in this process, beside the app: name → URL.
const baselines: Record<string, string> = {};
if (process.env.BENCH_PLAIN_BOARD === '1') {
  const { startPlainBoard } = await import('./scenarios/board/plain-board.js');
  baselines.plainBoard = await startPlainBoard(app);
}
if (process.env.BENCH_RAW_SOCKETS === '1') {
  baselines.rawSockets = await (await import('./raw-socket-server.js')).startRawSocketServer(app);
}

process.send!({ ready: app.url, baselines });

const stop = () => {
  app.close().then(() => writeAllocationProfile?.()).then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
