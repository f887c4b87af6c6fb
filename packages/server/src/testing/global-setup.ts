import 'reflect-metadata';
import type { TestProject } from 'vitest/node';
import { createOrm, migrate } from '../db/orm.js';
import { adminQuery, databaseUrl, requireServices } from './services.js';

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
  const template = `mentorspace_template_${process.pid}`;
  await adminQuery(`drop database if exists ${template}`);
  await adminQuery(`create database ${template}`);
  const orm = await createOrm(databaseUrl(template));
  try {
    await migrate(orm);
  } finally {
    await orm.close();
  }
  project.provide('templateDatabase', template);
  return async () => {
    await adminQuery(`drop database if exists ${template} with (force)`);
  };
}
