import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { startTestApp } from '../testing/test-app.js';
import { TEST_REDIS_URL } from '../testing/services.js';
import { signUpPerson, tokenClient, TestClient } from '../testing/graphql-client.js';
import { randomUUID } from 'node:crypto';
import { createLogger } from '../logger.js';
import { createRedisClient } from '../events/redis-client.js';
import { TcpProxy } from '../testing/tcp-proxy.js';
import { CostRateLimiter } from './rate-limit.js';

// A small budget (1 point a second, 40 more a minute) on two instances sharing Redis.
// The refill is slow on purpose: however slowly a loaded machine answers, the
// budget runs out well within the loop, so the test does not depend on timing.
let database: TestDatabase;
let a: App;
let b: App;
/** Where people sign up, on an ordinary budget: signing up costs more than the small one holds. */
let setup: App;
const env = { RATE_LIMIT_RESTORE_RATE: '1', RATE_LIMIT_BURST: '40' };

beforeAll(async () => {
  database = await createTestDatabase();
  a = await startTestApp({ databaseUrl: database.url, redisUrl: TEST_REDIS_URL, env });
  b = await startTestApp({ databaseUrl: database.url, redisUrl: TEST_REDIS_URL, env });
  setup = await startTestApp({ databaseUrl: database.url });
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close(), setup?.close()]);
  await database?.drop();
});

describe('rate limits', () => {
  it("share one token's budget between instances, then refuse with RATE_LIMITED and when to retry", async () => {
    const { client: owner } = await signUpPerson(setup, 'Integrator');
    const { secret } = await tokenClient(owner, ['PROFILE_READ']);
    const onA = new TestClient(a.url, secret);
    const onB = new TestClient(b.url, secret);
    const statuses: number[] = [];
    let refused: Awaited<ReturnType<TestClient['request']>> | undefined;
    for (let n = 0; n < 150 && !refused; n++) {
      const result = await (n % 2 ? onB : onA).request(`{ viewer { displayName } }`); // 1 point each
      if (result.errors) refused = result;
      else statuses.push(result.extensions?.cost?.throttleStatus?.currentlyAvailable);
    }
    expect(refused).toBeDefined();
    expect(refused!.status).toBe(429);
    expect(refused!.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    // Alone, each instance would have allowed ~41 requests; together they allowed about that many, not twice.
    expect(statuses.length).toBeGreaterThan(35);
    expect(statuses.length).toBeLessThan(90);
    // What is left counts both the second's and the minute's points, and falls as they are spent.
    expect(statuses[0]).toBeGreaterThanOrEqual(35);
    expect(statuses[0]).toBeGreaterThan(statuses.at(-1)!);
  });

  it('gives anonymous callers, signed-in people and tokens budgets of their own', async () => {
    const { client: signedUp } = await signUpPerson(setup, 'Separate');
    const person = signedUp.at(a.url);
    for (let n = 0; n < 5; n++) expect((await new TestClient(a.url).request(`{ serverInfo { version } }`)).errors).toBeUndefined();
    const result = await person.request(`{ viewer { displayName } }`);
    expect(result.errors).toBeUndefined();
    expect(result.extensions?.cost?.throttleStatus).toMatchObject({ maximumAvailable: 41, restoreRate: 1 });
  });
});

describe('the cost budget', () => {
  const logger = createLogger({ logLevel: 'silent', logPretty: false, instanceId: 'test' });
  const redis = createRedisClient(TEST_REDIS_URL, 'cost-budget-test', logger);
  beforeAll(() => redis.connect());
  afterAll(() => redis.quit());

  // Charges asked for in one turn go to Redis in one pipelined write and run there in order, so what each
  // sees does not depend on how fast the machine is (the second's window cannot roll over in between).
  it('tells what is left when asked, and draws the same from the budget when not', async () => {
    const budget = new CostRateLimiter({ redis, restoreRate: 10, burst: 20, prefix: `test-${randomUUID()}` });
    const charges = await Promise.all([budget.charge('k', 4), budget.charge('k', 4, { reportStatus: false }), budget.charge('k', 1)]);
    expect(charges).toEqual([
      { ok: true, status: { maximumAvailable: 30, currentlyAvailable: 26, restoreRate: 10 } },
      // Not asked: no status, but its 4 points are taken all the same.
      { ok: true, status: null },
      { ok: true, status: { maximumAvailable: 30, currentlyAvailable: 21, restoreRate: 10 } },
    ]);
  });

  it('counts in memory when Redis stops answering, rather than hold the caller', async () => {
    const address = new URL(TEST_REDIS_URL);
    const proxy = await TcpProxy.start({ host: address.hostname, port: Number(address.port || 6379) });
    const stalled = createRedisClient(proxy.wrap(TEST_REDIS_URL), 'cost-budget-stall-test', logger);
    await stalled.connect();
    try {
      const budget = new CostRateLimiter({ redis: stalled, restoreRate: 2, burst: 1, prefix: `test-${randomUUID()}` });
      proxy.stall(); // connected, but nothing comes back: node-redis alone would wait for ever
      const charges = await Promise.all([budget.charge('k', 2), budget.charge('k', 5)]);
      expect(charges).toEqual([
        { ok: true, status: { maximumAvailable: 3, currentlyAvailable: 1, restoreRate: 2 } },
        { ok: false, status: { maximumAvailable: 3, currentlyAvailable: 0, restoreRate: 2 }, retryAfterSeconds: expect.any(Number) },
      ]);
    } finally {
      proxy.restore();
      stalled.destroy();
      await proxy.close();
    }
  });

  it('says what is left and when to come back on a refusal, asked or not', async () => {
    const budget = new CostRateLimiter({ redis, restoreRate: 2, burst: 1, prefix: `test-${randomUUID()}` });
    const charges = await Promise.all([budget.charge('k', 2, { reportStatus: false }), budget.charge('k', 5, { reportStatus: false })]);
    expect(charges).toEqual([
      { ok: true, status: null },
      { ok: false, status: { maximumAvailable: 3, currentlyAvailable: 0, restoreRate: 2 }, retryAfterSeconds: expect.any(Number) },
    ]);
  });
});
