import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import type { App } from '../app.js';
import type { TestClient } from './graphql-client.js';

export type LiveEvent = { seq: number | null; type: string; payload: Record<string, any>; ephemeral: boolean };

/**
 * A real graphql-ws client that authenticates like the browser (the session
 * cookie on the upgrade), and collects what one subscription delivers.
 */
export function wsClientFor(app: Pick<App, 'url'>, person: TestClient): Client {
  const cookie = person.sessionCookie!;
  class WithCookie extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  }
  return createClient({ url: app.url.replace('http', 'ws') + '/graphql', webSocketImpl: WithCookie, retryAttempts: 0 });
}

export class LiveCollector {
  readonly events: LiveEvent[] = [];
  error: unknown = null;
  completed = false;
  private readonly stop: () => void;

  constructor(
    private readonly client: Client,
    query: string,
    variables: Record<string, unknown>,
    field: string,
  ) {
    this.stop = client.subscribe<Record<string, LiveEvent>>(
      { query, variables },
      {
        next: (result) => {
          if (result.errors) this.error = result.errors;
          else if (result.data) this.events.push(result.data[field]!);
        },
        error: (error) => (this.error = error),
        complete: () => (this.completed = true),
      },
    );
  }

  get stored(): LiveEvent[] {
    return this.events.filter((event) => !event.ephemeral);
  }

  async close(): Promise<void> {
    this.stop();
    await this.client.dispose();
  }
}

export const SESSION_EVENTS = `subscription($sessionId: ID!, $after: Int) {
  sessionEvents(sessionId: $sessionId, after: $after) { seq type payload ephemeral }
}`;

export const BOARD_EVENTS = `subscription($boardId: ID!, $after: Int) {
  boardEvents(boardId: $boardId, after: $after) { seq type payload ephemeral }
}`;
