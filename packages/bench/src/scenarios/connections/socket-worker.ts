import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { RawClientMessage, RawServerMessage } from '../../raw-socket-server.js';

// A client process for the connections scenario: it holds its share of the
// sockets, so the instance's memory and CPU are the instance's alone. Each
// socket carries one idle subscription (or, for the baseline, one plain
// authenticated WebSocket); it counts as open once the subscription has
// delivered the one event it was asked to replay.

export type SocketSpec = { authorization: string; sessionId: string; after: number };
export type WorkerCommand =
  | { type: 'open'; kind: 'graphql' | 'raw'; url: string; sockets: SocketSpec[]; concurrency: number }
  | { type: 'close' }
  | { type: 'status' };
export type WorkerReply =
  | { type: 'progress'; opened: number }
  | { type: 'opened'; opened: number; failed: number; errors: string[] }
  | { type: 'status'; open: number; dropped: number; errors: string[] }
  | { type: 'closed' };

export const SESSION_EVENTS = /* GraphQL */ `subscription IdleRoom($sessionId: ID!, $after: Int!) {
  sessionEvents(sessionId: $sessionId, after: $after) { seq type }
}`;

type Held = { close(): void };
const held: Held[] = [];
const errors: string[] = [];
let dropped = 0;
let closing = false;

const reply = (message: WorkerReply) => process.send!(message);
const noteError = (error: unknown) => {
  if (errors.length < 20) errors.push(error instanceof Error ? error.message : describe(error));
};

function openSubscription(url: string, spec: SocketSpec): Promise<Held> {
  return new Promise((resolve, reject) => {
    const client: Client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: spec.authorization },
      retryAttempts: 0,
      lazy: true,
      on: {
        closed: () => {
          if (!closing && opened) dropped++;
        },
      },
    });
    let opened = false;
    const unsubscribe = client.subscribe(
      { query: SESSION_EVENTS, variables: { sessionId: spec.sessionId, after: spec.after } },
      {
        next: (result) => {
          if (result.errors) {
            reject(new Error(JSON.stringify(result.errors)));
          } else if (!opened) {
            opened = true;
            resolve({ close: () => (unsubscribe(), void client.dispose()) });
          }
        },
        error: (error) => (opened ? (dropped++, noteError(error)) : reject(error instanceof Error ? error : new Error(describe(error)))),
        complete: () => {
          if (!closing && opened) dropped++;
        },
      },
    );
  });
}

function openRaw(url: string, spec: SocketSpec): Promise<Held> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    let opened = false;
    socket.on('open', () => socket.send(JSON.stringify({ type: 'auth', authorization: spec.authorization } satisfies RawClientMessage)));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as RawServerMessage;
      if (message.type === 'ok' && !opened) {
        opened = true;
        resolve({ close: () => socket.close() });
      }
    });
    socket.on('error', reject);
    socket.on('close', (code) => {
      if (!opened) reject(new Error(`closed with ${code}`));
      else if (!closing) dropped++;
    });
  });
}

const describe = (error: unknown): string =>
  error && typeof error === 'object' && 'code' in error ? `closed with ${(error as { code: number; reason?: string }).code} ${(error as { reason?: string }).reason ?? ''}` : String(error);

async function open(command: Extract<WorkerCommand, { type: 'open' }>): Promise<void> {
  closing = false;
  let next = 0;
  let failed = 0;
  const opener = command.kind === 'graphql' ? openSubscription : openRaw;
  const worker = async () => {
    while (next < command.sockets.length) {
      const spec = command.sockets[next++]!;
      try {
        held.push(await opener(command.url, spec));
        if (held.length % 100 === 0) reply({ type: 'progress', opened: held.length });
      } catch (error) {
        failed++;
        noteError(error);
      }
    }
  };
  await Promise.all(Array.from({ length: command.concurrency }, worker));
  reply({ type: 'opened', opened: held.length, failed, errors: errors.splice(0) });
}

process.on('message', (command: WorkerCommand) => {
  if (command.type === 'open') void open(command);
  else if (command.type === 'status') reply({ type: 'status', open: held.length, dropped, errors: errors.splice(0) });
  else if (command.type === 'close') {
    closing = true;
    for (const socket of held.splice(0)) socket.close();
    dropped = 0;
    // Give the close frames a moment to leave before the parent measures the server again.
    setTimeout(() => reply({ type: 'closed' }), 200);
  }
});
process.on('disconnect', () => process.exit(0));
