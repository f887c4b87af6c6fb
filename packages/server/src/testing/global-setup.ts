import 'reflect-metadata';
import type { TestProject } from 'vitest/node';
import { createOrm, migrate } from '../db/orm.js';
import { createScratchDatabase, dropAbandonedDatabases, requireServices } from './services.js';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

/**
 * Migrates one template database per run; every test file clones it
 * (`create database … template …`), so files run in parallel on their own data.
 */
export default async function setup(project: TestProject) {
  await requireServices();
  await dropAbandonedDatabases();
  const template = await createScratchDatabase('template');
  const orm = await createOrm(template.url);
  try {
    await migrate(orm);
  } finally {
    await orm.close();
  }
  project.provide('templateDatabase', template.name);
  return () => template.drop();
}
