import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { StoredEvent } from '../../events/types.js';
import { UserErrorCode } from '../../graphql/errors.js';
import { userError, validate, type UserError } from '../../graphql/relay/user-error.js';
import { idOfType } from '../../graphql/relay/node.js';
import { paginate, type PageArgs } from '../../graphql/relay/connection.js';
import { newSecret } from '../../auth/secrets.js';
import { Scope } from '../../auth/scopes.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Outcome } from '../accounts/accounts.service.js';
import type { User } from '../accounts/user.entity.js';
import type { Organization } from '../programs/program.entity.js';
import type { ProgramsService } from '../programs/programs.service.js';
import { endpointUrlProblem, MAX_URL_LENGTH } from './endpoint-url.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity.js';
import { isWebhookEventType, PING_EVENT, streamOwner, WEBHOOK_EVENTS, WebhookEventType, type WebhookOwnerKind } from './webhook-events.js';

/** Endpoints per person, and per organisation. */
export const MAX_ENDPOINTS_PER_OWNER = 10;
/** How long the secret before a rotation still signs deliveries, so receivers can switch over. */
export const PREVIOUS_SECRET_GRACE_MS = 24 * 60 * 60 * 1000;

type SignedIn = Exclude<Viewer, { kind: 'anonymous' }>;

/** The JSON every delivery carries. Kept as text so every attempt sends the same bytes. */
export function eventBody(eventId: string, type: string, createdAt: string, data: unknown): string {
  return JSON.stringify({ id: eventId, type, createdAt, data });
}

const eventsSchema = z
  .array(z.enum(WebhookEventType))
  .min(1, 'Choose at least one event.')
  .max(Object.keys(WEBHOOK_EVENTS).length)
  .refine((events) => new Set(events).size === events.length, { message: 'Name each event once.', params: { code: UserErrorCode.DUPLICATE } });

const urlSchema = (production: boolean) =>
  z
    .string()
    .trim()
    .min(1, 'Enter the address to send events to.')
    .max(MAX_URL_LENGTH, `Use at most ${MAX_URL_LENGTH} characters.`)
    .superRefine((url, context) => {
      const problem = endpointUrlProblem(url, { production });
      if (problem) context.addIssue({ code: 'custom', message: problem, params: { code: UserErrorCode.INVALID_URL } });
    });

/**
 * Webhook endpoints and their delivery log: who may manage which endpoint,
 * the outbox rows written with every matching event, redelivery and tests.
 * The dispatcher (webhook-dispatcher.ts) sends what is written here.
 */
export class WebhooksService {
  private readonly production: boolean;

  constructor(private readonly deps: { config: Config; programs: ProgramsService }) {
    this.production = deps.config.env === 'production';
  }

  /**
   * The outbox: runs in the transaction that stores every event (Realtime's
   * append observer), and writes one delivery per enabled endpoint of the
   * stream's owner that subscribes to its type. Committed event ⇒ delivery
   * rows; rolled back ⇒ neither.
   */
  readonly enqueueFor = async (em: EntityManager, event: StoredEvent): Promise<void> => {
    if (!isWebhookEventType(event.type)) return;
    const owner = streamOwner(event.streamId);
    if (!owner || WEBHOOK_EVENTS[event.type].owner !== owner.kind) return;
    const eventId = randomUUID();
    const ownerColumn = owner.kind === 'user' ? 'owner_user_uuid' : 'organization_uuid';
    await em.execute(
      `insert into webhook_deliveries (uuid, endpoint_uuid, event_id, event_type, body, status, attempts, next_attempt_at, attempt_log, created_at)
       select gen_random_uuid(), uuid, ?, ?, ?, 'PENDING', 0, now(), '[]'::jsonb, now()
         from webhook_endpoints where ${ownerColumn} = ? and enabled and ? = any(event_types)`,
      [eventId, event.type, eventBody(eventId, event.type, event.createdAt, event.payload), owner.uuid, event.type],
    );
  };

  /** Whether the viewer may see and change this endpoint: its owner, or an admin of its organisation (with `programs:admin`). */
  async canManage(em: EntityManager, viewer: SignedIn, endpoint: WebhookEndpoint): Promise<boolean> {
    if (endpoint.ownerUser) return endpoint.ownerUser.unwrap().uuid === viewer.user.uuid;
    if (!endpoint.organization || !viewer.scopes.has(Scope.PROGRAMS_ADMIN)) return false;
    return this.deps.programs.isAdmin(em, viewer.user, endpoint.organization.unwrap().uuid);
  }

