import type { ApolloClient } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { describeError, isUnauthenticated } from '../graphql/errors';
import { SignOutDocument, ViewerDocument } from '../graphql/documents';
import { HOME_PATH } from './redirects';

/**
 * The session ended under us (an operation came back UNAUTHENTICATED): forget
 * the viewer, so the route guards send the person to sign in, and say why.
 */
export function forgetViewer(client: ApolloClient): void {
  const cached = client.cache.readQuery({ query: ViewerDocument });
  if (!cached?.viewer) return;
  client.cache.writeQuery({ query: ViewerDocument, data: { viewer: null } });
  notifications.show({
    id: 'session-ended',
    color: 'orange',
    title: 'You are signed out',
    message: 'Your session ended, perhaps from another browser. Sign in again to continue.',
  });
}

/**
 * Leaves the account's pages first, then clears everything cached for it; the
 * viewer is fetched again (and is null). Used after signing out, signing out
 * everywhere and deleting the account.
 */
export function useLeaveAccount(): (message: string) => Promise<void> {
  const client = useApolloClient();
  const navigate = useNavigate();
  return async (message) => {
    // Synchronously, so no guarded page sees the empty viewer and asks to sign in again.
    await navigate(HOME_PATH, { replace: true, flushSync: true });
    await client.resetStore().catch(() => {});
    notifications.show({ color: 'spruce', message });
  };
}

/** Signs this browser out. */
export function useSignOut(): { signOut: () => Promise<void>; signingOut: boolean } {
  const [mutate, { loading }] = useMutation(SignOutDocument);
  const leave = useLeaveAccount();
  return {
    signingOut: loading,
    async signOut() {
      try {
        await mutate();
      } catch (error) {
        // Already signed out (e.g. elsewhere) is what we wanted anyway.
        if (!isUnauthenticated(error)) {
          notifications.show({ color: 'red', title: 'You are still signed in', message: describeError(error) });
          return;
        }
      }
      await leave('You are signed out. See you soon!');
    },
  };
}
