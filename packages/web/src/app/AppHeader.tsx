import { Container, Group, Skeleton } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { Viewer } from '../auth/use-viewer';
import classes from './App.module.css';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { ConnectionIndicator } from './ConnectionIndicator';
import { GuestActions } from './GuestActions';
import { MainNav } from './MainNav';
import { navItemsFor } from './nav-items';
import { useRequestsWaiting } from './use-requests-waiting';
import { Wordmark } from './Wordmark';

const AccountControls = lazy(async () => ({ default: (await import('./AccountControls')).AccountControls }));
// The bell's popover brings Popover, ScrollArea and floating-ui (about 25 KB gzip): visitors never need them, and
// signed-in people get the bell a moment after the header, not before the first paint.
const NotificationsBell = lazy(async () => ({ default: (await import('./NotificationsBell')).NotificationsBell }));

/**
 * The wordmark, the navigation for who is signed in, the live connection and
 * the theme switch. While the viewer is still loading, neither sign-in buttons
 * nor the account menu show, so nothing flashes.
 */
export function AppHeader({ viewer, pending }: { viewer: Viewer | null; pending: boolean }) {
  const waiting = useRequestsWaiting(viewer);
  const items = viewer ? navItemsFor(viewer, waiting) : [];
  return (
    <Container size="lg" h="100%">
      <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
        <Group gap="lg" wrap="nowrap" className={classes.headerStart}>
          <Wordmark />
          {/* Role editors and settings live in the account menu on wide screens; the bar keeps room for the rest. */}
          {viewer && <MainNav items={viewer.onboarded ? items.filter((item) => !item.inMenu) : items} />}
        </Group>
        <Group gap="sm" wrap="nowrap" className={classes.headerActions}>
          <ConnectionIndicator />
          {viewer?.onboarded && (
            <Suspense fallback={<Skeleton height={34} width={34} radius="md" aria-hidden />}>
              <NotificationsBell />
            </Suspense>
          )}
          <ColorSchemeToggle />
          {viewer ? (
            <Suspense fallback={<Skeleton circle height={32} aria-hidden />}>
              <AccountControls viewer={viewer} items={items} />
            </Suspense>
          ) : (
            !pending && <GuestActions />
          )}
        </Group>
      </Group>
    </Container>
  );
}
