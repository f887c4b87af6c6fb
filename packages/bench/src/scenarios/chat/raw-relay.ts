import { WebSocketServer, type WebSocket } from 'ws';
import { createRedisClient } from '@mentorspace/server/dist/events/redis-client.js';
import type { Logger } from '@mentorspace/server/dist/logger.js';

/**
 * The chat scenario's baseline, started inside each benchmarked instance
 * (host.ts, when BENCH_RAW_RELAY=1): the least a fan-out across instances can
 * do. A client joins a room with `ws://…/?room=<id>`; every text it sends is
 * published on Redis as it came, and every instance writes it to that room's
 * sockets it holds. No GraphQL, no database, no JSON: what Mentorspace does
 * beyond this is its cost.
 */
export async function startRawRelay(options: { port: number; redisUrl: string; instanceId: string; logger: Logger }): Promise<() => Promise<void>> {
  const publisher = createRedisClient(options.redisUrl, `bench:${options.instanceId}:raw-pub`, options.logger);
  const subscriber = createRedisClient(options.redisUrl, `bench:${options.instanceId}:raw-sub`, options.logger);
  await Promise.all([publisher.connect(), subscriber.connect()]);
  const rooms = new Map<string, { members: Set<WebSocket>; subscribed: Promise<void> }>();
  const channel = (room: string) => `bench:raw:${room}`;
  const deliver = (message: string, from: string) => {
    for (const socket of rooms.get(from.slice('bench:raw:'.length))?.members ?? []) socket.send(message);
  };

  const server = new WebSocketServer({ host: '127.0.0.1', port: options.port });
  server.on('connection', (socket, request) => {
    const room = new URL(request.url ?? '/', 'http://relay').searchParams.get('room');
    if (!room) return socket.close(4400, 'room?');
    let joined = rooms.get(room);
    if (!joined) rooms.set(room, (joined = { members: new Set(), subscribed: subscriber.subscribe(channel(room), deliver) }));
    const { members } = joined;
    members.add(socket);
    // "ready" once Redis confirms the subscription, as graphql-ws subscribers are live once theirs is in place.
    joined.subscribed.then(() => socket.send('ready'), (error: unknown) => socket.close(1011, String(error)));
    socket.on('message', (data) => {
      void publisher.publish(channel(room), data.toString());
    });
    socket.on('close', () => {
      members.delete(socket);
      if (members.size === 0) {
        rooms.delete(room);
        void subscriber.unsubscribe(channel(room), deliver).catch(() => {});
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });

  return async () => {
    for (const socket of server.clients) socket.terminate();
    await new Promise((resolve) => server.close(resolve));
    await Promise.allSettled([publisher.close(), subscriber.close()]);
  };
}
