import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signedHeaders, verifyWebhookSignature } from './signature.js';

const secret = 'msw_test-secret';
const body = '{"id":"e1","type":"request.received","createdAt":"2027-01-01T00:00:00.000Z","data":{}}';
const now = Date.UTC(2027, 0, 1);
const timestamp = Math.floor(now / 1000);

describe('webhook signatures', () => {
  it('are an HMAC-SHA256 of id, timestamp and raw body, in hex, that verifies', () => {
    const headers = signedHeaders([secret], 'e1', timestamp, body);
    const expected = createHmac('sha256', secret).update(`e1.${timestamp}.${body}`).digest('hex');
    expect(headers).toEqual({ 'mentorspace-webhook-id': 'e1', 'mentorspace-webhook-timestamp': String(timestamp), 'mentorspace-signature': `v1=${expected}` });
    expect(verifyWebhookSignature(secret, headers, body, { now })).toEqual({ ok: true, id: 'e1' });
    expect(verifyWebhookSignature(secret, new Headers(headers), body, { now })).toEqual({ ok: true, id: 'e1' });
  });

  it('fail for another body, secret, id or an old timestamp', () => {
    const headers = signedHeaders([secret], 'e1', timestamp, body);
    expect(verifyWebhookSignature(secret, headers, body.replace('e1', 'e2'), { now }).ok).toBe(false);
    expect(verifyWebhookSignature('msw_other', headers, body, { now }).ok).toBe(false);
    expect(verifyWebhookSignature(secret, { ...headers, 'mentorspace-webhook-id': 'e2' }, body, { now }).ok).toBe(false);
    expect(verifyWebhookSignature(secret, headers, body, { now: now + 6 * 60_000 })).toEqual({ ok: false, reason: 'timestamp outside the tolerance' });
    expect(verifyWebhookSignature(secret, {}, body, { now })).toEqual({ ok: false, reason: 'missing headers' });
  });

  it('carry one signature per live secret during a rotation; either verifies', () => {
    const headers = signedHeaders(['msw_new', 'msw_old'], 'e1', timestamp, body);
    expect(headers['mentorspace-signature']!.split(' ')).toHaveLength(2);
    expect(verifyWebhookSignature('msw_new', headers, body, { now }).ok).toBe(true);
    expect(verifyWebhookSignature('msw_old', headers, body, { now }).ok).toBe(true);
  });
});
