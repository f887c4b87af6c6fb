import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { createOrm } from './orm.js';

let database: TestDatabase;
let orm: MikroORM;

beforeAll(async () => {
  database = await createTestDatabase();
  orm = await createOrm(database.url);
});
afterAll(async () => {
  await orm?.close();
  await database?.drop();
});

describe('migrations', () => {
  it('match the entities: applying them leaves nothing for the generator to add', async () => {
    const migrator = orm.getMigrator();
    expect(await migrator.getPendingMigrations()).toEqual([]);
    const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });
});
