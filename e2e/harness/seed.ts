import { spawn } from 'node:child_process';
import { REPO_ROOT } from './paths.js';

export const SEED_ENTRY = `${REPO_ROOT}packages/server/dist/seed/main.js`;

/** Runs the built `pnpm seed` against a database, as a person would; resolves with what it printed. */
export function seedDemo(databaseUrl: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SEED_ENTRY], {
      env: { PATH: process.env.PATH, NODE_ENV: 'production', DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`the seed exited with ${code}:\n${output}`))));
  });
}
