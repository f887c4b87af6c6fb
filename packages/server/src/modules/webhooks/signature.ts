import { createHmac, timingSafeEqual } from 'node:crypto';

/** The headers every delivery carries (Standard Webhooks style, under our own names). */
export const WEBHOOK_HEADERS = {
  id: 'mentorspace-webhook-id',
  timestamp: 'mentorspace-webhook-timestamp',
  signature: 'mentorspace-signature',
} as const;

/** How far a delivery's timestamp may be from the receiver's clock before it is refused as a replay. */
export const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

/** `v1=<hex HMAC-SHA256(secret, "<id>.<timestamp>.<raw body>")>`. */
export function signatureFor(secret: string, id: string, timestamp: number, rawBody: string): string {
  return `v1=${createHmac('sha256', secret).update(`${id}.${timestamp}.${rawBody}`).digest('hex')}`;
}

/**
 * The headers of one attempt. While a rotated secret is still honoured, the
 * body is signed with both, space-separated, so receivers can switch over
 * without dropping a delivery.
 */
export function signedHeaders(secrets: readonly string[], id: string, timestamp: number, rawBody: string): Record<string, string> {
  return {
    [WEBHOOK_HEADERS.id]: id,
    [WEBHOOK_HEADERS.timestamp]: String(timestamp),
    [WEBHOOK_HEADERS.signature]: secrets.map((secret) => signatureFor(secret, id, timestamp, rawBody)).join(' '),
  };
}

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | null {
  if (headers instanceof Headers) return headers.get(name);
  const value = headers[name] ?? Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

/**
 * Checks a delivery as a receiver should: the signature matches the raw body
 * (as received, before any JSON parsing) and the timestamp is recent. Returns
 * why not, or null when it is genuine.
 */
export function verifyWebhookSignature(
  secret: string,
  headers: HeaderBag,
  rawBody: string,
  { toleranceSeconds = DEFAULT_TOLERANCE_SECONDS, now = Date.now() }: { toleranceSeconds?: number; now?: number } = {},
): { ok: true; id: string } | { ok: false; reason: string } {
  const id = header(headers, WEBHOOK_HEADERS.id);
  const timestamp = Number(header(headers, WEBHOOK_HEADERS.timestamp));
  const signatures = (header(headers, WEBHOOK_HEADERS.signature) ?? '').split(' ').filter(Boolean);
  if (!id || !Number.isSafeInteger(timestamp) || !signatures.length) return { ok: false, reason: 'missing headers' };
  if (Math.abs(now / 1000 - timestamp) > toleranceSeconds) return { ok: false, reason: 'timestamp outside the tolerance' };
  const expected = Buffer.from(signatureFor(secret, id, timestamp, rawBody));
  const matches = signatures.some((given) => {
    const candidate = Buffer.from(given);
    return candidate.length === expected.length && timingSafeEqual(candidate, expected);
  });
  return matches ? { ok: true, id } : { ok: false, reason: 'no signature matches' };
}
