import type { ApolloClient } from '@apollo/client';
import { notifications } from '@mantine/notifications';
import { ViewerDocument } from '../graphql/documents';

/**
 * The session ended under us (an operation came back UNAUTHENTICATED): forget
 * the viewer, so the route guards send the person to sign in. The client then
 * sees them signed out without a sign-out of its own and says why
 * (`sayWhySignedOut`, through `onSessionEnded`).
 */
export function forgetViewer(client: ApolloClient): void {
  const cached = client.cache.readQuery({ query: ViewerDocument });
  if (!cached?.viewer) return;
  client.cache.writeQuery({ query: ViewerDocument, data: { viewer: null } });
}

/**
 * Tells the person why they are on the sign-in page: however the app learned
 * that the session ended (a refused request, or the live connection closed by
 * the server and the viewer found gone), it is the same news, shown once.
 */
export function sayWhySignedOut(): void {
  notifications.show({
    id: 'session-ended',
    color: 'orange',
    title: 'You are signed out',
    message: 'Your session ended: it expired, or it was signed out from another browser or device. Sign in again to continue.',
  });
}
