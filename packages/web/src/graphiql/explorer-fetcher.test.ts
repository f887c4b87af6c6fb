import { describe, expect, it } from 'vitest';
import { authorizationFrom, isSubscription } from './explorer-fetcher';

describe('the API explorer', () => {
  it('finds a bearer token in the headers editor, whatever the case of the name', () => {
    expect(authorizationFrom({ Authorization: 'Bearer mst_abc' })).toBe('Bearer mst_abc');
    expect(authorizationFrom({ authorization: '  bearer mst_abc ' })).toBe('bearer mst_abc');
    expect(authorizationFrom({ Authorization: 'Bearer ' })).toBeUndefined();
    expect(authorizationFrom({ 'X-Other': 'Bearer mst_abc' })).toBeUndefined();
    expect(authorizationFrom(undefined)).toBeUndefined();
  });

  it('sends subscriptions over the WebSocket and everything else over HTTP', () => {
    const document = 'query Me { viewer { id } } subscription Live { notificationEvents(after: 0) { seq } }';
    expect(isSubscription(document, 'Live')).toBe(true);
    expect(isSubscription(document, 'Me')).toBe(false);
    expect(isSubscription('subscription { notificationEvents(after: 0) { seq } }', null)).toBe(true);
    expect(isSubscription('{ not valid', null)).toBe(false);
  });
});
