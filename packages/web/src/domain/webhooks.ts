import type { WebhookDeliveryStatus } from '../graphql/documents';

/** Server limit: endpoints per person. All of them fit on one page. */
export const MAX_WEBHOOK_ENDPOINTS = 10;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The same rule the server applies outside production, checked before
 * sending so a typo is caught at once: https, or http to this machine only.
 * (In production the server also refuses http://localhost; it says so.)
 */
export function webhookUrlProblem(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return 'Enter the address to send events to.';
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return 'Enter a full address, like https://example.com/webhooks.';
  }
  if (url.username || url.password) return 'Leave credentials out of the address; verify the signature instead.';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return null;
  return 'Use an https:// address.';
}

export const DELIVERY_STATUS: Record<WebhookDeliveryStatus, { label: string; color: string }> = {
  PENDING: { label: 'Pending', color: 'yellow' },
  SUCCEEDED: { label: 'Delivered', color: 'spruce' },
  FAILED: { label: 'Failed', color: 'red' },
};

export interface DeliveryOutcome {
  status: WebhookDeliveryStatus;
  attempts: number;
  lastStatusCode?: number | null;
  lastError?: string | null;
  lastDurationMs?: number | null;
}

/** One line on what the endpoint last said: "HTTP 200 in 84 ms", "timed out after 10000 ms", "Not tried yet". */
export function lastResponse({ attempts, lastStatusCode, lastError, lastDurationMs }: DeliveryOutcome): string {
  if (!attempts) return 'Not tried yet';
  const took = lastDurationMs != null ? ` in ${lastDurationMs} ms` : '';
  if (lastStatusCode != null) return `HTTP ${lastStatusCode}${took}`;
  return lastError ?? 'No answer';
}

/** A finished delivery can be sent again; a pending one is still being tried. */
export const canRedeliver = (delivery: { status: WebhookDeliveryStatus }, endpointEnabled: boolean): boolean =>
  endpointEnabled && delivery.status !== 'PENDING';
