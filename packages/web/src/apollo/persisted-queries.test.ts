import { describe, expect, it } from 'vitest';
import type { Client, FormattedExecutionResult, Sink, SubscribePayload } from 'graphql-ws';
import { operationIdsFromManifest } from './operation-ids';
import { hashOnlySubscriptions } from './persisted-queries';

const MANIFEST = {
  'sha256:aaa': 'fragment F on User { __typename id } query Viewer { __typename viewer { __typename ...F } }',
  'sha256:bbb': 'subscription NotificationEvents($after: Int!) { notificationEvents(after: $after) { __typename seq } }',
};
const IDS = operationIdsFromManifest(MANIFEST);

/** A graphql-ws client that records what it is asked to send, and answers as the test says. */
function fakeClient(answer: (payload: SubscribePayload, sink: Sink<FormattedExecutionResult>) => void) {
  const sent: SubscribePayload[] = [];
  const client = {
    subscribe: (payload: SubscribePayload, sink: Sink<FormattedExecutionResult>) => {
      sent.push(payload);
      answer(payload, sink);
      return () => {};
    },
    iterate: () => {
      throw new Error('not used');
    },
    on: () => () => {},
    dispose: () => {},
    terminate: () => {},
  } as unknown as Client;
  return { client, sent };
}

const collect = (client: Client, payload: SubscribePayload) => {
  const seen: { results: FormattedExecutionResult[]; errors: unknown[] } = { results: [], errors: [] };
  client.subscribe<Record<string, unknown>, Record<string, unknown>>(payload, { next: (result) => seen.results.push(result), error: (error) => seen.errors.push(error), complete: () => {} });
  return seen;
};

describe('operation ids', () => {
  it('maps each operation name to its hash, skipping fragments', () => {
    expect(IDS).toEqual({ Viewer: 'aaa', NotificationEvents: 'bbb' });
  });
});

describe('hash-only subscriptions', () => {
  const subscription = { operationName: 'NotificationEvents', query: 'subscription NotificationEvents { … }', variables: { after: 0 } };

  it('sends a manifest operation as its hash with an empty query', () => {
    const { client, sent } = fakeClient((_, sink) => sink.next({ data: { ok: true } }));
    const seen = collect(hashOnlySubscriptions(client, IDS), subscription);
    expect(sent).toEqual([{ ...subscription, query: '', extensions: { persistedQuery: { version: 1, sha256Hash: 'bbb' } } }]);
    expect(seen.results).toEqual([{ data: { ok: true } }]);
  });

  it('sends anything else as it is', () => {
    const { client, sent } = fakeClient(() => {});
    collect(hashOnlySubscriptions(client, IDS), { operationName: 'Other', query: '{ x }' });
    expect(sent).toEqual([{ operationName: 'Other', query: '{ x }' }]);
  });

  it('falls back to the text when the server does not know the hash, and keeps sending text', () => {
    const { client, sent } = fakeClient((payload, sink) =>
      payload.query ? sink.next({ data: { ok: true } }) : sink.error([{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }]),
    );
    const wrapped = hashOnlySubscriptions(client, IDS);
    const seen = collect(wrapped, subscription);
    expect(sent.map((payload) => payload.query)).toEqual(['', subscription.query]);
    expect(seen).toEqual({ results: [{ data: { ok: true } }], errors: [] });
    collect(wrapped, subscription);
    expect(sent.at(-1)).toEqual(subscription);
  });

  it('passes other errors on', () => {
    const refusal = [{ message: 'no', extensions: { code: 'FORBIDDEN' } }];
    const { client } = fakeClient((_, sink) => sink.error(refusal));
    expect(collect(hashOnlySubscriptions(client, IDS), subscription).errors).toEqual([refusal]);
  });
});
