import type { ChildProcess } from 'node:child_process';
import { forkWorker } from '../../fork-worker.js';
import type { SocketSpec, WorkerCommand, WorkerReply } from './socket-worker.js';

const WORKER_ENTRY = new URL('./socket-worker.ts', import.meta.url).pathname;

/** Client sockets spread over a few worker processes (see socket-worker.ts). */
export class SocketPool {
  private constructor(private readonly workers: ChildProcess[]) {}

  static start(count: number): SocketPool {
    const workers = Array.from({ length: count }, () =>
      forkWorker(WORKER_ENTRY),
    );
    return new SocketPool(workers);
  }

  private ask<T extends WorkerReply['type']>(worker: ChildProcess, command: WorkerCommand, answer: T, onOther?: (reply: WorkerReply) => void): Promise<Extract<WorkerReply, { type: T }>> {
    return new Promise((resolve, reject) => {
      const onMessage = (reply: WorkerReply) => {
        if (reply.type === answer) {
          worker.off('message', onMessage);
          worker.off('exit', onExit);
          resolve(reply as Extract<WorkerReply, { type: T }>);
        } else onOther?.(reply);
      };
      const onExit = (code: number | null) => reject(new Error(`a socket worker exited with ${code}`));
      worker.on('message', onMessage);
      worker.once('exit', onExit);
      worker.send(command);
    });
  }

  /** Opens the sockets, shared out evenly; `onProgress` hears the running total. */
  async open(kind: 'graphql' | 'raw', url: string, sockets: SocketSpec[], onProgress?: (opened: number) => void): Promise<{ opened: number; failed: number; errors: string[] }> {
    const openedBy = new Array<number>(this.workers.length).fill(0);
    const replies = await Promise.all(
      this.workers.map((worker, index) =>
        this.ask(worker, { type: 'open', kind, url, sockets: sockets.filter((_, i) => i % this.workers.length === index), concurrency: 25 }, 'opened', (reply) => {
          if (reply.type !== 'progress') return;
          openedBy[index] = reply.opened;
          onProgress?.(openedBy.reduce((a, b) => a + b, 0));
        }),
      ),
    );
    return {
      opened: replies.reduce((sum, r) => sum + r.opened, 0),
      failed: replies.reduce((sum, r) => sum + r.failed, 0),
      errors: replies.flatMap((r) => r.errors),
    };
  }

  /** How many are still open, and how many the server closed on its own since they opened. */
  async status(): Promise<{ open: number; dropped: number; errors: string[] }> {
    const replies = await Promise.all(this.workers.map((worker) => this.ask(worker, { type: 'status' }, 'status')));
    return { open: replies.reduce((s, r) => s + r.open, 0), dropped: replies.reduce((s, r) => s + r.dropped, 0), errors: replies.flatMap((r) => r.errors) };
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => this.ask(worker, { type: 'close' }, 'closed')));
  }

  stop(): void {
    for (const worker of this.workers) if (worker.exitCode === null) worker.kill();
  }
}
