import { lazy, Suspense } from 'react';
import { Outlet } from 'react-router';
import { useViewer } from '../auth/use-viewer';
import { PageSkeleton } from '../ui/PageSkeleton';
import { AppHeader } from './AppHeader';
import classes from './App.module.css';
import { ConnectionBanner } from './ConnectionBanner';
import { LiveNotifications } from './LiveNotifications';
import { usePreloadMatchedPages } from './use-preload-matched-pages';

// Only people who have not confirmed their address see it: everyone else never downloads it.
const EmailVerificationBanner = lazy(async () => ({ default: (await import('./EmailVerificationBanner')).EmailVerificationBanner }));

/**
 * The shell every page lives in: skip link, header, notices, then the page (loaded on demand).
 * A fixed header over a padded main, in our own CSS: Mantine's AppShell (navbars, asides, resizing,
 * scroll locking) cost about 9 KB gzip in the first load for what two rules do.
 */
export function AppLayout() {
  const { viewer, pending } = useViewer();
  usePreloadMatchedPages();
  return (
    <>
      <a href="#main" className={classes.skipLink}>
        Skip to content
      </a>
      <div className={classes.shell}>
        <header className={classes.header}>
          <AppHeader viewer={viewer} pending={pending} />
        </header>
        <main id="main" tabIndex={-1} className={classes.main}>
          {viewer?.onboarded && <LiveNotifications key={viewer.id} viewerId={viewer.id} />}
          <ConnectionBanner />
          {viewer?.emailVerified === false && (
            <Suspense fallback={null}>
              <EmailVerificationBanner email={viewer.email} />
            </Suspense>
          )}
          <Suspense fallback={<PageSkeleton />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </>
  );
}
