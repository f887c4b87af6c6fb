import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../logger.js';
import type { Realtime } from '../../events/realtime.js';
import type { Metrics } from '../../observability/metrics.js';
import { globalId } from '../../graphql/relay/node.js';
import { userStream } from '../notifications/notification-stream.js';
import { signedHeaders } from './signature.js';
import type { StoredAttempt } from './webhook-delivery.entity.js';

/**
 * Waits before the 2nd, 3rd … attempt: about 17½ hours from the first try to
 * the last, 7 attempts in all. Each wait is jittered so that a recovering
 * endpoint is not hit by every queued event at the same instant.
 */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 5 * 3_600_000, 10 * 3_600_000];

export type DispatcherOptions = {
  /** The root entity manager; every claim and result uses its own fork. */
  em: EntityManager;
  realtime: Realtime;
  logger: Logger;
  metrics?: Metrics;
  /** Waits between attempts; the number of attempts is one more than its length. */
  retryDelaysMs?: readonly number[];
  /** ± this fraction of each wait, at random (0 for none). */
  jitter?: number;
  /** How long an endpoint has to answer. */
  timeoutMs?: number;
  /** How long a claimed delivery stays with this instance before another may take it (after a crash). */
  leaseMs?: number;
  /** Deliveries claimed at once by one instance. */
  batchSize?: number;
  /** How long to wait before looking again when nothing was due. */
  pollIntervalMs?: number;
  /** The clock that decides what is due (tests move it instead of sleeping). */
  now?: () => Date;
};

type Claimed = {
  uuid: string;
  endpoint_uuid: string;
  event_id: string;
  body: string;
  attempts: number;
  lease_token: string;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: Date | null;
};

type Result = { ok: boolean; attempt: StoredAttempt };

/**
 * Works the webhook outbox. Every instance runs one: each claims due
 * deliveries with `for update skip locked`, so instances never take the same
 * row, and leases it (pushes `next_attempt_at` past the timeout) before
 * posting, so no transaction stays open during the HTTP call and a crashed
 * instance's deliveries are picked up again when the lease runs out.
 * Delivery is therefore at least once; receivers drop duplicates by event id.
 */
export class WebhookDispatcher {
  private readonly retryDelaysMs: readonly number[];
  private readonly timeoutMs: number;
  private readonly leaseMs: number;
  private readonly batchSize: number;
  private readonly now: () => Date;
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;

  constructor(private readonly options: DispatcherOptions) {
    this.retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.leaseMs = options.leaseMs ?? this.timeoutMs + 30_000;
    this.batchSize = options.batchSize ?? 10;
    this.now = options.now ?? (() => new Date());
  }

  get maxAttempts(): number {
    return this.retryDelaysMs.length + 1;
  }

  start(): this {
    if (this.running) return this;
    this.running = true;
    const log = this.options.logger;
    this.loop = (async () => {
      while (this.running) {
        let worked = 0;
        try {
          worked = await this.runOnce();
        } catch (error) {
          log.error({ err: error }, 'webhook dispatch failed; trying again shortly');
        }
        // A full batch means more may be due: go again at once.
        if (this.running && worked < this.batchSize) await this.sleep(this.options.pollIntervalMs ?? 1_000);
      }
    })();
    return this;
  }

  /** Stops claiming; resolves once the deliveries in flight are recorded. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  /** Claims what is due at `now`, posts it, records each result. Returns how many were attempted. */
  async runOnce(now: Date = this.now()): Promise<number> {
    const claimed = await this.claim(now);
    await Promise.all(
      claimed.map(async (delivery) => {
        const result = await this.post(delivery);
        await this.record(delivery, result, now);
      }),
    );
    return claimed.length;
  }

  private claim(now: Date): Promise<Claimed[]> {
    return this.options.em.fork().execute<Claimed[]>(
      `with due as (
         select d.uuid from webhook_deliveries d
           join webhook_endpoints e on e.uuid = d.endpoint_uuid
          where d.status = 'PENDING' and d.next_attempt_at <= ? and e.enabled
          order by d.next_attempt_at
          limit ?
            for update of d skip locked)
       update webhook_deliveries d
          set next_attempt_at = ?, lease_token = ?
         from due, webhook_endpoints e
        where d.uuid = due.uuid and e.uuid = d.endpoint_uuid
       returning d.uuid, d.endpoint_uuid, d.event_id, d.body, d.attempts, d.lease_token,
                 e.url, e.secret, e.previous_secret, e.previous_secret_expires_at`,
      [now, this.batchSize, new Date(now.getTime() + this.leaseMs), randomUUID()],
    );
  }

