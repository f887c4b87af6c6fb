import { fork, type ChildProcess } from 'node:child_process';
import { TS_LOADER } from './fork-worker.js';
import { TEST_REDIS_URL } from '@mentorspace/server/testing/services';
import type { HostRequest, HostStats } from './host.js';
import type { HeapSummary } from './heap-summary.js';

const HOST_ENTRY = new URL('./host.ts', import.meta.url).pathname;

/** One built server instance in its own process (see host.ts). */
export class Instance {
  private nextId = 1;
  private readonly waiting = new Map<number, (answer: never) => void>();
  private readonly log: string[] = [];

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    /** URLs of baselines host.ts started in the same process (by environment), by name. */
    readonly baselines: Record<string, string>,
  ) {
    child.on('message', (message: { id?: number; stats?: HostStats; heap?: HeapSummary }) => {
      const answer = message.stats ?? message.heap;
      if (message.id && answer) {
        this.waiting.get(message.id)?.(answer as never);
        this.waiting.delete(message.id);
      }
    });
  }

  static async start(options: {
    name: string;
    databaseUrl: string;
    redis?: boolean;
    migrate?: boolean;
    env?: Record<string, string>;
  }): Promise<Instance> {
    const child = fork(HOST_ENTRY, [], {
      // BENCH_CPU_PROFILE_DIR=/tmp/prof: each instance writes a .cpuprofile there when it stops (for finding out, not timed runs).
      execArgv: [...TS_LOADER, '--expose-gc', ...(process.env.BENCH_CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE_DIR}`] : [])],
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: '0',
        DATABASE_URL: options.databaseUrl,
        ...(options.redis === false ? {} : { REDIS_URL: TEST_REDIS_URL }),
        INSTANCE_ID: options.name,
        MIGRATE_ON_START: String(options.migrate ?? false),
        LOG_LEVEL: 'warn',
        // The benchmark's clients all come from one address: budgets per caller would stop them, not the server.
        RATE_LIMIT_RESTORE_RATE: '1000000',
        RATE_LIMIT_BURST: '1000000',
        SHUTDOWN_TIMEOUT_MS: '3000',
        // See host.ts: where the instance allocates, written when it stops.
        ...(process.env.BENCH_HEAP_PROFILE_DIR ? { BENCH_HEAP_PROFILE_DIR: process.env.BENCH_HEAP_PROFILE_DIR } : {}),
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const log: string[] = [];
    for (const stream of [child.stdout!, child.stderr!]) {
      stream.setEncoding('utf8').on('data', (chunk: string) => {
        log.push(...chunk.split('\n').filter(Boolean));
        if (log.length > 100) log.splice(0, log.length - 100);
      });
    }
    const { url, baselines } = await new Promise<{ url: string; baselines: Record<string, string> }>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`${options.name} exited with ${code} while starting:\n${log.join('\n')}`)));
      child.on('message', (message: { ready?: string; baselines?: Record<string, string> }) => {
        if (message.ready) resolve({ url: message.ready, baselines: message.baselines ?? {} });
      });
    });
    const instance = new Instance(child, url, baselines);
    instance.log.push(...log);
    return instance;
  }

  get wsUrl(): string {
    return `${this.url.replace('http', 'ws')}/graphql`;
  }

  private ask<T = HostStats>(type: HostRequest['type']): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve) => {
      this.waiting.set(id, resolve as (answer: never) => void);
      this.child.send({ id, type } satisfies HostRequest);
    });
  }

  stats(): Promise<HostStats> {
    return this.ask('stats');
  }

  /** Collects garbage first, so memory readings show what is held, not what awaits collection. */
  statsAfterGc(): Promise<HostStats> {
    return this.ask('gc');
  }

  /** The instance's heap by constructor, from a heap snapshot (slow: seconds; see heap-summary.ts). */
  heapSummary(): Promise<HeapSummary> {
    return this.ask<HeapSummary>('heap');
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}