  async loadManaged(em: EntityManager, viewer: SignedIn, uuid: string): Promise<WebhookEndpoint | null> {
    const endpoint = await em.findOne(WebhookEndpoint, { uuid });
    return endpoint && (await this.canManage(em, viewer, endpoint)) ? endpoint : null;
  }

  async loadDelivery(em: EntityManager, viewer: SignedIn, uuid: string): Promise<WebhookDelivery | null> {
    const delivery = await em.findOne(WebhookDelivery, { uuid }, { populate: ['endpoint'] });
    return delivery && (await this.canManage(em, viewer, delivery.endpoint.getEntity())) ? delivery : null;
  }

  private async endpointById(em: EntityManager, viewer: SignedIn, globalId: string): Promise<WebhookEndpoint | null> {
    const uuid = idOfType(globalId, 'WebhookEndpoint');
    return uuid ? this.loadManaged(em, viewer, uuid) : null;
  }

  private notFound(field = 'endpointId'): { ok: false; userErrors: UserError[] } {
    return { ok: false, userErrors: [userError(field, UserErrorCode.NOT_FOUND, 'No webhook endpoint you manage has that id.')] };
  }

  /** Events the endpoint's owner kind can hear, and the viewer may read (a token's scopes bound what it subscribes to). */
  private eventProblems(viewer: SignedIn, kind: WebhookOwnerKind, events: WebhookEventType[]): UserError[] {
    return events.flatMap((event, index) => {
      const info = WEBHOOK_EVENTS[event];
      if (info.owner !== kind) {
        const where = info.owner === 'user' ? 'personal endpoints' : 'organisation endpoints';
        return [userError(['events', String(index)], UserErrorCode.INVALID, `${event} is sent only to ${where}.`)];
      }
      if (!viewer.scopes.has(info.scope)) {
        return [userError(['events', String(index)], UserErrorCode.INVALID_SCOPE, `Subscribing to ${event} needs the \`${info.scope}\` scope.`)];
      }
      return [];
    });
  }

  async create(em: EntityManager, viewer: SignedIn, input: unknown): Promise<Outcome<{ endpoint: WebhookEndpoint; secret: string }>> {
    const valid = validate(z.object({ url: urlSchema(this.production), events: eventsSchema, organizationId: z.string().nullish() }), input);
    if (!valid.ok) return valid;
    let organizationUuid: string | null = null;
    if (valid.value.organizationId) {
      organizationUuid = idOfType(valid.value.organizationId, 'Organization');
      const admin = organizationUuid && viewer.scopes.has(Scope.PROGRAMS_ADMIN) && (await this.deps.programs.isAdmin(em, viewer.user, organizationUuid));
      if (!admin) return { ok: false, userErrors: [userError('organizationId', UserErrorCode.NOT_FOUND, 'No organisation you administer has that id.')] };
    }
    const problems = this.eventProblems(viewer, organizationUuid ? 'organization' : 'user', valid.value.events);
    if (problems.length) return { ok: false, userErrors: problems };
    const owner = organizationUuid ? { organization: organizationUuid } : { ownerUser: viewer.user.uuid };
    if ((await em.count(WebhookEndpoint, owner)) >= MAX_ENDPOINTS_PER_OWNER) {
      return { ok: false, userErrors: [userError([], UserErrorCode.TOO_MANY, `Remove an endpoint first: at most ${MAX_ENDPOINTS_PER_OWNER} each.`)] };
    }
    const secret = newSecret('msw');
    const endpoint = em.create(WebhookEndpoint, {
      ...owner,
      url: valid.value.url,
      eventTypes: valid.value.events,
      secret,
      secretPrefix: secret.slice(0, 10),
    });
    await em.flush();
    return { ok: true, value: { endpoint, secret } };
  }

  async update(em: EntityManager, viewer: SignedIn, input: { endpointId: string } & Record<string, unknown>): Promise<Outcome<WebhookEndpoint>> {
    const valid = validate(
      z.object({ url: urlSchema(this.production).nullish(), events: eventsSchema.nullish(), enabled: z.boolean().nullish() }),
      { url: input.url, events: input.events, enabled: input.enabled },
    );
    if (!valid.ok) return valid;
    const endpoint = await this.endpointById(em, viewer, input.endpointId);
    if (!endpoint) return this.notFound();
    const { url, events, enabled } = valid.value;
    if (events) {
      const problems = this.eventProblems(viewer, endpoint.ownerUser ? 'user' : 'organization', events);
      if (problems.length) return { ok: false, userErrors: problems };
      endpoint.eventTypes = events;
    }
    if (url) endpoint.url = url;
    if (enabled === true && !endpoint.enabled) {
      // A fresh start: the failures that disabled it no longer count.
      Object.assign(endpoint, { enabled: true, disabledAt: null, disabledReason: null, consecutiveFailures: 0 });
    } else if (enabled === false && endpoint.enabled) {
      Object.assign(endpoint, { enabled: false, disabledAt: new Date(), disabledReason: 'Turned off by hand.' });
    }
    await em.flush();
    return { ok: true, value: endpoint };
  }

