import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhookSignature } from '../modules/webhooks/signature.js';

export type ReceivedWebhook = {
  eventId: string;
  /** 1 for the first request this receiver saw with this event id, 2 for the second… */
  seen: number;
  headers: IncomingHttpHeaders;
  rawBody: string;
  body: { id: string; type: string; createdAt: string; data: Record<string, unknown> };
  /** Whether the signature checked out against every secret the receiver was told to accept. */
  verified: Record<string, boolean>;
  /** What the receiver did: answered with a status, or never answered. */
  answer: number | 'hang';
};

/** Decides how to answer a request: a status, or 'hang' to never answer (the sender times out). */
export type Behaviour = (request: { eventId: string; seen: number; type: string; data: Record<string, unknown> }) => number | 'hang';

/**
 * A local webhook receiver on a free port (node:http, real HTTP), which
 * verifies every signature with the secrets it is given and answers as its
 * behaviour says, so tests can fail deliveries on purpose.
 */
export async function startWebhookReceiver(behaviour: Behaviour = () => 200) {
  const received: ReceivedWebhook[] = [];
  const secrets = new Map<string, string>();
  const hanging = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const body = JSON.parse(rawBody) as ReceivedWebhook['body'];
      const eventId = String(request.headers['mentorspace-webhook-id']);
      const seen = received.filter((r) => r.eventId === eventId).length + 1;
      const verified = Object.fromEntries([...secrets].map(([name, secret]) => [name, verifyWebhookSignature(secret, request.headers, rawBody).ok]));
      const answer = behaviour({ eventId, seen, type: body.type, data: body.data ?? {} });
      received.push({ eventId, seen, headers: request.headers, rawBody, body, verified, answer });
      if (answer === 'hang') {
        hanging.add(response);
        return;
      }
      response.writeHead(answer, { 'content-type': 'text/plain' }).end(answer < 300 ? 'ok' : 'not now');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    /** Accept signatures made with this secret (named, so a test can check which matched). */
    trust(name: string, secret: string) {
      secrets.set(name, secret);
    },
    /** Event ids this receiver answered with 2xx, with how often each. */
    accepted(): Map<string, number> {
      const counts = new Map<string, number>();
      for (const r of received) if (r.answer !== 'hang' && r.answer < 300) counts.set(r.eventId, (counts.get(r.eventId) ?? 0) + 1);
      return counts;
    },
    async close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;
