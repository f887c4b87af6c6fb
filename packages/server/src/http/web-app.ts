import { existsSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import express, { Router } from 'express';

/**
 * Serves the built web app at `/`, with a history fallback so deep links load
 * the app. Before `pnpm build` it answers with how to build it.
 */
export function webAppRoutes(webDist: string): Router {
  const router = Router();
  // The app's JavaScript and CSS shrink to about a third gzipped; clients that accept it get it so
  // even without a proxy in front (the first visit's size target is counted gzipped).
  router.use(compression());
  const index = join(webDist, 'index.html');
  // Hashed assets never change; index.html must always be revalidated.
  router.use('/assets', express.static(join(webDist, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  // GraphiQL, the API explorer: its own build (vite.graphiql.config.ts), loaded only here.
  router.use('/graphiql/assets', express.static(join(webDist, 'graphiql', 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  router.get(['/graphiql', '/graphiql/'], (_req, res) => {
    const explorer = join(webDist, 'graphiql', 'index.html');
    if (!existsSync(explorer)) {
      res.status(503).type('text').send('The API explorer is not built yet: run `pnpm build`.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(explorer);
  });
  router.use(express.static(webDist, { index: false, maxAge: 0 }));
  router.get(/^(?!\/(graphql|healthz|readyz|metrics|calendar\/)).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    if (!existsSync(index)) {
      res.status(503).type('text').send('The web app is not built yet: run `pnpm build` (or `pnpm start`, which builds it).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
