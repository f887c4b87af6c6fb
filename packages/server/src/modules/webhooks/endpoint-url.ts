import { isIP } from 'node:net';

export const MAX_URL_LENGTH = 2_000;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Literal addresses that point inside a network (loopback, private, link-local, metadata). */
function isInternalAddress(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  const version = isIP(bare);
  if (version === 4) {
    const [a, b] = bare.split('.').map(Number) as [number, number];
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
  }
  if (version === 6) {
    const lower = bare.toLowerCase();
    return lower === '::1' || lower === '::' || lower.startsWith('fc') || lower.startsWith('fd') || lower.startsWith('fe80') || lower.startsWith('::ffff:');
  }
  return false;
}

/**
 * Why an endpoint address is not acceptable, or null when it is. HTTPS
 * always; plain HTTP only to this machine, and only outside production (for
 * trying webhooks out locally). In production, addresses written as internal
 * IPs are refused too, so an endpoint cannot be aimed at our own network.
 */
export function endpointUrlProblem(value: string, { production }: { production: boolean }): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Enter a full address, like https://example.com/webhooks.';
  }
  if (url.username || url.password) return 'Leave credentials out of the address; verify the signature instead.';
  if (url.protocol === 'https:') {
    return production && isInternalAddress(url.hostname) ? 'Use a public address, not one inside a private network.' : null;
  }
  if (url.protocol === 'http:' && !production && LOOPBACK_HOSTS.has(url.hostname)) return null;
  return production ? 'Use an https:// address.' : 'Use an https:// address (http:// works only for localhost outside production).';
}
