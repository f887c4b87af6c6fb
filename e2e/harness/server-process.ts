import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { SERVER_ENTRY } from './paths.js';

export type ServerOptions = {
  databaseUrl: string;
  redisUrl: string;
  instanceId: string;
  /** Keep the same port across a restart, as a replica behind a load balancer would. */
  port?: number;
  migrate?: boolean;
  /** More environment for this instance (e.g. TRUSTED_DOCUMENTS, or NODE_ENV=development so webhooks may reach a local http receiver). */
  env?: Record<string, string>;
};

/**
 * One real server instance: the built `main.js` in its own process, exactly as
 * `pnpm start` runs it. Its log is kept for the failure message.
 */
export class ServerProcess {
  private child: ChildProcess | undefined;
  private log: string[] = [];

  private constructor(
    readonly options: ServerOptions & { port: number },
  ) {}

  static async start(options: ServerOptions): Promise<ServerProcess> {
    const server = new ServerProcess({ ...options, port: options.port ?? (await freePort()) });
    await server.start();
    return server;
  }

  get url(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  get running(): boolean {
    return this.child !== undefined;
  }

  async start(): Promise<void> {
    if (this.child) throw new Error(`${this.options.instanceId} is already running`);
    const child = spawn(process.execPath, ['--enable-source-maps', SERVER_ENTRY], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(this.options.port),
        DATABASE_URL: this.options.databaseUrl,
        REDIS_URL: this.options.redisUrl,
        INSTANCE_ID: this.options.instanceId,
        MIGRATE_ON_START: String(this.options.migrate ?? false),
        LOG_LEVEL: 'info',
        SHUTDOWN_TIMEOUT_MS: '3000',
        ...this.options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    for (const stream of [child.stdout!, child.stderr!]) {
      stream.setEncoding('utf8').on('data', (chunk: string) => {
        this.log.push(...chunk.split('\n').filter(Boolean));
        if (this.log.length > 200) this.log.splice(0, this.log.length - 200);
      });
    }
    // 'close': after its output has all come in.
    child.once('close', (code, signal) => {
      if (this.child !== child) return; // stopped or killed on purpose
      // A crash. The test sees only refused connections (and would wait for ever in stop()): say so, with the log.
      this.child = undefined;
      console.error(`${this.options.instanceId} exited unexpectedly (code ${code}, signal ${signal})\n--- its log ---\n${this.log.slice(-60).join('\n')}`);
    });
    const exited = new Promise<never>((_, reject) =>
      child.once('exit', (code) => reject(new Error(`${this.options.instanceId} exited with ${code} while starting`))),
    );
    try {
      await Promise.race([this.waitUntilReady(), exited]);
    } catch (error) {
      this.child = undefined;
      child.kill('SIGKILL');
      throw new Error(`${String(error)}\n--- its log ---\n${this.log.slice(-30).join('\n')}`);
    }
  }

  private async waitUntilReady(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const response = await fetch(`${this.url}/readyz`).catch(() => undefined);
      if (response?.ok) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${this.options.instanceId} was not ready within ${timeoutMs} ms`);
  }

  /** SIGTERM, as an orchestrator stops a replica; resolves with the exit code. */
  async stop(): Promise<number | null> {
    const child = this.child;
    if (!child) return null;
    this.child = undefined;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    return exited;
  }

  /** SIGKILL: a crash, with no chance to drain. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  recentLog(): string {
    return this.log.join('\n');
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
