import { lazy } from 'react';
import { Navigate } from 'react-router';
import { ONBOARDING_PATH } from '../auth/redirects';
import { useViewer } from '../auth/use-viewer';
import { PageSkeleton } from '../ui/PageSkeleton';

const HomePage = lazy(async () => ({ default: (await import('../pages/home/HomePage')).HomePage }));
const DashboardPage = lazy(async () => ({ default: (await import('../pages/dashboard/DashboardPage')).DashboardPage }));

/** `/`: what Mentorspace is for visitors; a dashboard once signed in (after onboarding). */
export function HomeRoute() {
  const { viewer, pending } = useViewer();
  if (pending) return <PageSkeleton />;
  if (!viewer) return <HomePage />;
  if (!viewer.onboarded) return <Navigate to={ONBOARDING_PATH} replace />;
  return <DashboardPage />;
}
