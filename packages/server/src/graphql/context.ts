import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import type { Realtime } from '../events/realtime.js';
import type { Viewer } from '../auth/viewer.js';
import type { Services } from '../services.js';
import type { RequestLoaders } from './loaders.js';

/** Cookie access on HTTP requests; absent on WebSocket operations, which cannot set cookies. */
export type HttpExchange = {
  setCookie(name: string, value: string, options: { expires: Date }): void;
  clearCookie(name: string): void;
};

export type ClientInfo = { address: string; userAgent: string | null };

/** What every resolver receives. A `type`, not an interface: graphql-ws's `useServer` needs that. */
export type GraphQLContext = {
  /** A fork for this request or subscription event; never the global entity manager. */
  em: EntityManager;
  viewer: Viewer;
  services: Services;
  /** Batching for list fields (one statement per list level, not per item); made with `em`. */
  loaders: RequestLoaders;
  realtime: Realtime;
  http: HttpExchange | null;
  client: ClientInfo;
  logger: Logger;
  requestId: string;
  instanceId: string;
};
