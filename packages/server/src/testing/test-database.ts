import { inject } from 'vitest';
import { createScratchDatabase, type ScratchDatabase } from './services.js';

export type TestDatabase = ScratchDatabase;

/** A fresh, migrated database of this test file's own, cloned from the run's template. */
export function createTestDatabase(): Promise<TestDatabase> {
  return createScratchDatabase('test', { template: inject('templateDatabase') });
}
