import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { globalId, Node, nodeType } from '../../graphql/relay/node.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for its first attempt or for a retry (`nextAttemptAt`).' },
    SUCCEEDED: { description: 'The endpoint answered 2xx.' },
    FAILED: { description: 'Every attempt failed; it will not be retried unless you redeliver it.' },
  },
});

/** One attempt, as kept in the delivery log. */
@ObjectType('WebhookDeliveryAttempt', { description: 'One try at delivering an event.' })
export class WebhookDeliveryAttempt {
  @Field(() => Date, { description: 'When it was made.' })
  at!: Date;

  @Field(() => Int, { nullable: true, description: 'The HTTP status the endpoint answered; null when it did not answer.' })
  statusCode!: number | null;

  @Field(() => String, { nullable: true, description: 'Why it failed, when it did (e.g. `timed out after 10000 ms`).' })
  error!: string | null;

  @Field(() => Int, { description: 'How long the endpoint took, in milliseconds.' })
  durationMs!: number;
}

export type StoredAttempt = { at: string; statusCode: number | null; error: string | null; durationMs: number };

/**
 * The outbox: one row per event per endpoint, written in the transaction that
 * stored the event, then worked by every instance's dispatcher
 * (`select … for update skip locked`). The body is kept byte for byte, so
 * every retry and redelivery sends (and signs) exactly the same bytes.
 */
@Entity({ tableName: 'webhook_deliveries' })
@Index({ properties: ['endpoint', 'createdAt'] })
@Index({ name: 'webhook_deliveries_due_index', expression: `create index "webhook_deliveries_due_index" on "webhook_deliveries" ("next_attempt_at") where "status" = 'PENDING'` })
@ObjectType('WebhookDelivery', { implements: Node, description: 'One event sent (or being sent) to one endpoint: the delivery log.' })
@nodeType('WebhookDelivery')
export class WebhookDelivery implements Node {
  [OptionalProps]?:
    | 'uuid'
    | 'id'
    | 'status'
    | 'attempts'
    | 'nextAttemptAt'
    | 'leaseToken'
    | 'lastStatusCode'
    | 'lastError'
    | 'lastDurationMs'
    | 'lastAttemptAt'
    | 'attemptLog'
    | 'redeliveryOf'
    | 'createdAt'
    | 'deliveredAt';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @Field(() => ID, { description: 'Opaque global id.' })
  get id(): string {
    return globalId('WebhookDelivery', this.uuid);
  }

  @ManyToOne(() => WebhookEndpoint, { ref: true, deleteRule: 'cascade' })
  endpoint!: Ref<WebhookEndpoint>;

  @Field(() => String, { description: 'The event\'s id, sent as `Mentorspace-Webhook-Id`; the same on every retry and redelivery, so receivers can drop duplicates.' })
  @Property({ type: 'uuid' })
  eventId!: string;

  @Field(() => String, { description: 'e.g. `request.received`, or `webhook.ping` for a test.' })
  @Property({ type: 'text' })
  eventType!: string;

  /** The exact JSON sent. */
  @Property({ type: 'text' })
  body!: string;

  @Field(() => WebhookDeliveryStatus, { description: 'Where it stands.' })
  @Enum({ items: () => WebhookDeliveryStatus })
  status: WebhookDeliveryStatus = WebhookDeliveryStatus.PENDING;

  @Field(() => Int, { description: 'Attempts made so far.' })
  @Property({ type: 'integer' })
  attempts: number = 0;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due; null once it succeeded or failed for good.' })
  @Property({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null = new Date();

  /** Set by the dispatcher that claimed the row; its result is recorded only while this still matches. */
  @Property({ type: 'uuid', nullable: true, hidden: true })
  leaseToken: string | null = null;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last attempt; null when the endpoint did not answer.' })
  @Property({ type: 'integer', nullable: true })
  lastStatusCode: number | null = null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, when it did.' })
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Field(() => Int, { nullable: true, description: 'How long the last attempt took, in milliseconds.' })
  @Property({ type: 'integer', nullable: true })
  lastDurationMs: number | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was last tried; null before the first attempt.' })
  @Property({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null = null;

  /** Every attempt, oldest first (a handful at most: the retry schedule is short). */
  @Property({ type: 'json', default: '[]' })
  attemptLog: StoredAttempt[] = [];

  /** The delivery this one sends again, when it is a redelivery. */
  @Property({ type: 'uuid', nullable: true })
  redeliveryOf: string | null = null;

  @Field(() => Date, { description: 'When the event happened and the delivery was queued.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When the endpoint accepted it.' })
  @Property({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null = null;
}
