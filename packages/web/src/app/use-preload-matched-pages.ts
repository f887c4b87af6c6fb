import { useEffect } from 'react';
import { useMatches } from 'react-router';
import type { PageHandle } from './routes';

/**
 * Starts fetching the matched page's code as soon as the shell has rendered.
 * Pages sit behind guards (RequireViewer, GuestOnly) that wait for the viewer
 * query; without this, the page's chunks would only be requested after that
 * answer came back, one round trip after the other.
 */
export function usePreloadMatchedPages(): void {
  const matches = useMatches();
  useEffect(() => {
    for (const match of matches) (match.handle as Partial<PageHandle> | undefined)?.preload?.();
  }, [matches]);
}
