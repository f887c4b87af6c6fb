import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Operation names a stranger can invent are capped, so labels cannot grow without bound. */
const MAX_OPERATION_NAMES = 200;

/**
 * The Prometheus metrics of one instance, served at /metrics. One registry per
 * app, so several apps in one process (tests) do not collide.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly names = new Set<string>();

  readonly httpRequests = new Histogram({
    name: 'mentorspace_http_request_duration_seconds',
    help: 'HTTP requests by route group and status class.',
    labelNames: ['route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly operations = new Histogram({
    name: 'mentorspace_graphql_operation_duration_seconds',
    help: 'GraphQL operations over HTTP by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: 'mentorspace_graphql_errors_total',
    help: 'GraphQL errors by code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly rateLimited = new Counter({
    name: 'mentorspace_rate_limited_total',
    help: 'Operations refused for being over their caller\'s budget.',
    labelNames: ['transport'] as const,
    registers: [this.registry],
  });

  private sockets: () => { connections: number; operations: number } = () => ({ connections: 0, operations: 0 });

  readonly webSockets: Gauge = new Gauge({
    name: 'mentorspace_websocket_connections',
    help: 'Open graphql-ws connections.',
    registers: [this.registry],
    collect: (): void => this.webSockets.set(this.sockets().connections),
  });

  readonly subscriptions: Gauge = new Gauge({
    name: 'mentorspace_active_subscriptions',
    help: 'Operations (mostly subscriptions) running on WebSockets.',
    registers: [this.registry],
    collect: (): void => this.subscriptions.set(this.sockets().operations),
  });

  /** Where the socket gauges read from when scraped. */
  countSockets(read: () => { connections: number; operations: number }): void {
    this.sockets = read;
  }

  readonly eventsPublished = new Counter({
    name: 'mentorspace_events_published_total',
    help: 'Stream items published on the bus, by kind (event or signal).',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  readonly eventsDelivered = new Counter({
    name: 'mentorspace_events_delivered_total',
    help: 'Stream events handed to subscribers, by how they came (live or from the log).',
    labelNames: ['source'] as const,
    registers: [this.registry],
  });

  readonly replays = new Counter({
    name: 'mentorspace_replays_total',
    help: 'Subscriptions that resumed from a seq (after > 0) with events to catch up on; the events themselves count as delivered from the log.',
    registers: [this.registry],
  });

  readonly busLag = new Histogram({
    name: 'mentorspace_bus_lag_seconds',
    help: 'From an event\'s commit to its arrival at a subscriber through the bus.',
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [this.registry],
  });

  readonly webhookDeliveries = new Counter({
    name: 'mentorspace_webhook_deliveries_total',
    help: 'Webhook delivery attempts by outcome: succeeded, retrying (failed, will retry) or failed (gave up).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly webhookEndpointsDisabled = new Counter({
    name: 'mentorspace_webhook_endpoints_disabled_total',
    help: 'Webhook endpoints disabled after failing every attempt of a delivery.',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'mentorspace_' });
  }

  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.names.has(name)) return name;
    if (this.names.size >= MAX_OPERATION_NAMES || !/^[A-Za-z_]\w{0,60}$/.test(name)) return 'other';
    this.names.add(name);
    return name;
  }
}
