import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { adminQuery, databaseUrl } from './services.js';

export type TestDatabase = { name: string; url: string; drop(): Promise<void> };

/** A fresh, migrated database of this test file's own, cloned from the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = inject('templateDatabase');
  const name = `mentorspace_test_${randomBytes(5).toString('hex')}`;
  await adminQuery(`create database ${name} template ${template}`);
  return {
    name,
    url: databaseUrl(name),
    drop: () => adminQuery(`drop database if exists ${name} with (force)`),
  };
}
