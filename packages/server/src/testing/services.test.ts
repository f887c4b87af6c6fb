import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { adminQuery, createScratchDatabase, dropAbandonedDatabases, TEST_POSTGRES_URL } from './services.js';

async function databaseExists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    return (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  } finally {
    await client.end();
  }
}

const leftovers: string[] = [];
afterAll(async () => {
  for (const name of leftovers) await adminQuery(`drop database if exists ${name} with (force)`);
});

describe('scratch databases', () => {
  it('drops those a run killed midway left behind, and keeps those of running processes', async () => {
    // A process that has ended: its id is what a killed run's databases carry.
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const abandoned = `mentorspace_test_${ended.stdout}_deadbeef`;
    await adminQuery(`create database ${abandoned}`);
    leftovers.push(abandoned);
    const live = await createScratchDatabase('test');
    leftovers.push(live.name);
    expect(live.name).toMatch(new RegExp(`^mentorspace_test_${process.pid}_[0-9a-f]{8}$`));

    const dropped = await dropAbandonedDatabases();

    expect(dropped).toContain(abandoned);
    expect(dropped).not.toContain(live.name);
    expect(await databaseExists(abandoned)).toBe(false);
    expect(await databaseExists(live.name)).toBe(true);
    await live.drop();
    expect(await databaseExists(live.name)).toBe(false);
  });
});
