import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { GraphQLContext } from '../../graphql/context.js';
import { USER_ERRORS_DESCRIPTION, UserError } from '../../graphql/relay/user-error.js';
import { Connection, PageArgs, type Page } from '../../graphql/relay/connection.js';
import { globalId } from '../../graphql/relay/node.js';
import { assertAllowed } from '../../auth/auth-checker.js';
import { isViewer } from '../../auth/current-user.js';
import { Scope } from '../../auth/scopes.js';
import { hasScope } from '../../auth/viewer.js';
import { User } from '../accounts/user.entity.js';
import { OutcomePayload } from '../accounts/accounts.types.js';
import type { Outcome } from '../accounts/accounts.service.js';
import { Organization } from '../programs/program.entity.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WebhookDelivery, WebhookDeliveryAttempt, WebhookDeliveryStatus } from './webhook-delivery.entity.js';
import { WEBHOOK_EVENTS, WebhookEventType } from './webhook-events.js';

const WebhookEndpointConnection = Connection(WebhookEndpoint, 'WebhookEndpoint');
const WebhookDeliveryConnection = Connection(WebhookDelivery, 'WebhookDelivery');

export enum WebhookOwnerKind {
  USER = 'USER',
  ORGANIZATION = 'ORGANIZATION',
}
registerEnumType(WebhookOwnerKind, {
  name: 'WebhookOwnerKind',
  description: 'Whose endpoints an event goes to: a person\'s own, or an organisation\'s.',
  valuesConfig: {
    USER: { description: 'A person\'s own endpoints, for what happens to them (their notifications).' },
    ORGANIZATION: { description: 'An organisation\'s endpoints, managed by its admins, for its programs.' },
  },
});

@ObjectType({ description: 'An event endpoints can subscribe to, and what subscribing takes.' })
export class WebhookEventTypeInfo {
  @Field(() => WebhookEventType, { description: 'The event, as named in `events` when subscribing.' }) type!: WebhookEventType;
  @Field(() => String, { description: 'The `type` in payloads, e.g. `request.received`.' }) name!: string;
  @Field(() => String, { description: 'When it is sent.' }) description!: string;
  @Field(() => WebhookOwnerKind, { description: 'Whether personal or organisation endpoints receive it.' }) ownerKind!: WebhookOwnerKind;
  @Field(() => Scope, { description: 'The scope a token must carry to subscribe to it.' }) requiredScope!: Scope;
}

@InputType({ description: 'A new endpoint: where to send which events.' })
export class CreateWebhookEndpointInput {
  @Field(() => String, { description: 'An https:// address (http://localhost is accepted outside production).' })
  url!: string;

  @Field(() => [WebhookEventType], { description: 'The events to send there.' })
  events!: WebhookEventType[];

  @Field(() => ID, { nullable: true, description: 'An organisation you administer, for its program events; leave out for your own notifications.' })
  organizationId?: string | null;
}

@InputType({ description: 'Changes to an endpoint; fields left out keep their value.' })
export class UpdateWebhookEndpointInput {
  @Field(() => ID, { description: 'A `WebhookEndpoint` id.' })
  endpointId!: string;

  @Field(() => String, { nullable: true, description: 'A new https:// address.' })
  url?: string | null;

  @Field(() => [WebhookEventType], { nullable: true, description: 'The events to send there from now on (replacing the list).' })
  events?: WebhookEventType[] | null;

  @Field(() => Boolean, { nullable: true, description: 'False stops deliveries; true resumes them and forgets past failures.' })
  enabled?: boolean | null;
}

@InputType({ description: 'Which endpoint.' })
export class WebhookEndpointIdInput {
  @Field(() => ID, { description: 'A `WebhookEndpoint` id.' })
  endpointId!: string;
}

@InputType({ description: 'Which delivery to send again.' })
export class RedeliverWebhookInput {
  @Field(() => ID, { description: 'A `WebhookDelivery` id from the delivery log.' })
  deliveryId!: string;
}

@ObjectType({ description: 'The result of changing an endpoint.' })
export class WebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { nullable: true, description: 'The endpoint as it now is; null when nothing changed.' }) endpoint!: WebhookEndpoint | null;
  @Field(() => [UserError], { description: USER_ERRORS_DESCRIPTION }) userErrors!: UserError[];
}

