import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState } from '../ui/ErrorState';
import { PageSkeleton } from '../ui/PageSkeleton';
import { ONBOARDING_PATH, signInPathFrom } from './redirects';
import { useViewer } from './use-viewer';

/**
 * Pages for signed-in people. Signed out: to sign in, and back here after.
 * With `onboarded`, someone who has not chosen their roles yet goes to onboarding first.
 */
export function RequireViewer({ onboarded = false }: { onboarded?: boolean }) {
  const { viewer, pending, error, refetch } = useViewer();
  const location = useLocation();
  if (pending) return <PageSkeleton />;
  if (error) return <ErrorState error={error} onRetry={refetch} />;
  if (!viewer) return <Navigate to={signInPathFrom(location)} replace />;
  if (onboarded && !viewer.onboarded) return <Navigate to={ONBOARDING_PATH} replace />;
  return <Outlet />;
}
