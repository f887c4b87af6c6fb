import { Router } from 'express';

export type ReadinessCheck = () => Promise<boolean>;

/** A dependency that does not answer within this is down: a hung check must not hang the probe. */
const CHECK_TIMEOUT_MS = 2_000;

async function within(check: ReadinessCheck): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS)));
  try {
    return await Promise.race([check().catch(() => false), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `/healthz`: the process is alive. `/readyz`: every dependency answers, so a
 * load balancer may send traffic here (503 with the failing parts otherwise).
 */
export function healthRoutes(checks: Record<string, ReadinessCheck>, isShuttingDown: () => boolean): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const results = Object.fromEntries(
      await Promise.all(
        Object.entries(checks).map(async ([name, check]) => [name, (await within(check)) ? 'up' : 'down']),
      ),
    ) as Record<string, 'up' | 'down'>;
    const ready = !isShuttingDown() && Object.values(results).every((state) => state === 'up');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : isShuttingDown() ? 'stopping' : 'unavailable', checks: results });
  });
  return router;
}
