import { Navigate, Outlet, useSearchParams } from 'react-router';
import { PageSkeleton } from '../ui/PageSkeleton';
import { safeNextPath } from './redirects';
import { useViewer } from './use-viewer';

/**
 * Sign in, sign up, forgot password: for signed-out visitors. Once signed in
 * (including right after submitting one of these forms), on to `next` or home.
 */
export function GuestOnly() {
  const { viewer, pending } = useViewer();
  const [params] = useSearchParams();
  if (pending) return <PageSkeleton />;
  if (viewer) return <Navigate to={safeNextPath(params.get('next'))} replace />;
  return <Outlet />;
}
