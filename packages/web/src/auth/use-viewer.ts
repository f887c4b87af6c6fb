import { useQuery } from '@apollo/client/react';
import { ViewerDocument, type ViewerFieldsFragment } from '../graphql/documents';

export type Viewer = ViewerFieldsFragment;

export interface ViewerState {
  /** The signed-in person; null when signed out or not known yet. */
  viewer: Viewer | null;
  /**
   * True only until the first answer: after that, a refetch (e.g. the store
   * reset that follows signing in) keeps showing the page, not a skeleton.
   */
  pending: boolean;
  /** The viewer could not be loaded and nothing is known yet (the server is unreachable). */
  error: Error | undefined;
  refetch: () => void;
}

/** Who is signed in, from the `Viewer` query every page shares through the cache. */
export function useViewer(): ViewerState {
  const { data, previousData, loading, error, refetch } = useQuery(ViewerDocument);
  const known = data ?? previousData;
  return {
    viewer: known?.viewer ?? null,
    pending: loading && known === undefined,
    error: known === undefined ? error : undefined,
    refetch: () => void refetch().catch(() => {}),
  };
}
