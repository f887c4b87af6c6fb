import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../testing/test-app.js';
import { signUpPerson, type TestClient } from '../testing/graphql-client.js';
import { wsClientFor } from '../testing/ws-client.js';

const server = useTestApp();
let person: TestClient;

beforeAll(async () => {
  person = (await signUpPerson(server.app, 'Caller')).client;
});

const BAD_VARIABLES = [
  ['an unknown enum value', `query($status: WebhookDeliveryStatus) { viewer { webhookEndpoints { nodes { deliveries(status: $status) { totalCount } } } } }`, { status: 'NOPE' }],
  ['a malformed date', `mutation($input: OpenMeetingRoomInput!) { openMeetingRoom(input: $input) { userErrors { code } } }`, { input: { meetingId: 'x', originalStart: 'soon' } }],
  ['a missing required field', `mutation($input: OpenMeetingRoomInput!) { openMeetingRoom(input: $input) { userErrors { code } } }`, { input: { meetingId: 'x' } }],
  ['a string for a number', `query($days: Int!) { viewer { upcomingMeetings(days: $days) { room { id } } } }`, { days: 'seven' }],
] as const;

// Variables that do not fit their declared types are the caller's mistake: a
// clear BAD_USER_INPUT naming the variable, never an internal error.
describe('variables of the wrong type', () => {
  it.each(BAD_VARIABLES)('are refused over HTTP with BAD_USER_INPUT and 400: %s', async (_, query, variables) => {
    const result = await person.request(query, variables);
    expect(result.status).toBe(400);
    expect(result.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/^Variable "\$\w+"/), extensions: { code: 'BAD_USER_INPUT' } })]);
  });

  it.each(BAD_VARIABLES)('are refused over WebSocket with BAD_USER_INPUT, and the socket stays open: %s', async (_, query, variables) => {
    const client = wsClientFor(server.app, person);
    try {
      const outcome = await new Promise<unknown>((resolve) => {
        client.subscribe({ query, variables }, { next: () => {}, error: resolve, complete: () => resolve('completed') });
      });
      expect(outcome).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } })]);
      // The same socket still answers a good operation.
      const fine = await new Promise((resolve, reject) => {
        client.subscribe({ query: '{ viewer { displayName } }' }, { next: resolve, error: reject, complete: () => {} });
      });
      expect(fine).toEqual({ data: { viewer: { displayName: 'Caller' } } });
    } finally {
      await client.dispose();
    }
  });
});
