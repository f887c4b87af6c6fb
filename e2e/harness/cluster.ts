import { randomBytes } from 'node:crypto';
import { adminQuery, databaseUrl, TEST_REDIS_URL } from '@mentorspace/server/testing/services';
import { ServerProcess } from './server-process.js';

export type Cluster = {
  a: ServerProcess;
  b: ServerProcess;
  databaseUrl: string;
  close(): Promise<void>;
};

/**
 * Two server instances on one fresh Postgres database and one Redis, as two
 * replicas behind a load balancer would be. The first one migrates.
 */
export async function startCluster(): Promise<Cluster> {
  const name = `mentorspace_e2e_${randomBytes(5).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = databaseUrl(name);
  const started: ServerProcess[] = [];
  try {
    const a = await ServerProcess.start({ databaseUrl: url, redisUrl: TEST_REDIS_URL, instanceId: 'e2e-a', migrate: true });
    started.push(a);
    const b = await ServerProcess.start({ databaseUrl: url, redisUrl: TEST_REDIS_URL, instanceId: 'e2e-b' });
    started.push(b);
    return {
      a,
      b,
      databaseUrl: url,
      async close() {
        await Promise.all([a.stop(), b.stop()]);
        await adminQuery(`drop database if exists ${name} with (force)`);
      },
    };
  } catch (error) {
    await Promise.all(started.map((server) => server.kill()));
    await adminQuery(`drop database if exists ${name} with (force)`);
    throw error;
  }
}
