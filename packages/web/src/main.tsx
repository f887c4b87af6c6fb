import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './apollo';
import { App } from './app/App';
import { forgetViewer, sayWhySignedOut } from './auth/session';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

// One client for the page's lifetime: its WebSocket opens now and reconnects on its own.
// A request refused as UNAUTHENTICATED means the session ended: forget the viewer, and the guards ask to sign in.
// However it is found out, a session ended elsewhere is said once (onSessionEnded).
const apollo = createApolloClient({ onUnauthenticated: () => forgetViewer(apollo.client), onSessionEnded: sayWhySignedOut });

createRoot(root).render(
  <StrictMode>
    <App apollo={apollo} />
  </StrictMode>,
);
