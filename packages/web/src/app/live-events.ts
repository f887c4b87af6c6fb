/**
 * The notification stream's pure parts: which events are new (each seq once,
 * in order, across resubscriptions), and which queries an event touches.
 */

export interface EventCursor {
  /** The last seq handled; resubscribe with it as `after`. */
  readonly last: number;
  /** Starts from the stream's head (the newest seq when the page subscribed). */
  start(head: number): void;
  /** True when the event is new (and records it); false for a replay of one already handled. */
  accept(seq: number | null | undefined): boolean;
  /**
   * Goes back to `seq`: what was built from the events is replaced by a reload
   * read at that seq, so the events after it are new again, even ones handled before.
   */
  rewind(seq: number): void;
}

export function createEventCursor(): EventCursor {
  let last = 0;
  return {
    get last() {
      return last;
    },
    start(head) {
      last = Math.max(last, head);
    },
    accept(seq) {
      if (typeof seq !== 'number' || seq <= last) return false;
      last = seq;
      return true;
    },
    rewind(seq) {
      last = seq;
    },
  };
}

/** The operation names (see schema/operations) to refetch when an event of this type arrives. */
export function queriesTouchedBy(type: string): string[] {
  const [area, what] = type.split('.');
  switch (area) {
    case 'request':
      return what === 'accepted'
        ? ['MentorshipRequests', 'RequestCounts', 'Mentorships', 'RecommendedMentors']
        : ['MentorshipRequests', 'RequestCounts'];
    case 'agreement':
      return ['Mentorship', 'Mentorships'];
    case 'mentorship':
      return ['Mentorship', 'Mentorships', 'MentorshipRequests', 'RequestCounts'];
    default:
      return [];
  }
}

/** Queries every notification touches besides `queriesTouchedBy`: the bell, and the session and meeting lists. */
export function alsoTouchedBy(type: string): string[] {
  const area = type.split('.')[0];
  return ['NotificationBell', ...(area === 'session' ? ['MentorshipSessions'] : []), ...(area === 'meeting' ? ['UpcomingMeetings'] : [])];
}

/** A short notice for events worth interrupting for; null for the rest. */
export function noticeFor(type: string): { title: string; to: string } | null {
  switch (type) {
    case 'request.received':
      return { title: 'New mentorship request', to: '/requests' };
    case 'request.info_requested':
      return { title: 'Your mentor asked you a question', to: '/requests?tab=sent' };
    case 'request.info_provided':
      return { title: 'A mentee answered your question', to: '/requests' };
    case 'request.accepted':
      return { title: 'Your request was accepted', to: '/mentorships' };
    case 'request.declined':
      return { title: 'A request was declined', to: '/requests?tab=sent' };
    case 'agreement.proposed':
      return { title: 'A new agreement version to read', to: '/mentorships' };
    default:
      return null;
  }
}
