/**
 * Whether an error means a dependency (Postgres or Redis) is unreachable for
 * now, rather than a bug: the same request may well succeed in a moment.
 * Such errors reach clients as SERVICE_UNAVAILABLE with `retryable: true`
 * instead of INTERNAL; every write runs in one transaction, so a failed one
 * left nothing behind and a retry (with the same clientMutationId where the
 * mutation takes one) is safe.
 */
export function isOutage(error: unknown): boolean {
  // Wrappers keep the original as `cause` or, in GraphQL's case, `originalError` (context creation, resolvers).
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== 'object') return false;
    const { name, code, message } = current as { name?: unknown; code?: unknown; message?: unknown };
    if (typeof name === 'string' && OUTAGE_NAMES.has(name)) return true;
    if (typeof code === 'string' && (OUTAGE_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
    if (typeof message === 'string' && OUTAGE_MESSAGES.test(message)) return true;
    const wrapper = current as { cause?: unknown; originalError?: unknown };
    current = wrapper.originalError ?? wrapper.cause;
  }
  return false;
}

const OUTAGE_NAMES = new Set([
  'ConnectionException', // MikroORM: the driver lost or could not open a connection
  'KnexTimeoutError', // no pooled connection came free in time
  'ConnectionTimeoutError', // node-redis
  'SocketClosedUnexpectedlyError', // node-redis
  'ClientClosedError', // node-redis
  'ClientOfflineError', // node-redis
]);

/** Network failures as Node reports them. */
const OUTAGE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** SQLSTATE class 08 (connection exception), 57P01–57P03 (shutting down, cannot connect now), 53300 (too many connections). */
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[1-3]|53300)$/;

/**
 * pg and knex say these in plain messages, without a code. knex answers
 * "Transaction query already complete" to the next query of a transaction
 * whose connection died under it (Postgres rolled it back).
 */
const OUTAGE_MESSAGES =
  /Connection terminated|Connection ended unexpectedly|not queryable|Client was closed and is not queryable|Timeout acquiring a connection|Unable to acquire a connection|The client is closed|Socket closed unexpectedly|Transaction query already complete/i;

/**
 * Runs `attempt` again while it fails with an outage, for at most `withinMs`;
 * then, or on any other error, the error propagates. For the reads a live
 * subscription makes (stored events, access re-checks): a blip in Postgres
 * should delay its events, not end it.
 */
export async function retryWhileOutage<T>(attempt: () => Promise<T>, { withinMs = 10_000, pauseMs = 250 } = {}): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!isOutage(error) || Date.now() + pauseMs > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
}
