import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { getOperationAST, GraphQLError } from 'graphql';
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
import { PrefixingKeyValueCache } from '@apollo/utils.keyvaluecache';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { openDatabase, type Database } from './db/database.js';
import type { EventBus } from './events/bus.js';
import { MemoryBus } from './events/memory-bus.js';
import { RedisBus } from './events/redis-bus.js';
import { Realtime } from './events/realtime.js';
import { createSchema } from './graphql/schema.js';
import type { GraphQLContext } from './graphql/context.js';
import { createLoaders } from './graphql/loaders.js';
import { createErrorFormatter, ErrorCode } from './graphql/errors.js';
import { checkOperation, costOf, duplicateFieldsIn, limitRules, LIMITS, tooCostly } from './graphql/limits.js';
import { CostRateLimiter, type Charge } from './graphql/rate-limit.js';
import { healthRoutes } from './http/health.js';
import { refuseMalformedMessages } from './graphql/ws-messages.js';
import { refuseUnstorableText } from './graphql/storable-text.js';
import { formatSocketErrors, retryableOnOutage } from './graphql/ws-errors.js';
import { isOutage } from './graphql/outage.js';
import { createRedisClient, type RedisClientType } from './events/redis-client.js';
import { LogMailSender, SmtpMailSender, type MailSender } from './mail/mail-sender.js';
import { SignInThrottle } from './auth/sign-in-throttle.js';
import { MailThrottle } from './auth/mail-throttle.js';
import { credentialsFrom, resolveViewer, type Credentials } from './auth/authenticate.js';
import { createServices, type Services } from './services.js';
import { ANONYMOUS, type Viewer } from './auth/viewer.js';
import { SocketViewer } from './auth/socket-viewer.js';
import { followRevocations } from './auth/revocations.js';
import { webAppRoutes } from './http/web-app.js';
import { calendarRoutes } from './http/calendar.js';
import { startWorker } from './jobs/worker.js';
import { Metrics } from './observability/metrics.js';
import { metricsRoutes } from './http/metrics.js';
import { WebhookDispatcher } from './modules/webhooks/webhook-dispatcher.js';
import { cookieAllowed, corsFor, originPolicy, securityHeaders } from './http/security.js';
import { APQ_TTL_SECONDS, notAllowed, PersistedDocuments } from './graphql/persisted-documents.js';

export type App = {
  /** Where the server listens, e.g. http://127.0.0.1:4000 */
  url: string;
  port: number;
  orm: MikroORM;
  realtime: Realtime;
  bus: EventBus;
  logger: Logger;
  services: Services;
  /** Stops accepting, closes WebSockets (1001), drains requests (bounded), then closes Redis and the database. */
  close(): Promise<void>;
};

const REQUEST_ID = /^[\w.-]{1,100}$/;

