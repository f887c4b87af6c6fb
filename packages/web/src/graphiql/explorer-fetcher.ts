import { getOperationAST, parse, type DocumentNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import type { GraphiQLProps } from 'graphiql';

type Fetcher = GraphiQLProps['fetcher'];

/** The Authorization header as typed in GraphiQL's headers editor (any case), if it holds a token. */
export function authorizationFrom(headers: Record<string, unknown> | undefined): string | undefined {
  const entry = Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === 'authorization');
  const value = typeof entry?.[1] === 'string' ? entry[1].trim() : '';
  return /^Bearer\s+\S+$/i.test(value) ? value : undefined;
}

/** Whether the operation to run is a subscription (those go over the WebSocket). */
export function isSubscription(query: string, operationName: string | null | undefined, document?: DocumentNode): boolean {
  try {
    return getOperationAST(document ?? parse(query), operationName ?? undefined)?.operation === 'subscription';
  } catch {
    return false; // not valid GraphQL: let the server say why, over HTTP
  }
}

/**
 * Queries and mutations over HTTP with the editor's headers (and this
 * browser's session cookie, as the web app would); subscriptions over
 * graphql-ws, one socket per token, which goes in `connection_init` since
 * browsers cannot set headers on a WebSocket.
 */
export function createExplorerFetcher(options: { url: string; wsUrl: string }): Fetcher {
  const sockets = new Map<string, Client>();
  const socketFor = (authorization: string | undefined): Client => {
    const key = authorization ?? '';
    let client = sockets.get(key);
    if (!client) {
      client = createClient({ url: options.wsUrl, connectionParams: authorization ? { authorization } : {} });
      sockets.set(key, client);
    }
    return client;
  };

  return (params, opts) => {
    const headers = (opts?.headers ?? {}) as Record<string, unknown>;
    if (isSubscription(params.query, params.operationName, opts?.documentAST)) {
      // graphql-ws yields formatted results, which is what GraphiQL shows.
      return socketFor(authorizationFrom(headers)).iterate({
        query: params.query,
        operationName: params.operationName ?? null,
        variables: params.variables ?? null,
      }) as AsyncIterableIterator<never>;
    }
    return fetch(options.url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { ...(headers as Record<string, string>), 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(params),
    }).then((response) => response.json());
  };
}