  private async post(delivery: Claimed): Promise<Result> {
    const sentAt = new Date();
    const secrets = [delivery.secret];
    if (delivery.previous_secret && delivery.previous_secret_expires_at && new Date(delivery.previous_secret_expires_at) > sentAt) {
      secrets.push(delivery.previous_secret);
    }
    const started = performance.now();
    const attempt = (statusCode: number | null, error: string | null): StoredAttempt => ({
      at: sentAt.toISOString(),
      statusCode,
      error,
      durationMs: Math.round(performance.now() - started),
    });
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Mentorspace-Webhooks/1',
          ...signedHeaders(secrets, delivery.event_id, Math.floor(sentAt.getTime() / 1000), delivery.body),
        },
        body: delivery.body,
        // A redirect could point anywhere (our own network included): it counts as a failure.
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      await response.body?.cancel().catch(() => {});
      const ok = response.status >= 200 && response.status < 300;
      return { ok, attempt: attempt(response.status, ok ? null : `answered HTTP ${response.status}`) };
    } catch (error) {
      const name = (error as { name?: string }).name;
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const message = name === 'TimeoutError' ? `timed out after ${this.timeoutMs} ms` : (cause?.code ?? cause?.message ?? String(error));
      return { ok: false, attempt: attempt(null, message.slice(0, 500)) };
    }
  }

  private retryDelay(attempts: number): number {
    const base = this.retryDelaysMs[attempts - 1] ?? 0;
    const jitter = this.options.jitter ?? 0.1;
    return Math.max(0, Math.round(base * (1 + jitter * (Math.random() * 2 - 1))));
  }

  /** Writes the attempt, schedules the retry or gives up, and disables an endpoint that failed throughout. */
  private async record(delivery: Claimed, { ok, attempt }: Result, now: Date): Promise<void> {
    const attempts = delivery.attempts + 1;
    const final = !ok && attempts >= this.maxAttempts;
    const status = ok ? 'SUCCEEDED' : final ? 'FAILED' : 'PENDING';
    const nextAttemptAt = ok || final ? null : new Date(now.getTime() + this.retryDelay(attempts));
    await this.options.em.fork().transactional(async (tx) => {
      // Only while our lease holds: if it ran out and another instance took over, its result counts.
      const updated = await tx.execute(
        `update webhook_deliveries
            set status = ?, attempts = ?, next_attempt_at = ?, lease_token = null,
                last_status_code = ?, last_error = ?, last_duration_ms = ?, last_attempt_at = ?,
                delivered_at = ?, attempt_log = attempt_log || ?::jsonb
          where uuid = ? and lease_token = ?
        returning uuid`,
        [
          status,
          attempts,
          nextAttemptAt,
          attempt.statusCode,
          attempt.error,
          attempt.durationMs,
          attempt.at,
          ok ? attempt.at : null,
          JSON.stringify([attempt]),
          delivery.uuid,
          delivery.lease_token,
        ],
      );
      if (!updated.length) return;
      this.options.metrics?.webhookDeliveries.inc({ outcome: ok ? 'succeeded' : final ? 'failed' : 'retrying' });
      const [endpoint] = await tx.execute<{ consecutive_failures: number }[]>(
        `update webhook_endpoints set consecutive_failures = ${ok ? '0' : 'consecutive_failures + 1'} where uuid = ? returning consecutive_failures`,
        [delivery.endpoint_uuid],
      );
      // Disabled when a delivery used up its attempts and nothing got through meanwhile: hours of failure, not a blip.
      if (final && endpoint && endpoint.consecutive_failures >= attempts) {
        await this.disable(tx, delivery, `Every attempt failed for ${attempts} tries in a row; the last ${attempt.error ?? 'failed'}.`, now);
      }
    });
  }

  private async disable(tx: EntityManager, delivery: Claimed, reason: string, now: Date): Promise<void> {
    const [endpoint] = await tx.execute<{ owner_user_uuid: string | null; organization_uuid: string | null }[]>(
      `update webhook_endpoints set enabled = false, disabled_at = ?, disabled_reason = ?, updated_at = ?
        where uuid = ? and enabled returning owner_user_uuid, organization_uuid`,
      [now, reason, now, delivery.endpoint_uuid],
    );
    if (!endpoint) return;
    this.options.metrics?.webhookEndpointsDisabled.inc();
    const recipients = endpoint.owner_user_uuid
      ? [endpoint.owner_user_uuid]
      : (
          await tx.execute<{ user_uuid: string }[]>(`select user_uuid from organization_members where organization_uuid = ? and role = 'ADMIN'`, [
            endpoint.organization_uuid,
          ])
        ).map((row) => row.user_uuid);
    for (const userUuid of recipients) {
      await this.options.realtime.append(
        tx,
        userStream(userUuid),
        'webhook.endpoint_disabled',
        { endpointId: globalId('WebhookEndpoint', delivery.endpoint_uuid), url: delivery.url, reason },
        null,
      );
    }
    this.options.logger.warn({ endpoint: delivery.endpoint_uuid, reason }, 'disabled a failing webhook endpoint');
  }
}
