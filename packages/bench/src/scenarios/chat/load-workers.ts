import type { ChildProcess } from 'node:child_process';
import { forkWorker } from '../../fork-worker.js';
import type { StepResult, WorkerCommand, WorkerPair, WorkerReply, Side } from './protocol.js';

const WORKER_ENTRY = new URL('./load-worker.ts', import.meta.url).pathname;

/** One forked load generator (load-worker.ts), asked one command at a time. */
class LoadWorker {
  private answer: ((reply: WorkerReply) => void) | undefined;

  constructor(private readonly child: ChildProcess) {
    child.on('message', (reply: WorkerReply) => this.answer?.(reply));
  }

  static start(): LoadWorker {
    // Typed arrays (the latency samples) travel as they are with the advanced serialization.
    const child = forkWorker(WORKER_ENTRY, { serialization: 'advanced' });
    return new LoadWorker(child);
  }

  ask(command: WorkerCommand): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      const exited = (code: number | null) => reject(new Error(`a load worker exited with ${code}`));
      this.child.once('exit', exited);
      this.answer = (reply) => {
        this.child.off('exit', exited);
        if (reply.type === 'failed') reject(new Error(`load worker: ${reply.error}`));
        else resolve(reply);
      };
      this.child.send(command);
    });
  }

  stop(): void {
    if (this.child.exitCode === null) this.child.kill();
  }
}

/** Several load workers sharing the pairs and the rate between them. */
export class LoadWorkers {
  private constructor(private readonly workers: LoadWorker[]) {}

  static start(count: number): LoadWorkers {
    return new LoadWorkers(Array.from({ length: count }, () => LoadWorker.start()));
  }

  async connect(side: Side, pairs: WorkerPair[], urls: { a: string; b: string }): Promise<void> {
    const share = Math.ceil(pairs.length / this.workers.length);
    await Promise.all(this.workers.map((worker, i) => worker.ask({ type: 'connect', side, pairs: pairs.slice(i * share, (i + 1) * share), urls })));
  }

  async step(step: number, rate: number, holdMs: number, drainMs: number): Promise<StepResult[]> {
    const replies = await Promise.all(this.workers.map((worker) => worker.ask({ type: 'step', step, rate: rate / this.workers.length, holdMs, drainMs })));
    return replies.map((reply) => (reply as Extract<WorkerReply, { type: 'stepped' }>).result);
  }

  async disconnect(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.ask({ type: 'disconnect' })));
  }

  stop(): void {
    for (const worker of this.workers) worker.stop();
  }
}
