import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

export type Mode = 'quick' | 'full';

export type RunInfo = {
  startedAt: string;
  mode: Mode;
  machine: string;
  node: string;
  commit: string;
  command: string;
};

export function runInfo(mode: Mode, command: string): RunInfo {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    if (execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim()) commit += ' (with uncommitted changes)';
  } catch {
    // Not a git checkout: the report says so.
  }
  const cores = cpus();
  return {
    startedAt: new Date().toISOString(),
    mode,
    machine: `${cores.length} × ${cores[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    commit,
    command,
  };
}
