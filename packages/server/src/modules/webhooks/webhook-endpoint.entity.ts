import { randomUUID } from 'node:crypto';
import { Check, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { globalId, Node, nodeType } from '../../graphql/relay/node.js';
import { User } from '../accounts/user.entity.js';
import { Organization } from '../programs/program.entity.js';
import { WebhookEventType } from './webhook-events.js';

/**
 * An HTTPS address that receives signed events: a person's own (their
 * notifications) or an organisation's (its programs), managed by its admins.
 * Exactly one owner is set (a check constraint holds it).
 */
@Entity({ tableName: 'webhook_endpoints' })
@Check({ name: 'webhook_endpoints_one_owner', expression: '(owner_user_uuid is null) <> (organization_uuid is null)' })
@ObjectType('WebhookEndpoint', { implements: Node, description: 'An address that receives signed events as they happen.' })
@nodeType('WebhookEndpoint')
export class WebhookEndpoint implements Node {
  [OptionalProps]?:
    | 'uuid'
    | 'id'
    | 'ownerUser'
    | 'organization'
    | 'previousSecret'
    | 'previousSecretExpiresAt'
    | 'enabled'
    | 'disabledAt'
    | 'disabledReason'
    | 'consecutiveFailures'
    | 'createdAt'
    | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @Field(() => ID, { description: 'Opaque global id.' })
  get id(): string {
    return globalId('WebhookEndpoint', this.uuid);
  }

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'cascade' })
  @Index()
  ownerUser: Ref<User> | null = null;

  @ManyToOne(() => Organization, { ref: true, nullable: true, deleteRule: 'cascade' })
  @Index()
  organization: Ref<Organization> | null = null;

  @Field(() => String, { description: 'Where events are POSTed.' })
  @Property({ type: 'text' })
  url!: string;

  @Field(() => [WebhookEventType], { name: 'events', description: 'The events sent here.' })
  @Property({ type: 'text[]' })
  eventTypes!: WebhookEventType[];

  /**
   * Kept as it is, not hashed: an HMAC needs the key itself on every
   * delivery. It never leaves the server except once, in the payload of the
   * mutation that created or rotated it; it is hidden from serialisation and
   * from the data export. (Encrypting it at rest would need a key kept
   * outside the database, which this deployment does not have yet.)
   */
  @Property({ type: 'text', hidden: true })
  secret!: string;

  /** The secret before the last rotation, still signed with until `previousSecretExpiresAt`. */
  @Property({ type: 'text', nullable: true, hidden: true })
  previousSecret: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  previousSecretExpiresAt: Date | null = null;

  @Field(() => String, { description: 'The first characters of the signing secret, to recognise it by.' })
  @Property({ type: 'text' })
  secretPrefix!: string;

  @Field(() => Boolean, { description: 'Whether events are sent. Disabled by you, or by us after it kept failing.' })
  @Property({ type: 'boolean' })
  enabled: boolean = true;

  @Field(() => Date, { nullable: true, description: 'When it was turned off (by you, or by us after it kept failing); null while enabled.' })
  @Property({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why it is disabled, when it is.' })
  @Property({ type: 'text', nullable: true })
  disabledReason: string | null = null;

  @Field(() => Int, { description: 'Failed attempts since the last successful one.' })
  @Property({ type: 'integer' })
  consecutiveFailures: number = 0;

  @Field(() => Date, { description: 'When it was added.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When it last changed.' })
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
