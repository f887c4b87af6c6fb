/** Operation ids longer than this (in UTF-8 bytes) are refused: graphql-ws echoes an id in a close reason, which may hold 123 bytes. */
export const MAX_OPERATION_ID_BYTES = 64;

/** Messages only a server sends; graphql-ws would treat one from a client as its own failure (4500). */
const SERVER_ONLY = new Set(['connection_ack', 'next', 'error']);

/**
 * graphql-ws parses every client message with this JSON reviver. Throwing
 * here makes graphql-ws close the socket with 4400 (bad request), the code
 * for a message the protocol does not allow, instead of 4500.
 */
export function refuseMalformedMessages(key: string, value: unknown): unknown {
  if (key !== '' || !value || typeof value !== 'object') return value; // only the message itself, not what it carries
  const { type, id } = value as { type?: unknown; id?: unknown };
  if (typeof type === 'string' && SERVER_ONLY.has(type)) throw new Error(`A client does not send ${type} messages.`);
  if (typeof id === 'string' && Buffer.byteLength(id) > MAX_OPERATION_ID_BYTES) throw new Error('The operation id is too long.');
  return value;
}
