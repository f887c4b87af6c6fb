import { Router } from 'express';
import type { Metrics } from '../observability/metrics.js';
import { sameSecret } from '../auth/secrets.js';

/** `GET /metrics` in Prometheus' text format; behind a bearer token when METRICS_TOKEN is set. */
export function metricsRoutes(metrics: Metrics, token: string | undefined): Router {
  const router = Router();
  router.get('/metrics', async (req, res) => {
    if (token && !sameSecret(req.headers.authorization ?? '', `Bearer ${token}`)) {
      res.status(401).type('text').send('Send Authorization: Bearer <METRICS_TOKEN>.');
      return;
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}
