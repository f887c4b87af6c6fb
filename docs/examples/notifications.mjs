// Follows your notifications over WebSocket (graphql-ws), the way docs/api.md
// describes: replay everything after the last seq you saw, then stream live.
// graphql-ws reconnects by itself and subscribes again with the same `after`,
// so events at or below the last seq seen are skipped: each is handled once.
//
//   MENTORSPACE_TOKEN=mst_… AFTER=0 node docs/examples/notifications.mjs
//
// STOP_AFTER=n ends after n notifications (handy in scripts).
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const url = `${(process.env.MENTORSPACE_URL ?? 'http://localhost:4000').replace(/^http/, 'ws')}/graphql`;
const stopAfter = Number(process.env.STOP_AFTER ?? Infinity);
let lastSeq = Number(process.env.AFTER ?? 0);
let handled = 0;

const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: { authorization: `Bearer ${process.env.MENTORSPACE_TOKEN}` },
  retryAttempts: Infinity,
});

const query = `subscription Notifications($after: Int!) {
  notificationEvents(after: $after) { seq type payload createdAt }
}`;

const unsubscribe = client.subscribe(
  { query, variables: { after: lastSeq } },
  {
    next({ data, errors }) {
      if (errors) return console.error(JSON.stringify(errors));
      const event = data.notificationEvents;
      if (event.seq <= lastSeq) return; // seen before a reconnect
      lastSeq = event.seq;
      console.log(JSON.stringify(event));
      if (++handled >= stopAfter) {
        unsubscribe();
        void client.dispose();
      }
    },
    error(error) {
      console.error(error instanceof Error ? error.message : JSON.stringify(error));
      process.exitCode = 1;
      void client.dispose();
    },
    complete() {},
  },
);
