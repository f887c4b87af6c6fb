import { AppShell } from '@mantine/core';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { useViewer } from '../auth/use-viewer';
import { PageSkeleton } from '../ui/PageSkeleton';
import { AppHeader } from './AppHeader';
import classes from './App.module.css';
import { ConnectionBanner } from './ConnectionBanner';
import { EmailVerificationBanner } from './EmailVerificationBanner';
import { LiveNotifications } from './LiveNotifications';

/** The shell every page lives in: skip link, header, notices, then the page (loaded on demand). */
export function AppLayout() {
  const { viewer, pending } = useViewer();
  return (
    <>
      <a href="#main" className={classes.skipLink}>
        Skip to content
      </a>
      <AppShell header={{ height: 64 }} padding={0}>
        <AppShell.Header className={classes.header}>
          <AppHeader viewer={viewer} pending={pending} />
        </AppShell.Header>
        <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
          {viewer?.onboarded && <LiveNotifications key={viewer.id} viewerId={viewer.id} />}
          <ConnectionBanner />
          {viewer?.emailVerified === false && <EmailVerificationBanner email={viewer.email} />}
          <Suspense fallback={<PageSkeleton />}>
            <Outlet />
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
