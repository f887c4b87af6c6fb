import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { pinoHttp } from 'pino-http';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { openDatabase, type Database } from './db/database.js';
import type { EventBus } from './events/bus.js';
import { MemoryBus } from './events/memory-bus.js';
import { RedisBus } from './events/redis-bus.js';
import { Realtime } from './events/realtime.js';
import { createSchema } from './graphql/schema.js';
import type { GraphQLContext } from './graphql/context.js';
import { createErrorFormatter } from './graphql/errors.js';
import { healthRoutes } from './http/health.js';
import { webAppRoutes } from './http/web-app.js';

export type App = {
  /** Where the server listens, e.g. http://127.0.0.1:4000 */
  url: string;
  port: number;
  orm: MikroORM;
  realtime: Realtime;
  bus: EventBus;
  logger: Logger;
  /** Stops accepting, closes WebSockets (1001), drains requests (bounded), then closes Redis and the database. */
  close(): Promise<void>;
};

const REQUEST_ID = /^[\w.-]{1,100}$/;

/** Builds and starts everything. `main.ts`, the tests and e2e all start the server through this. */
export async function createApp(config: Config, options: { logger?: Logger } = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config);
  const cleanup: (() => Promise<void>)[] = [];
  const closeAll = async () => {
    for (const step of cleanup.splice(0).reverse()) {
      await step().catch((error: unknown) => logger.error({ err: error }, 'error while closing'));
    }
  };

  try {
    const database: Database = await openDatabase(config, logger);
    cleanup.push(() => database.close());
    if (config.migrateOnStart) {
      const applied = await database.migrate();
      if (applied.length) logger.info({ applied }, 'applied database migrations');
    }
    const { orm } = database;

    const bus: EventBus = config.redisUrl
      ? await RedisBus.connect({ url: config.redisUrl, instanceId: config.instanceId, logger })
      : new MemoryBus();
    cleanup.push(() => bus.close());
    const realtime = new Realtime({ bus, em: orm.em, instanceId: config.instanceId });

    const schema = await createSchema();
    const app = express();
    app.disable('x-powered-by');
    app.set('trust proxy', 'loopback, uniquelocal');
    const httpServer: Server = createServer(app);
    let shuttingDown = false;

    const contextFor = (requestId: string, requestLogger: Logger): GraphQLContext => ({
      em: orm.em.fork(),
      realtime,
      logger: requestLogger,
      requestId,
      instanceId: config.instanceId,
    });

    const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
    const wsCleanup = useServer<Record<string, unknown>, { requestId: string }>(
      {
        schema,
        context: (ctx) => {
          ctx.extra.requestId ??= randomUUID();
          return contextFor(ctx.extra.requestId, logger.child({ requestId: ctx.extra.requestId, transport: 'ws' }));
        },
      },
      wsServer,
    );

    const apollo = new ApolloServer<GraphQLContext>({
      schema,
      formatError: createErrorFormatter(logger),
      includeStacktraceInErrorResponses: false,
      introspection: true,
      stopOnTerminationSignals: false,
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownTimeoutMs }),
        // graphql-ws closes every socket with 1001 (going away) so clients reconnect elsewhere.
        { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
        // Unused per-field work: measured at ~0.6x throughput with it on (STACK.md).
        ApolloServerPluginCacheControlDisabled(),
        ApolloServerPluginLandingPageDisabled(),
      ],
    });
    await apollo.start();
    cleanup.push(async () => {
      shuttingDown = true;
      await apollo.stop();
    });

    app.use(
      pinoHttp({
        logger,
        genReqId: (req, res) => {
          const given = req.headers['x-request-id'];
          const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
          res.setHeader('X-Request-Id', id);
          return id;
        },
        autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
        customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
      }),
    );
    app.use(
      healthRoutes(
        { postgres: async () => (await orm.checkConnection()).ok, ...(config.redisUrl ? { redis: () => bus.isReady() } : {}) },
        () => shuttingDown,
      ),
    );
    app.use(
      '/graphql',
      express.json({ limit: '1mb' }),
      expressMiddleware(apollo, { context: async ({ req }) => contextFor(String(req.id), req.log) }),
    );
    app.use(webAppRoutes(config.webDist));

    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => {
        httpServer.off('error', reject);
        resolve();
      });
    });
    const { port } = httpServer.address() as AddressInfo;
    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    const url = `http://${host}:${port}`;
    logger.info({ url, redis: Boolean(config.redisUrl), instance: config.instanceId }, 'Mentorspace is listening');

    let closing: Promise<void> | undefined;
    return {
      url,
      port,
      orm,
      realtime,
      bus,
      logger,
      close: () => (closing ??= closeAll()),
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