@ObjectType({ description: 'An endpoint and its new signing secret.' })
export class WebhookEndpointSecretPayload {
  @Field(() => WebhookEndpoint, { nullable: true, description: 'The endpoint; null when nothing changed.' }) endpoint!: WebhookEndpoint | null;
  @Field(() => String, { nullable: true, description: 'The signing secret, shown this once. Verify each delivery\'s `Mentorspace-Signature` with it.' })
  secret!: string | null;
  @Field(() => [UserError], { description: USER_ERRORS_DESCRIPTION }) userErrors!: UserError[];
}

@ObjectType({ description: 'The result of sending a delivery.' })
export class WebhookDeliveryPayload {
  @Field(() => WebhookDelivery, { nullable: true, description: 'The new delivery, queued to go out at once.' }) delivery!: WebhookDelivery | null;
  @Field(() => [UserError], { description: USER_ERRORS_DESCRIPTION }) userErrors!: UserError[];
}

const withSecret = (result: Outcome<{ endpoint: WebhookEndpoint; secret: string }>): WebhookEndpointSecretPayload =>
  result.ok ? { ...result.value, userErrors: [] } : { endpoint: null, secret: null, userErrors: result.userErrors };

@Resolver()
export class WebhooksResolver {
  @Authorized()
  @Query(() => [WebhookEventTypeInfo], { description: 'Every event an endpoint can subscribe to.' })
  webhookEventTypes(): WebhookEventTypeInfo[] {
    return Object.values(WebhookEventType).map((type) => ({
      type,
      name: type,
      description: WEBHOOK_EVENTS[type].description,
      ownerKind: WEBHOOK_EVENTS[type].owner === 'user' ? WebhookOwnerKind.USER : WebhookOwnerKind.ORGANIZATION,
      requiredScope: WEBHOOK_EVENTS[type].scope,
    }));
  }

  @Authorized(Scope.WEBHOOKS_WRITE)
  @Mutation(() => WebhookEndpointSecretPayload, { description: 'Adds an endpoint; its signing secret is in the payload, this once.' })
  async createWebhookEndpoint(@Arg('input', () => CreateWebhookEndpointInput, { description: 'Where to send which events.' }) input: CreateWebhookEndpointInput, @Ctx() context: GraphQLContext) {
    assertAllowed(context.viewer, []);
    return withSecret(await context.services.webhooks.create(context.em, context.viewer, { ...input }));
  }

  @Authorized(Scope.WEBHOOKS_WRITE)
  @Mutation(() => WebhookEndpointPayload, { description: 'Changes an endpoint\'s address or events, or turns it off and on.' })
  async updateWebhookEndpoint(@Arg('input', () => UpdateWebhookEndpointInput, { description: 'The endpoint and what changes.' }) input: UpdateWebhookEndpointInput, @Ctx() context: GraphQLContext): Promise<WebhookEndpointPayload> {
    assertAllowed(context.viewer, []);
    const result = await context.services.webhooks.update(context.em, context.viewer, { ...input });
    return result.ok ? { endpoint: result.value, userErrors: [] } : { endpoint: null, userErrors: result.userErrors };
  }

  @Authorized(Scope.WEBHOOKS_WRITE)
  @Mutation(() => OutcomePayload, { description: 'Removes an endpoint and its delivery log.' })
  async deleteWebhookEndpoint(@Arg('input', () => WebhookEndpointIdInput, { description: 'Which endpoint.' }) input: WebhookEndpointIdInput, @Ctx() context: GraphQLContext): Promise<OutcomePayload> {
    assertAllowed(context.viewer, []);
    const userErrors = await context.services.webhooks.delete(context.em, context.viewer, input.endpointId);
    return { ok: userErrors.length === 0, userErrors };
  }

  @Authorized(Scope.WEBHOOKS_WRITE)
  @Mutation(() => WebhookEndpointSecretPayload, { description: 'Replaces the signing secret; deliveries are signed with the old one too for 24 hours.' })
  async rotateWebhookSecret(@Arg('input', () => WebhookEndpointIdInput, { description: 'Which endpoint.' }) input: WebhookEndpointIdInput, @Ctx() context: GraphQLContext) {
    assertAllowed(context.viewer, []);
    return withSecret(await context.services.webhooks.rotateSecret(context.em, context.viewer, input.endpointId));
  }