  async delete(em: EntityManager, viewer: SignedIn, endpointId: string): Promise<UserError[]> {
    const endpoint = await this.endpointById(em, viewer, endpointId);
    if (!endpoint) return this.notFound().userErrors;
    await em.removeAndFlush(endpoint); // its deliveries go with it (on delete cascade)
    return [];
  }

  /** A new secret, shown once; the old one still signs (alongside) for a day. */
  async rotateSecret(em: EntityManager, viewer: SignedIn, endpointId: string): Promise<Outcome<{ endpoint: WebhookEndpoint; secret: string }>> {
    const endpoint = await this.endpointById(em, viewer, endpointId);
    if (!endpoint) return this.notFound();
    const secret = newSecret('msw');
    Object.assign(endpoint, {
      previousSecret: endpoint.secret,
      previousSecretExpiresAt: new Date(Date.now() + PREVIOUS_SECRET_GRACE_MS),
      secret,
      secretPrefix: secret.slice(0, 10),
    });
    await em.flush();
    return { ok: true, value: { endpoint, secret } };
  }

  /** Sends a finished delivery again, as a new entry in the log with the same event id and body. */
  async redeliver(em: EntityManager, viewer: SignedIn, deliveryId: string): Promise<Outcome<WebhookDelivery>> {
    const uuid = idOfType(deliveryId, 'WebhookDelivery');
    const original = uuid ? await this.loadDelivery(em, viewer, uuid) : null;
    if (!original) return { ok: false, userErrors: [userError('deliveryId', UserErrorCode.NOT_FOUND, 'No delivery of an endpoint you manage has that id.')] };
    if (original.status === WebhookDeliveryStatus.PENDING) {
      return { ok: false, userErrors: [userError('deliveryId', UserErrorCode.INVALID_STATE, 'This delivery is still being tried.')] };
    }
    const endpoint = original.endpoint.getEntity();
    if (!endpoint.enabled) return { ok: false, userErrors: [userError('deliveryId', UserErrorCode.INVALID_STATE, 'Enable the endpoint first.')] };
    const copy = em.create(WebhookDelivery, {
      endpoint,
      eventId: original.eventId,
      eventType: original.eventType,
      body: original.body,
      redeliveryOf: original.uuid,
    });
    await em.flush();
    return { ok: true, value: copy };
  }

  /** Queues a `webhook.ping` to try an endpoint out. */
  async sendTest(em: EntityManager, viewer: SignedIn, endpointId: string): Promise<Outcome<WebhookDelivery>> {
    const endpoint = await this.endpointById(em, viewer, endpointId);
    if (!endpoint) return this.notFound();
    if (!endpoint.enabled) return { ok: false, userErrors: [userError('endpointId', UserErrorCode.INVALID_STATE, 'Enable the endpoint first.')] };
    const eventId = randomUUID();
    const delivery = em.create(WebhookDelivery, {
      endpoint,
      eventId,
      eventType: PING_EVENT,
      body: eventBody(eventId, PING_EVENT, new Date().toISOString(), { endpointId: endpoint.id, message: 'A test from Mentorspace.' }),
    });
    await em.flush();
    return { ok: true, value: delivery };
  }

  listForUser(em: EntityManager, user: User, args: PageArgs) {
    return paginate(em, WebhookEndpoint, { ownerUser: user.uuid }, args, { createdAt: 'desc', uuid: 'desc' });
  }

  listForOrganization(em: EntityManager, organization: Organization, args: PageArgs) {
    return paginate(em, WebhookEndpoint, { organization: organization.uuid }, args, { createdAt: 'desc', uuid: 'desc' });
  }

  deliveries(em: EntityManager, endpoint: WebhookEndpoint, status: WebhookDeliveryStatus | null, args: PageArgs) {
    return paginate(em, WebhookDelivery, { endpoint: endpoint.uuid, ...(status ? { status } : {}) }, args, { createdAt: 'desc', uuid: 'desc' });
  }
}
