import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, RefetchEventManager } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { Observable } from 'rxjs';
import { createConnectionStore, initialConnectionModel, watchBrowserNetwork, type ConnectionState, type ConnectionStore } from './connection-state';
import { ViewerDocument } from '../graphql/documents';
import { createLiveSocket, type LiveSocket } from './live-socket';
import { createIdentityTracker } from './viewer-identity';
import { hashOnlySubscriptions, withPersistedQueries } from './persisted-queries';
import operationIds from 'virtual:persisted-operation-ids';

declare module '@apollo/client' {
  interface RefetchEvents {
    /** The live connection is back after an outage (payload: the state it recovered from). */
    reconnect: ConnectionState;
  }
}

export interface ApolloClientOptions {
  /** The HTTP endpoint for queries and mutations. Same origin by default. */
  httpUri?: string;
  /** The WebSocket endpoint for subscriptions. `ws(s)://<this host>/graphql` by default. */
  wsUrl?: string;
  /**
   * Called when an operation is refused with `UNAUTHENTICATED`: the session
   * ended (signed out elsewhere, expired, revoked). The app forgets the viewer
   * and sends the person to sign in.
   */
  onUnauthenticated?: () => void;
  /**
   * Called when the signed-in person became signed out without this app
   * signing them out (its own sign-out clears the store first): the session
   * was ended elsewhere, or found ended. The app says so.
   */
  onSessionEnded?: () => void;
}

export interface AppApollo {
  client: ApolloClient;
  /** The live connection's state, for the header's indicator. */
  connection: ConnectionStore;
  /** Skips the reconnect backoff and tries now. */
  retryNow: LiveSocket['retryNow'];
  dispose(): Promise<void>;
}

/** `ws://` or `wss://` on the page's own host, so the dev proxy and the production server both work. */
export function defaultWsUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

/**
 * The app's Apollo Client: queries and mutations over HTTP, subscriptions over
 * one graphql-ws connection that reconnects forever. Active queries refetch
 * after the connection comes back from an outage (opt out per query with
 * `refetchOn: { reconnect: false }`, e.g. where a subscription replays what was missed).
 */
export function createApolloClient(options: ApolloClientOptions = {}): AppApollo {
  const connection = createConnectionStore(initialConnectionModel(navigator.onLine));
  const stopWatchingNetwork = watchBrowserNetwork(connection);
  const socket = createLiveSocket({ url: options.wsUrl ?? (() => defaultWsUrl()), store: connection });

  // The app's own operations travel as hashes of the schema package's manifest (trusted documents).
  const httpLink = withPersistedQueries(operationIds, new HttpLink({ uri: options.httpUri ?? '/graphql', credentials: 'include' }));
  const wsLink = new GraphQLWsLink(hashOnlySubscriptions(socket.client, operationIds));
  const transport = ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, wsLink, httpLink);
  const sessionEnded = new ErrorLink(({ error }) => {
    if (CombinedGraphQLErrors.is(error) && error.errors.some((entry) => entry.extensions?.code === 'UNAUTHENTICATED')) {
      options.onUnauthenticated?.();
    }
  });
  const link = sessionEnded.concat(transport);

  const reconnects = new Observable<ConnectionState>((subscriber) =>
    connection.subscribe((state, previous) => {
      if (state === 'connected' && (previous === 'reconnecting' || previous === 'offline')) subscriber.next(previous);
    }),
  );

  const client = new ApolloClient({
    link,
    cache: new InMemoryCache(),
    refetchEventManager: new RefetchEventManager({ sources: { reconnect: () => reconnects } }),
  });

  // The server reads the session cookie on the WebSocket upgrade only: when the
  // viewer changes (sign-in, sign-up, sign-out), reopen the socket as them.
  const identity = createIdentityTracker((next, _previous, { afterReset }) => {
    socket.restart();
    if (next === null && !afterReset) options.onSessionEnded?.();
  });
  const stopWatchingViewer = client.cache.watch({
    query: ViewerDocument,
    optimistic: false,
    callback: (diff) => identity.observe(diff.complete && diff.result ? (diff.result.viewer?.id ?? null) : undefined),
  });

  return {
    client,
    connection,
    retryNow: socket.retryNow,
    async dispose() {
      stopWatchingViewer();
      stopWatchingNetwork();
      client.stop();
      await socket.dispose();
    },
  };
}