  @Authorized(Scope.WEBHOOKS_WRITE)
  @Mutation(() => WebhookDeliveryPayload, { description: 'Sends a delivery from the log again (same event id and body), as a new entry.' })
  async redeliverWebhook(@Arg('input', () => RedeliverWebhookInput, { description: 'Which delivery.' }) input: RedeliverWebhookInput, @Ctx() context: GraphQLContext): Promise<WebhookDeliveryPayload> {
    assertAllowed(context.viewer, []);
    const result = await context.services.webhooks.redeliver(context.em, context.viewer, input.deliveryId);
    return result.ok ? { delivery: result.value, userErrors: [] } : { delivery: null, userErrors: result.userErrors };
  }

  @Authorized(Scope.WEBHOOKS_WRITE)
  @Mutation(() => WebhookDeliveryPayload, { description: 'Sends a `webhook.ping` event to try an endpoint out.' })
  async sendTestWebhook(@Arg('input', () => WebhookEndpointIdInput, { description: 'Which endpoint.' }) input: WebhookEndpointIdInput, @Ctx() context: GraphQLContext): Promise<WebhookDeliveryPayload> {
    assertAllowed(context.viewer, []);
    const result = await context.services.webhooks.sendTest(context.em, context.viewer, input.endpointId);
    return result.ok ? { delivery: result.value, userErrors: [] } : { delivery: null, userErrors: result.userErrors };
  }
}

@Resolver(() => WebhookEndpoint)
export class WebhookEndpointResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation it belongs to; null for a personal endpoint.' })
  organization(@Root() endpoint: WebhookEndpoint, @Ctx() context: GraphQLContext): Promise<Organization | null> {
    return endpoint.organization ? context.em.findOne(Organization, { uuid: endpoint.organization.unwrap().uuid }) : Promise.resolve(null);
  }

  @FieldResolver(() => WebhookDeliveryConnection, { description: 'The delivery log, newest first.' })
  deliveries(
    @Root() endpoint: WebhookEndpoint,
    @Arg('status', () => WebhookDeliveryStatus, { nullable: true, description: 'Only deliveries in this state; all when left out.' }) status: WebhookDeliveryStatus | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<Page<WebhookDelivery>> {
    // Endpoints are only ever reached through a check of who manages them.
    return context.services.webhooks.deliveries(context.em, endpoint, status, args);
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => GraphQLJSON, { description: 'The JSON sent: `{ id, type, createdAt, data }`.' })
  payload(@Root() delivery: WebhookDelivery): unknown {
    return JSON.parse(delivery.body);
  }

  @FieldResolver(() => [WebhookDeliveryAttempt], { description: 'Every attempt, oldest first.' })
  attemptLog(@Root() delivery: WebhookDelivery): WebhookDeliveryAttempt[] {
    return delivery.attemptLog.map((attempt) => ({ ...attempt, at: new Date(attempt.at) }));
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The delivery this one sent again, when it is a redelivery.' })
  redeliveryOf(@Root() delivery: WebhookDelivery): string | null {
    return delivery.redeliveryOf ? globalId('WebhookDelivery', delivery.redeliveryOf) : null;
  }
}

@Resolver(() => User)
export class UserWebhooksResolver {
  @FieldResolver(() => WebhookEndpointConnection, { nullable: true, description: 'Your personal webhook endpoints, newest first; null for anyone else.' })
  async webhookEndpoints(@Root() user: User, @Args(() => PageArgs) args: PageArgs, @Ctx() context: GraphQLContext): Promise<Page<WebhookEndpoint> | null> {
    if (!isViewer(context, user)) return null;
    assertAllowed(context.viewer, [Scope.WEBHOOKS_READ]);
    return context.services.webhooks.listForUser(context.em, user, args);
  }
}

@Resolver(() => Organization)
export class OrganizationWebhooksResolver {
  @FieldResolver(() => WebhookEndpointConnection, { nullable: true, description: 'The organisation\'s webhook endpoints; admins only (null for others).' })
  async webhookEndpoints(@Root() organization: Organization, @Args(() => PageArgs) args: PageArgs, @Ctx() context: GraphQLContext): Promise<Page<WebhookEndpoint> | null> {
    const viewer = context.viewer;
    if (viewer.kind === 'anonymous' || !hasScope(viewer, Scope.PROGRAMS_ADMIN) || !hasScope(viewer, Scope.WEBHOOKS_READ)) return null;
    if (!(await context.services.programs.isAdmin(context.em, viewer.user, organization.uuid))) return null;
    return context.services.webhooks.listForOrganization(context.em, organization, args);
  }
}
