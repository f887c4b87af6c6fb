import type { ApolloCache } from '@apollo/client';

const TYPENAMES = { mentorProfile: 'MentorProfile', needsAssessment: 'NeedsAssessment' } as const;

/**
 * Points `User.<field>` at an object a mutation just created (the first save
 * of a profile or an assessment), so every query that reads it through the
 * viewer (the editor, the dashboard) sees it without a refetch. Later saves
 * update the object in place; normalisation does that on its own.
 */
export function linkToViewer(
  cache: ApolloCache,
  viewerId: string | undefined,
  field: keyof typeof TYPENAMES,
  created: { id: string } | null | undefined,
): void {
  if (!viewerId || !created) return;
  const ref = cache.identify({ __typename: TYPENAMES[field], id: created.id });
  const user = cache.identify({ __typename: 'User', id: viewerId });
  if (!ref || !user) return;
  cache.modify({ id: user, fields: { [field]: (_existing, { toReference }) => toReference(ref) } });
}
