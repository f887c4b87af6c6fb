import { createScratchDatabase, TEST_REDIS_URL } from '@mentorspace/server/testing/services';
import { TcpProxy } from '@mentorspace/server/testing/tcp-proxy';
import { ServerProcess } from './server-process.js';

export type Cluster = {
  a: ServerProcess;
  b: ServerProcess;
  databaseUrl: string;
  /** Each instance's own way to Redis, which a test can cut and restore. */
  redis: { a: TcpProxy; b: TcpProxy };
  /** Each instance's own way to Postgres, likewise. `databaseUrl` is the direct one. */
  postgres: { a: TcpProxy; b: TcpProxy };
  close(): Promise<void>;
};

/**
 * Two server instances on one fresh Postgres database and one Redis, as two
 * replicas behind a load balancer would be. The first one migrates.
 */
export async function startCluster(options: { env?: { a?: Record<string, string>; b?: Record<string, string> } } = {}): Promise<Cluster> {
  const scratch = await createScratchDatabase('e2e');
  const url = scratch.url;
  const redisAddress = new URL(TEST_REDIS_URL);
  const target = { host: redisAddress.hostname, port: Number(redisAddress.port || 6379) };
  const redis = { a: await TcpProxy.start(target), b: await TcpProxy.start(target) };
  const database = { host: new URL(url).hostname, port: Number(new URL(url).port || 5432) };
  const postgres = { a: await TcpProxy.start(database), b: await TcpProxy.start(database) };
  const started: ServerProcess[] = [];
  const cleanUp = async () => {
    await Promise.all([redis.a.close(), redis.b.close(), postgres.a.close(), postgres.b.close()]);
    await scratch.drop();
  };
  try {
    const a = await ServerProcess.start({ databaseUrl: postgres.a.wrap(url), redisUrl: redis.a.wrap(TEST_REDIS_URL), instanceId: 'e2e-a', migrate: true, env: options.env?.a });
    started.push(a);
    const b = await ServerProcess.start({ databaseUrl: postgres.b.wrap(url), redisUrl: redis.b.wrap(TEST_REDIS_URL), instanceId: 'e2e-b', env: options.env?.b });
    started.push(b);
    return {
      a,
      b,
      databaseUrl: url,
      redis,
      postgres,
      async close() {
        await Promise.all([a.stop(), b.stop()]);
        await cleanUp();
      },
    };
  } catch (error) {
    await Promise.all(started.map((server) => server.kill()));
    await cleanUp();
    throw error;
  }
}
