import { registerEnumType } from 'type-graphql';
import { Scope } from '../../auth/scopes.js';

/**
 * The events an endpoint may subscribe to: the stored events of a person's
 * notification stream (`user:<uuid>`) and of an organisation's stream
 * (`organization:<uuid>`), named as they are stored. The enum's values are
 * the event types themselves, so a payload's `type` is the value.
 */
export enum WebhookEventType {
  REQUEST_RECEIVED = 'request.received',
  REQUEST_INFO_REQUESTED = 'request.info_requested',
  REQUEST_INFO_PROVIDED = 'request.info_provided',
  REQUEST_ACCEPTED = 'request.accepted',
  REQUEST_DECLINED = 'request.declined',
  REQUEST_WITHDRAWN = 'request.withdrawn',
  MENTORSHIP_CREATED = 'mentorship.created',
  MENTORSHIP_STATUS_CHANGED = 'mentorship.status_changed',
  AGREEMENT_PROPOSED = 'agreement.proposed',
  AGREEMENT_ACKNOWLEDGED = 'agreement.acknowledged',
  SESSION_STARTED = 'session.started',
  MEETING_SCHEDULED = 'meeting.scheduled',
  MEETING_OCCURRENCE_MOVED = 'meeting.occurrence_moved',
  MEETING_OCCURRENCE_CANCELLED = 'meeting.occurrence_cancelled',
  MEETING_CANCELLED = 'meeting.cancelled',
  MEETING_RECORDED = 'meeting.recorded',
  MEETING_REMINDER = 'meeting.reminder',
  REVIEW_WRITTEN = 'review.written',
  RESOURCE_RECOMMENDED = 'resource.recommended',
  ENROLLMENT_REQUESTED = 'enrollment.requested',
  ENROLLMENT_REVIEWED = 'enrollment.reviewed',
  PROGRAM_MENTORSHIP_CREATED = 'program.mentorship_created',
}

/** Whose stream an event comes from, and so who may subscribe to it. */
export type WebhookOwnerKind = 'user' | 'organization';

type EventInfo = { owner: WebhookOwnerKind; scope: Scope; description: string };

/**
 * Per event type: whose endpoints may subscribe, and the scope a token must
 * carry to subscribe (a webhook must never carry more than its creator could
 * read through the API).
 */
export const WEBHOOK_EVENTS: Record<WebhookEventType, EventInfo> = {
  [WebhookEventType.REQUEST_RECEIVED]: { owner: 'user', scope: Scope.MENTORSHIPS_READ, description: 'A mentee asked you to mentor them.' },
  [WebhookEventType.REQUEST_INFO_REQUESTED]: { owner: 'user', scope: Scope.MENTORSHIPS_READ, description: 'A mentor asked a question about your request.' },
  [WebhookEventType.REQUEST_INFO_PROVIDED]: { owner: 'user', scope: Scope.MENTORSHIPS_READ, description: 'A mentee answered your question.' },
  [WebhookEventType.REQUEST_ACCEPTED]: { owner: 'user', scope: Scope.MENTORSHIPS_READ, description: 'Your request was accepted.' },
  [WebhookEventType.REQUEST_DECLINED]: { owner: 'user', scope: Scope.MENTORSHIPS_READ, description: 'Your request was declined.' },
  [WebhookEventType.REQUEST_WITHDRAWN]: { owner: 'user', scope: Scope.MENTORSHIPS_READ, description: 'A mentee withdrew a request to you.' },
  [WebhookEventType.MENTORSHIP_CREATED]: { owner: 'user', scope: Scope.MENTORSHIPS_READ, description: 'A mentorship of yours began.' },
  [WebhookEventType.MENTORSHIP_STATUS_CHANGED]: { owner: 'user', scope: Scope.MENTORSHIPS_READ, description: 'A mentorship was paused, resumed, completed or cancelled.' },
  [WebhookEventType.AGREEMENT_PROPOSED]: { owner: 'user', scope: Scope.MENTORSHIPS_READ, description: 'A new agreement version was proposed.' },
  [WebhookEventType.AGREEMENT_ACKNOWLEDGED]: { owner: 'user', scope: Scope.MENTORSHIPS_READ, description: 'An agreement version was acknowledged.' },
  [WebhookEventType.SESSION_STARTED]: { owner: 'user', scope: Scope.SESSIONS_READ, description: 'A live session started.' },
  [WebhookEventType.MEETING_SCHEDULED]: { owner: 'user', scope: Scope.SESSIONS_READ, description: 'A meeting was scheduled.' },
  [WebhookEventType.MEETING_OCCURRENCE_MOVED]: { owner: 'user', scope: Scope.SESSIONS_READ, description: 'One meeting of a series was moved.' },
  [WebhookEventType.MEETING_OCCURRENCE_CANCELLED]: { owner: 'user', scope: Scope.SESSIONS_READ, description: 'One meeting of a series was cancelled.' },
  [WebhookEventType.MEETING_CANCELLED]: { owner: 'user', scope: Scope.SESSIONS_READ, description: 'A meeting (or its whole series) was cancelled.' },
  [WebhookEventType.MEETING_RECORDED]: { owner: 'user', scope: Scope.SESSIONS_READ, description: 'Attendance and notes were recorded for a meeting.' },
  [WebhookEventType.MEETING_REMINDER]: { owner: 'user', scope: Scope.SESSIONS_READ, description: 'A meeting starts in a few minutes.' },
  [WebhookEventType.REVIEW_WRITTEN]: { owner: 'user', scope: Scope.MENTORSHIPS_READ, description: 'A progress review was written.' },
  [WebhookEventType.RESOURCE_RECOMMENDED]: { owner: 'user', scope: Scope.SESSIONS_READ, description: 'A resource was shared in a mentorship.' },
  [WebhookEventType.ENROLLMENT_REQUESTED]: { owner: 'organization', scope: Scope.PROGRAMS_ADMIN, description: 'Someone asked to enrol in one of the organisation\'s programs.' },
  [WebhookEventType.ENROLLMENT_REVIEWED]: { owner: 'organization', scope: Scope.PROGRAMS_ADMIN, description: 'An admin approved or declined an enrolment.' },
  [WebhookEventType.PROGRAM_MENTORSHIP_CREATED]: { owner: 'organization', scope: Scope.PROGRAMS_ADMIN, description: 'A program mentorship was matched.' },
};

registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: 'An event a webhook endpoint can subscribe to. A payload\'s `type` is the lower-case name, e.g. `request.received`.',
  valuesConfig: Object.fromEntries(
    Object.entries(WebhookEventType).map(([key, value]) => [
      key,
      { description: `\`${value}\`: ${WEBHOOK_EVENTS[value].description} (${WEBHOOK_EVENTS[value].owner === 'user' ? 'personal' : 'organisation'} endpoints; tokens need \`${WEBHOOK_EVENTS[value].scope}\`)` },
    ]),
  ),
});

/** Sent by `sendTestWebhook` whatever the endpoint subscribes to. */
export const PING_EVENT = 'webhook.ping';

const KNOWN = new Set<string>(Object.values(WebhookEventType));

export const isWebhookEventType = (type: string): type is WebhookEventType => KNOWN.has(type);

/** The stream an event was appended to, as the owner of the endpoints that may hear it. */
export function streamOwner(streamId: string): { kind: WebhookOwnerKind; uuid: string } | null {
  const colon = streamId.indexOf(':');
  const kind = streamId.slice(0, colon);
  if (kind !== 'user' && kind !== 'organization') return null;
  return { kind, uuid: streamId.slice(colon + 1) };
}
