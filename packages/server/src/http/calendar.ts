import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Services } from '../services.js';

/** `GET /calendar/<secret>.ics`: the private feed calendar apps subscribe to. */
export function calendarRoutes(orm: MikroORM, services: Services): Router {
  const router = Router();
  router.get('/calendar/:file', async (req, res, next) => {
    try {
      const secret = req.params.file.replace(/\.ics$/, '');
      const feed = await services.calendar.feed(orm.em.fork(), secret);
      if (!feed) {
        res.status(404).type('text').send('No calendar at this address: create a new one in Settings.');
        return;
      }
      res.setHeader('Cache-Control', 'private, max-age=300');
      res.type('text/calendar; charset=utf-8').send(feed);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
