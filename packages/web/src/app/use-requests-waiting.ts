import { useQuery } from '@apollo/client/react';
import type { Viewer } from '../auth/use-viewer';
import { requestsNeedingYou } from '../domain/requests-waiting';
import { RequestCountsDocument } from '../graphql/documents';

/** How many requests wait for the viewer (for the nav badge); live through `LiveNotifications` refetching `RequestCounts`. */
export function useRequestsWaiting(viewer: Viewer | null): number {
  const { data } = useQuery(RequestCountsDocument, { skip: !viewer?.onboarded });
  const counts = data?.viewer;
  if (!viewer?.onboarded || !counts) return 0;
  return requestsNeedingYou({
    receivedOpen: counts.received?.totalCount ?? 0,
    sentStatuses: counts.sent?.nodes.map((request) => request.status) ?? [],
  });
}
