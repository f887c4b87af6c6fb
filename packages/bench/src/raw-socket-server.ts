import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { App } from '@mentorspace/server/dist/app.js';
import { credentialsFrom, resolveViewer } from '@mentorspace/server/dist/auth/authenticate.js';

// The baseline for the connections and replay scenarios, run inside a
// benchmarked instance (host.ts loads it when BENCH_RAW_SOCKETS=1): a plain
// `ws` server with no GraphQL. A socket authenticates once with the same
// bearer token and the same SQL lookup as connection_init, then is held.
// Asked to replay, it reads the missed events with one SQL statement and
// writes each to the socket as its own message, as graphql-ws would.

export type RawClientMessage = { type: 'auth'; authorization: string } | { type: 'replay'; streamId: string; after: number };
export type RawServerMessage = { type: 'ok' } | { type: 'denied' } | { type: 'event'; seq: number; type_: string; payload: unknown; actorId: string | null; createdAt: string };

type EventRow = { seq: string; type: string; payload: unknown; actor_id: string | null; created_at: Date };

export async function startRawSocketServer(app: App): Promise<string> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  server.on('connection', (socket: WebSocket) => {
    let authenticated = false;
    socket.on('message', async (data) => {
      const message = JSON.parse(String(data)) as RawClientMessage;
      if (message.type === 'auth') {
        try {
          await resolveViewer(app.orm.em.fork(), app.services, credentialsFrom({ authorization: message.authorization }));
          authenticated = true;
          socket.send(JSON.stringify({ type: 'ok' } satisfies RawServerMessage));
        } catch {
          socket.close(4403, 'Forbidden');
        }
      } else if (message.type === 'replay' && authenticated) {
        const rows = await app.orm.em
          .fork()
          .execute<EventRow[]>(`select seq, type, payload, actor_id, created_at from stream_events where stream_id = ? and seq > ? order by seq`, [message.streamId, message.after]);
        for (const row of rows) {
          const event: RawServerMessage = { type: 'event', seq: Number(row.seq), type_: row.type, payload: row.payload, actorId: row.actor_id, createdAt: new Date(row.created_at).toISOString() };
          socket.send(JSON.stringify(event));
        }
      }
    });
  });
  return `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
