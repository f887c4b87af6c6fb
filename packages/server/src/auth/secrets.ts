import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Session ids, access tokens and one-time links are 256 random bits with a
 * readable prefix (so leaked tokens can be recognised by secret scanners).
 * Only their SHA-256 is stored: at this entropy a slow hash adds nothing.
 * Webhook signing secrets (`msw`) are the exception: signing needs the
 * secret itself (see modules/webhooks/webhook-endpoint.entity.ts).
 */
export function newSecret(prefix: 'mss' | 'mst' | 'msl' | 'msc' | 'msw'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
