import '@mantine/core/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './apollo';
import { App } from './app/App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

// One client for the page's lifetime: its WebSocket opens now and reconnects on its own.
const apollo = createApolloClient();

createRoot(root).render(
  <StrictMode>
    <App apollo={apollo} />
  </StrictMode>,
);