/** Builds and starts everything. `main.ts`, the tests and e2e all start the server through this. */
export async function createApp(
  config: Config,
  options: { logger?: Logger; /** Replaces the configured mail sender (tests read the mail). */ mailSender?: MailSender } = {},
): Promise<App> {
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
    const metrics = new Metrics();
    const realtime = new Realtime({ bus, em: orm.em, instanceId: config.instanceId, metrics });

    // Commands (rate-limit counters, registered queries) go over their own connection; the bus keeps its two
    // for pub/sub. While it is down they fail at once: every caller falls back (to memory, to a miss).
    let redis: RedisClientType | undefined;
    if (config.redisUrl) {
      redis = createRedisClient(config.redisUrl, `mentorspace:${config.instanceId}:commands`, logger, { whileAway: 'fail' });
      await redis.connect();
      const client = redis;
      cleanup.push(() => client.close());
    }
    const mail = options.mailSender ?? (config.smtpUrl ? new SmtpMailSender(config.smtpUrl, config.mailFrom) : new LogMailSender(logger));
    const services = createServices({ config, mail, realtime, throttle: new SignInThrottle({ redis, slowdownMs: config.signInSlowdownMs }),
      mailThrottle: new MailThrottle(redis), });

    if (config.jobs) {
      const worker = await startWorker({ connectionString: database.url, orm, realtime, logger, mail, publicUrl: config.publicUrl });
      cleanup.push(() => worker.stop());
      // Webhooks: every instance works the outbox; SKIP LOCKED keeps them off each other's rows.
      const webhooks = new WebhookDispatcher({ em: orm.em, realtime, logger: logger.child({ component: 'webhooks' }), metrics }).start();
      cleanup.push(() => webhooks.stop());
    }

    const costLimiter = new CostRateLimiter({ redis, ...config.rateLimit, prefix: config.redisKeyPrefix });
    const rateLimited = (charge: Extract<Charge, { ok: false }>) =>
      new GraphQLError(`Over your request budget; try again in ${charge.retryAfterSeconds} s.`, {
        extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: charge.retryAfterSeconds, throttleStatus: charge.status },
      });

    // Automatic persisted queries shared by every instance, and the web app's manifest (trusted documents).
    const documents = await PersistedDocuments.create({ mode: config.trustedDocuments, redis, prefix: config.redisKeyPrefix });
    const formatError = createErrorFormatter(logger, { suggestions: config.graphqlSuggestions });
    const originOf = originPolicy(config);
    /** What a request presents, less the session cookie when it comes from a page we do not trust with it. */
    const credentialsOf = (request: Parameters<typeof originOf>[0], authorization: string | undefined): Credentials => {
      const credentials = credentialsFrom({ authorization, cookie: request.headers.cookie });
      return cookieAllowed(originOf(request)) ? credentials : { ...credentials, sessionSecret: null };
    };

    const schema = await createSchema();
    const app = express();
    app.disable('x-powered-by');
    app.set('trust proxy', 'loopback, uniquelocal');
    const httpServer: Server = createServer(app);
    let shuttingDown = false;

    type ContextParts = {
      credentials: Credentials;
      http: GraphQLContext['http'];
      client: GraphQLContext['client'];
      requestId: string;
      logger: Logger;
    };
    const contextWith = (em: EntityManager, viewer: Viewer, parts: ContextParts): GraphQLContext => ({
      em,
      viewer,
      services,
      loaders: createLoaders(em, services),
      realtime,
      instanceId: config.instanceId,
      ...parts,
    });
    const contextFor = async (parts: ContextParts): Promise<GraphQLContext> => {
      const em = orm.em.fork();
      return contextWith(em, await resolveViewer(em, services, parts.credentials), parts);
    };
    /**
     * One graphql-ws operation's context (its own fork; the socket's viewer, re-checked now and then), built once in
     * onSubscribe and handed to graphql-ws. Null when the socket's session or token stopped working.
     */
    const socketContext = async (ctx: { extra: { request: IncomingMessage } & Partial<SocketExtra> }, { fresh }: { fresh: boolean }): Promise<GraphQLContext | null> => {
      const em = orm.em.fork();
      const viewer = ctx.extra.viewer ? await ctx.extra.viewer.forOperation(em, { fresh }) : ANONYMOUS;
      if (!viewer) return null;
      return contextWith(em, viewer, {
        credentials: ctx.extra.credentials ?? { bearer: null, sessionSecret: null },
        http: null,
        client: {
          address: ctx.extra.request.socket.remoteAddress ?? 'unknown',
          userAgent: ctx.extra.request.headers['user-agent'] ?? null,
        },
        requestId: ctx.extra.requestId ?? randomUUID(),
        logger: logger.child({ requestId: ctx.extra.requestId, transport: 'ws' }),
      });
    };

    type SocketExtra = { requestId: string; credentials: Credentials; viewer: SocketViewer };
    // Counted when scraped, from graphql-ws's own books, so the gauges cannot drift.
    const openSockets = new Set<{ subscriptions: Record<string, unknown> }>();
    metrics.countSockets(() => ({
      connections: openSockets.size,
      operations: [...openSockets].reduce((sum, socket) => sum + Object.keys(socket.subscriptions).length, 0),
    }));
    // Each signed-in person's open sockets: when some of their credentials are revoked (on any instance), each is
    // re-checked at once and closed with 4403 if its own no longer work, subscriptions and all.
    type OpenSocket = { extra: Partial<SocketExtra> & { socket: { close(code: number, reason: string): void } } };
    const socketsOf = new Map<string, Set<OpenSocket>>();
    const stopFollowingRevocations = await followRevocations(
      realtime,
      (userUuid) => {
        for (const ctx of socketsOf.get(userUuid) ?? []) {
          ctx.extra.viewer?.forOperation(orm.em.fork(), { fresh: true }).then(
            (viewer) => viewer || ctx.extra.socket.close(4403, 'Forbidden'),
            // Postgres is away: the socket's next operation checks again.
            (error: unknown) => logger.warn({ err: error }, 'could not re-check a socket after a revocation'),
          );
        }
      },
      (error) => logger.warn({ err: error }, 'following revocations failed; trying again'),
    );
    cleanup.push(stopFollowingRevocations);
    // Oversized messages close the socket with 1009 before they are parsed.
    const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: LIMITS.webSocketMessageBytes });
    const wsCleanup = useServer<Record<string, unknown>, Partial<SocketExtra>>(
      {
        schema,
        connectionInitWaitTimeout: LIMITS.connectionInitTimeoutMs,
        jsonMessageReviver: refuseMalformedMessages,
        // The same limits as HTTP: tokens, depth, aliases, directives, cost; and a cap on subscriptions per socket.
        // Persisted queries by hash (an empty `query` with `extensions.persistedQuery`), trusted documents as over HTTP.
        onSubscribe: retryableOnOutage(async (ctx, _id, payload) => {
          // graphql-ws has already booked this operation's id: more than the cap means one too many.
          if (Object.keys(ctx.subscriptions).length > LIMITS.subscriptionsPerConnection) {
            return [new GraphQLError(`At most ${LIMITS.subscriptionsPerConnection} operations at once on one connection.`, { extensions: { code: ErrorCode.RATE_LIMITED } })];
          }
          const source = await documents.resolve(payload);
          if ('error' in source) return [source.error];
          const variableValues = payload.variables ?? {};
          const checked = checkOperation(schema, source.query, variableValues, payload.operationName);
          if ('errors' in checked) return checked.errors;
          // The socket's viewer, in this operation's own fork. Queries and mutations reuse its last check (for
          // socketAuthRecheckMs); a subscription, long-lived, is authorised afresh. A revoked session or token closes the socket.
          const subscribing = getOperationAST(checked.document, payload.operationName)?.operation === 'subscription';
          const contextValue = await socketContext(ctx, { fresh: subscribing });
          if (!contextValue) {
            ctx.extra.socket.close(4403, 'Forbidden');
            return [new GraphQLError('Your session or token no longer works; sign in again.', { extensions: { code: ErrorCode.UNAUTHENTICATED } })];
          }
          const { viewer } = contextValue;
          if (documents.refuses(viewer, source.hash)) return [notAllowed()];
          // Over WebSocket what is left is told only on refusal: the charge skips reading it.
          const charge = await costLimiter.charge(CostRateLimiter.keyFor(viewer, ctx.extra.request.socket.remoteAddress ?? 'unknown'), checked.cost, { reportStatus: false });
          if (!charge.ok) {
            metrics.rateLimited.inc({ transport: 'ws' });
            return [rateLimited(charge)];
          }
          // Checked above: graphql-ws runs the document as given, without parsing or validating it again.
          // With `contextValue` given, graphql-ws does not build another (no second viewer lookup per operation).
          return { schema, document: checked.document, variableValues, operationName: payload.operationName ?? null, contextValue };
        }),
        // Results go through the same formatter as HTTP: unexpected errors are logged and answered as INTERNAL.
        onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: formatSocketErrors(formatError, result.errors) } : undefined),
        onError: (_ctx, _id, _payload, errors) => formatSocketErrors(formatError, errors),
        onClose: (ctx) => {
          openSockets.delete(ctx);
          if (ctx.extra.viewer?.userUuid) socketsOf.get(ctx.extra.viewer.userUuid)?.delete(ctx);
          if (ctx.extra.viewer?.userUuid && !socketsOf.get(ctx.extra.viewer.userUuid)?.size) socketsOf.delete(ctx.extra.viewer.userUuid);
        },
        // Authenticate once, in connection_init: a token in the payload, else the upgrade's cookie.
        onConnect: async (ctx) => {
          const authorization = ctx.connectionParams?.authorization;
          // Browsers send our cookie with any site's WebSocket upgrade: it counts only from trusted origins.
          const credentials = credentialsOf(ctx.extra.request, typeof authorization === 'string' ? authorization : undefined);
          try {
            ctx.extra.viewer = await SocketViewer.open(orm.em.fork(), services, credentials, config.socketAuthRecheckMs);
          } catch (error) {
            // Postgres is away: 1013 (try again later), which clients retry, rather than 4403.
            if (isOutage(error)) ctx.extra.socket.close(1013, 'Try again later');
            return false; // closes with 4403 Forbidden
          }
          ctx.extra.credentials = credentials;
          ctx.extra.requestId = randomUUID();
          openSockets.add(ctx);
          const userUuid = ctx.extra.viewer.userUuid;
          if (userUuid) socketsOf.set(userUuid, (socketsOf.get(userUuid) ?? new Set()).add(ctx));
          return true;
        },
      },
      wsServer,
    );

    const apollo = new ApolloServer<GraphQLContext>({
      schema,
      formatError,
      includeStacktraceInErrorResponses: false,
      // Production hardening: no "Did you mean …" hints; CSRF prevention (a simple POST or a GET without
      // a JSON content type or a preflight header is refused); one operation per request.
      hideSchemaDetailsFromClientErrors: !config.graphqlSuggestions,
      csrfPrevention: true,
      allowBatchedHttpRequests: false,
      // Our own keys: the manifest's hashes must be looked up as they are, and Redis keys carry REDIS_KEY_PREFIX.
      persistedQueries: { cache: PrefixingKeyValueCache.cacheDangerouslyDoesNotNeedPrefixesForIsolation(documents), ttl: APQ_TTL_SECONDS },
      // Public API: tools (GraphiQL, codegen) read the schema; MaxIntrospectionDepth and `introspectionRule` bound the cost.
      introspection: true,
      parseOptions: { maxTokens: LIMITS.tokens },
      validationRules: limitRules,
      stopOnTerminationSignals: false,
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownTimeoutMs }),
        // graphql-ws closes every socket with 1001 (going away) so clients reconnect elsewhere.
        { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
        // Refuses what the caller may not run (trusted documents), then costs each operation before it
        // runs; refuses it over the limit; reports the cost in extensions. One hook, so a refused operation is not charged.
        {
          async requestDidStart() {
            let cost: number | undefined;
            let charge: Charge | undefined;
            const started = process.hrtime.bigint();
            return {
              async didResolveOperation({ document, request, contextValue, queryHash }) {
                if (documents.refuses(contextValue.viewer, queryHash)) throw notAllowed();
                const unstorable = refuseUnstorableText(document, request.variables ?? {});
                if (unstorable) throw unstorable;
                cost = costOf(schema, document, request.variables ?? {}, request.operationName);
                if (cost > LIMITS.cost) throw tooCostly(cost);
                charge = await costLimiter.charge(CostRateLimiter.keyFor(contextValue.viewer, contextValue.client.address), cost);
                if (!charge.ok) {
                  metrics.rateLimited.inc({ transport: 'http' });
                  throw rateLimited(charge);
                }
              },
              async willSendResponse({ response, request, operation, errors }) {
                metrics.operations.observe(
                  { operation: metrics.operationLabel(request.operationName ?? operation?.name?.value), type: operation?.operation ?? 'unknown' },
                  Number(process.hrtime.bigint() - started) / 1e9,
                );
                for (const error of errors ?? []) metrics.errors.inc({ code: String(error.extensions?.code ?? 'INTERNAL') });
                if (cost === undefined || response.body.kind !== 'single') return;
                if (charge && !charge.ok) response.http.status = 429;
                const result = response.body.singleResult;
                result.extensions = {
                  ...result.extensions,
                  cost: { requestedQueryCost: cost, actualQueryCost: charge?.ok ? cost : 0, throttleStatus: charge?.status ?? null },
                };
              },
            };
          },
        },
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
    app.use((req, res, next) => {
      const started = process.hrtime.bigint();
      res.on('finish', () => {
        const route = req.path.startsWith('/graphql') ? 'graphql' : /^\/(healthz|readyz|metrics)$/.test(req.path) ? req.path.slice(1) : req.path.startsWith('/calendar/') ? 'calendar' : 'web';
        metrics.httpRequests.observe({ route, status: `${Math.floor(res.statusCode / 100)}xx` }, Number(process.hrtime.bigint() - started) / 1e9);
      });
      next();
    });
    app.use(securityHeaders());
    app.use(metricsRoutes(metrics, config.metricsToken));
    app.use(
      healthRoutes(
        { postgres: async () => (await orm.checkConnection()).ok, ...(config.redisUrl ? { redis: () => bus.isReady() } : {}) },
        () => shuttingDown,
      ),
    );
    app.use(
      '/graphql',
      corsFor(originOf),
      express.json({ limit: LIMITS.httpBodyBytes }),
      // Before Apollo, whose validation would spend its time comparing the copies (see duplicateFieldsError).
      (req: express.Request, res: express.Response, next: express.NextFunction) => {
        const query: unknown = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
        const error = typeof query === 'string' ? duplicateFieldsIn(query) : undefined;
        if (!error) return next();
        res.status(400).json({ errors: [formatError(error.toJSON(), error)] });
      },
      expressMiddleware(apollo, {
        context: async ({ req, res }) =>
          contextFor({
            credentials: credentialsOf(req, req.headers.authorization),
            http: {
              setCookie: (name, value, { expires }) =>
                res.cookie(name, value, { httpOnly: true, sameSite: 'lax', secure: config.cookieSecure, path: '/', expires }),
              clearCookie: (name) => res.clearCookie(name, { httpOnly: true, sameSite: 'lax', secure: config.cookieSecure, path: '/' }),
            },
            client: { address: req.ip ?? 'unknown', userAgent: req.headers['user-agent'] ?? null },
            requestId: String(req.id),
            logger: req.log,
          }),
      }),
    );
    // A body that is too large or not JSON gets a GraphQL-shaped error, not an HTML page.
    app.use('/graphql', (error: { type?: string; status?: number }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (error.type === 'entity.too.large') {
        res.status(413).json({ errors: [{ message: `The request body is over ${LIMITS.httpBodyBytes / 1024} KiB.`, extensions: { code: ErrorCode.TOO_LARGE } }] });
      } else if (error.type === 'entity.parse.failed') {
        res.status(400).json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: ErrorCode.BAD_USER_INPUT } }] });
      } else {
        next(error);
      }
    });
    app.use(calendarRoutes(orm, services));
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
    logger.info({ url, redis: Boolean(config.redisUrl) }, `Mentorspace is listening on ${url}`);

    let closing: Promise<void> | undefined;
    return {
      url,
      port,
      orm,
      realtime,
      bus,
      logger,
      services,
      close: () => (closing ??= closeAll()),
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
