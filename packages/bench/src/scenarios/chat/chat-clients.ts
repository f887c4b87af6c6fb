import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';

/** One member's connection, whichever side it talks to: it sends chat text and hands over each text delivered to it. */
export type ChatConnection = {
  /** Sends a message; `answered` is told once the server answered it (error: why it was refused). */
  send(body: string, clientMutationId: string, answered: (error: string | null) => void): void;
  close(): Promise<void>;
};

export type OnDelivery = (body: string) => void;

// The same subscription as the web app and the server's own tests (packages/server/src/testing/ws-client.ts).
const SESSION_EVENTS = `subscription($sessionId: ID!, $after: Int) {
  sessionEvents(sessionId: $sessionId, after: $after) { seq type payload ephemeral }
}`;
const SEND_MESSAGE = `mutation($input: SendMessageInput!) {
  sendMessage(input: $input) { message { id } userErrors { code message } }
}`;

type SessionEvent = { seq: number | null; type: string; payload: { body?: string } };
type SendResult = { sendMessage: { message: { id: string } | null; userErrors: { code: string; message: string }[] } };

/**
 * Mentorspace: a graphql-ws client authenticated by bearer token in
 * connection_init, subscribed to its room's `sessionEvents`; messages go out
 * as `sendMessage` mutations over the same socket.
 */
export async function connectMentorspace(url: string, token: string, sessionId: string, onDelivery: OnDelivery): Promise<ChatConnection> {
  let failure: unknown = null;
  const client: Client = createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: (error) => (failure = error),
  });
  await new Promise<void>((resolve, reject) => {
    client.on('connected', () => resolve());
    client.on('closed', (event) => reject(new Error(`graphql-ws closed while connecting: ${JSON.stringify(event)} ${String(failure)}`)));
  });
  client.subscribe<{ sessionEvents: SessionEvent }>(
    { query: SESSION_EVENTS, variables: { sessionId, after: 0 } },
    {
      next: (result) => {
        const event = result.data?.sessionEvents;
        if (event?.type === 'message.sent' && typeof event.payload.body === 'string') onDelivery(event.payload.body);
      },
      error: (error) => console.error('sessionEvents ended with', error),
      complete: () => {},
    },
  );
  return {
    send(body, clientMutationId, answered) {
      let error: string | null = null;
      client.subscribe<SendResult>(
        { query: SEND_MESSAGE, variables: { input: { sessionId, body, clientMutationId } } },
        {
          next: (result) => {
            const payload = result.data?.sendMessage;
            if (result.errors?.length) error = result.errors.map((e) => e.message).join('; ');
            else if (!payload?.message) error = JSON.stringify(payload?.userErrors ?? result);
          },
          error: (reason) => answered(String(reason instanceof Error ? reason.message : JSON.stringify(reason))),
          complete: () => answered(error),
        },
      );
    },
    close: () => client.dispose() as Promise<void>,
  };
}

/** The baseline: a plain WebSocket to the raw relay (raw-relay.ts) in the same instance process. */
export async function connectBaseline(url: string, sessionId: string, onDelivery: OnDelivery): Promise<ChatConnection> {
  const socket = new WebSocket(`${url}/?room=${encodeURIComponent(sessionId)}`);
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.once('close', (code) => reject(new Error(`relay closed with ${code}`)));
    socket.on('message', (data) => {
      const text = data.toString();
      if (text === 'ready') resolve();
      else onDelivery(text);
    });
  });
  return {
    send(body, _clientMutationId, answered) {
      socket.send(body);
      answered(null);
    },
    close: async () => {
      if (socket.readyState === WebSocket.CLOSED) return;
      const closed = new Promise((resolve) => socket.once('close', resolve));
      socket.close();
      await closed;
    },
  };
}
