import type { SeedResult } from './seed-demo.js';

/** What the seed prints: where to go and whom to sign in as. */
export function accountsText(result: SeedResult, url: string): string {
  const width = Math.max(...result.accounts.map((account) => account.email.length));
  const roleWidth = Math.max(...result.accounts.map((account) => account.role.length));
  return [
    '',
    result.message,
    `Sign in at ${url} with any of these accounts; the password is “${result.password}”:`,
    '',
    ...result.accounts.map((account) => `  ${account.role.padEnd(roleWidth)}  ${account.email.padEnd(width)}  ${account.name}: ${account.about}`),
    '',
  ].join('\n');
}
