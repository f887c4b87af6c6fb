/** The notifications bell's copy: one line and a link for each kind of notification. */

export interface NotificationLike {
  type: string;
  payload: unknown;
}

const str = (value: unknown) => (typeof value === 'string' && value ? value : null);

export function describeNotification({ type, payload }: NotificationLike): { text: string; to: string } {
  const p = (payload ?? {}) as Record<string, unknown>;
  const actor = str(p.actorName) ?? 'Someone';
  const title = str(p.title);
  const mentorship = str(p.mentorshipId) ? `/mentorships/${str(p.mentorshipId)}` : '/mentorships';
  // Reminders (nudge.*) carry their own sentence and an in-app path.
  if (type.startsWith('nudge.')) {
    const path = str(p.path);
    return { text: str(p.message) ?? 'A reminder', to: path && path.startsWith('/') && !path.startsWith('//') ? path : '/' };
  }
  switch (type) {
    case 'request.received':
      return { text: `${actor} asked you to mentor them`, to: '/requests' };
    case 'request.info_requested':
      return { text: `${actor} asked you a question about your request`, to: '/requests?tab=sent' };
    case 'request.info_provided':
      return { text: `${actor} answered your question`, to: '/requests' };
    case 'request.accepted':
      return { text: `${actor} accepted your request`, to: '/mentorships' };
    case 'request.declined':
      return { text: `${actor} declined your request`, to: '/requests?tab=sent' };
    case 'request.withdrawn':
      return { text: `${actor} withdrew their request`, to: '/requests' };
    case 'mentorship.created':
      return { text: 'A new mentorship began', to: mentorship };
    case 'mentorship.status_changed':
      return { text: 'A mentorship changed status', to: mentorship };
    case 'agreement.proposed':
      return { text: `A new agreement version${typeof p.version === 'number' ? ` (${p.version})` : ''} to read`, to: mentorship };
    case 'agreement.acknowledged':
      return { text: `An agreement was acknowledged${p.inEffect ? ' and is in effect' : ''}`, to: mentorship };
    case 'session.started':
      return { text: `Live session started${title ? `: ${title}` : ''}`, to: str(p.sessionId) ? `/sessions/${str(p.sessionId)}` : mentorship };
    case 'meeting.scheduled':
      return { text: `Meeting scheduled${title ? `: ${title}` : ''}`, to: '/schedule' };
    case 'meeting.occurrence_moved':
      return { text: `A meeting was moved${title ? `: ${title}` : ''}`, to: '/schedule' };
    case 'meeting.occurrence_cancelled':
    case 'meeting.cancelled':
      return { text: `A meeting was cancelled${title ? `: ${title}` : ''}`, to: '/schedule' };
    case 'meeting.reminder':
      return { text: str(p.message) ?? `A meeting starts soon${title ? `: ${title}` : ''}`, to: '/schedule' };
    case 'messages.missed':
      return { text: str(p.message) ?? `${actor} sent you messages`, to: str(p.sessionId) ? `/sessions/${str(p.sessionId)}` : '/mentorships' };
    case 'meeting.recorded':
      return { text: `Meeting notes recorded${title ? `: ${title}` : ''}`, to: mentorship };
    case 'webhook.endpoint_disabled':
      return { text: 'A webhook endpoint was turned off after failing for hours', to: '/settings#webhooks' };
    default:
      return { text: 'Something changed', to: '/' };
  }
}

/** "9+" past nine, so the badge stays small; null for none. */
export function badgeCount(count: number | null | undefined): string | null {
  if (!count || count < 0) return null;
  return count > 9 ? '9+' : String(count);
}
