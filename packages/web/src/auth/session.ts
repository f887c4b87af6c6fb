import type { ApolloClient } from '@apollo/client';
import { notifications } from '@mantine/notifications';
import { ViewerDocument } from '../graphql/documents';

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
