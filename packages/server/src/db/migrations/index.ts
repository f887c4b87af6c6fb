import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125000000_stream_log } from './Migration20261125000000_stream_log.js';

/**
 * Every migration, in order. Listed here rather than found on disk so that
 * src/ (tests, scripts) and dist/ (production) run the very same set.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261125000000_stream_log', class: Migration20261125000000_stream_log },
];
