import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { SignOutDocument } from '../graphql/documents';
import { describeError, isUnauthenticated } from '../graphql/errors';
import { HOME_PATH } from './redirects';

// Signing out and leaving the account are used from the account menu and settings, which load on
// demand; session.ts (loaded first) keeps only what the Apollo client needs at start-up.

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
