import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import type { Realtime } from '../events/realtime.js';

/** What every resolver receives. A `type`, not an interface: graphql-ws's `useServer` needs that. */
export type GraphQLContext = {
  /** A fork for this request or subscription event; never the global entity manager. */
  em: EntityManager;
  realtime: Realtime;
  logger: Logger;
  requestId: string;
  instanceId: string;
};
