import type { MentorshipRequestStatus } from '../graphql/documents';

// Apart from requests.ts: the header's badge needs only this, and a module travels whole,
// so sharing requests.ts would bring the request pages' rules into the first load.

/** What waits for the viewer: open requests they received, and questions on requests they sent. */
export function requestsNeedingYou(counts: { receivedOpen: number; sentStatuses: readonly MentorshipRequestStatus[] }): number {
  return counts.receivedOpen + counts.sentStatuses.filter((status) => status === 'INFO_REQUESTED').length;
}
