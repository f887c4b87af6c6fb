import { ApolloLink } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { getOperationAST, type DocumentNode } from 'graphql';
import type { Client, FormattedExecutionResult, Sink, SubscribePayload } from 'graphql-ws';
import type { OperationIds } from './operation-ids';

const nameOf = (document: DocumentNode): string => getOperationAST(document)?.name?.value ?? '';
const known = (ids: OperationIds, name: string | undefined): name is string => name !== undefined && Object.hasOwn(ids, name);

/**
 * Sends the web app's operations over HTTP as their manifest hash alone
 * (Apollo's persisted-query protocol); the server runs its copy of the
 * document (trusted documents). Anything not in the manifest goes as text.
 *
 * A server that does not know the manifest (TRUSTED_DOCUMENTS=off, or a
 * different version in the middle of a deploy) answers PERSISTED_QUERY_NOT_FOUND:
 * from then on this page sends documents in full. The hash must not go along
 * with the text: it is the hash of the manifest's copy, not of Apollo's print.
 */
export function withPersistedQueries(ids: OperationIds, http: ApolloLink): ApolloLink {
  const persisted = new PersistedQueryLink({
    generateHash: (document) => ids[nameOf(document)]!,
    disable: ({ meta }) => meta.persistedQueryNotSupported || meta.persistedQueryNotFound,
  });
  return ApolloLink.split(({ operationName }) => known(ids, operationName), persisted.concat(http), http);
}

const notFound = (error: unknown) =>
  Array.isArray(error) && error.some((entry: { extensions?: { code?: unknown } }) => entry?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND');

/**
 * The same over graphql-ws, which has no persisted-query protocol of its own:
 * a manifest operation is subscribed with an empty `query` and
 * `extensions.persistedQuery`, which the server resolves from its manifest.
 * If the server does not know the hash, this subscribes again with the text,
 * and sends text from then on.
 */
export function hashOnlySubscriptions(client: Client, ids: OperationIds): Client {
  let enabled = true;
  function subscribe<Data = Record<string, unknown>, Extensions = unknown>(
    payload: SubscribePayload,
    sink: Sink<FormattedExecutionResult<Data, Extensions>>,
  ): () => void {
    const name = payload.operationName ?? undefined;
    if (!enabled || !known(ids, name)) return client.subscribe(payload, sink);
    const byHash: SubscribePayload = { ...payload, query: '', extensions: { ...payload.extensions, persistedQuery: { version: 1, sha256Hash: ids[name] } } };
    let fallback: (() => void) | undefined;
    const first = client.subscribe<Data, Extensions>(byHash, {
      next: (value) => sink.next(value),
      complete: () => sink.complete(),
      error: (error) => {
        if (!notFound(error)) return sink.error(error);
        enabled = false;
        fallback = client.subscribe(payload, sink);
      },
    });
    return () => (fallback ?? first)();
  }
  return { ...client, subscribe };
}
