import { fork, type ChildProcess, type ForkOptions } from 'node:child_process';

/** The loader every forked bench process runs under: the bench runs its TypeScript from source. */
export const TS_LOADER = ['--import', '@swc-node/register/esm-register'];

/** Forks a bench worker (load generator, populator, socket pool) that prints to this terminal and talks over IPC. */
export function forkWorker(entry: string, options: Pick<ForkOptions, 'serialization'> = {}): ChildProcess {
  return fork(entry, [], { execArgv: TS_LOADER, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], ...options });
}
