import { describe, expect, it } from 'vitest';
import { useTestApp } from '../testing/test-app.js';
import { appendEvent, Collector, uniqueStream } from '../testing/streams.js';
import { TestClient } from '../testing/graphql-client.js';

const server = useTestApp({ env: { METRICS_TOKEN: 'a-long-enough-metrics-token' } });

const scrape = async () => {
  const response = await fetch(`${server.app.url}/metrics`, { headers: { authorization: 'Bearer a-long-enough-metrics-token' } });
  expect(response.status).toBe(200);
  return response.text();
};
const value = (text: string, series: string) => Number(new RegExp(`^${series.replace(/[{}"]/g, (c) => `\\${c}`)} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);

describe('/metrics', () => {
  it('asks for the token when one is configured', async () => {
    expect((await fetch(`${server.app.url}/metrics`)).status).toBe(401);
  });

  it('counts operations by name, errors by code, events published and delivered, and replays', async () => {
    const client = new TestClient(server.app.url);
    await client.request(`query ServerInfo { serverInfo { version } }`);
    await client.request(`{ nope }`);
    const stream = uniqueStream();
    const collector = new Collector(await server.app.realtime.subscribe(stream));
    await appendEvent(server.app, stream, 'test.appended');
    await collector.waitForEvents(1);
    await collector.stop();
    // Someone who saw the first event comes back after a second one: a replay from the log.
    await appendEvent(server.app, stream, 'test.appended');
    const resumed = new Collector(await server.app.realtime.subscribe(stream, { after: 1 }));
    await resumed.waitForEvents(1);
    await resumed.stop();

    const text = await scrape();
    expect(value(text, 'mentorspace_graphql_operation_duration_seconds_count{operation="ServerInfo",type="query"}')).toBe(1);
    expect(value(text, 'mentorspace_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(value(text, 'mentorspace_events_published_total{kind="event"}')).toBeGreaterThanOrEqual(1);
    expect(value(text, 'mentorspace_events_delivered_total{source="live"}')).toBeGreaterThanOrEqual(1);
    expect(value(text, 'mentorspace_events_delivered_total{source="log"}')).toBeGreaterThanOrEqual(1);
    expect(value(text, 'mentorspace_replays_total')).toBe(1);
    expect(text).toContain('mentorspace_websocket_connections 0');
    expect(text).toContain('mentorspace_process_cpu_user_seconds_total');
  });
});
