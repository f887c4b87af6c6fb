import 'graphiql/style.css';
// Monaco's editor and language workers, bundled by Vite (no CDN).
import 'graphiql/setup-workers/vite';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createExplorerFetcher } from './explorer-fetcher';

const root = document.getElementById('graphiql');
if (!root) throw new Error('graphiql/index.html has no #graphiql element.');

const fetcher = createExplorerFetcher({
  url: '/graphql',
  wsUrl: `${window.location.protocol === 'https:' ? 'wss:' : 'ws:'}//${window.location.host}/graphql`,
});

const DEFAULT_QUERY = `# The Mentorspace API explorer: Ctrl-Enter runs it.
#
# Signed in to Mentorspace in this browser, you are
# yourself here. To call as a personal access token
# does (a dashboard, a bot), put it in Headers below:
#   { "Authorization": "Bearer mst_…" }
# Headers are kept only if you say so in the settings.
# The schema is under Docs (the book icon); the guide
# is docs/api.md.

query Me {
  viewer {
    displayName
    email
  }
  serverInfo {
    version
  }
}
`;

createRoot(root).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={DEFAULT_QUERY}
      defaultHeaders={'{\n  "Authorization": "Bearer "\n}'}
      defaultEditorToolsVisibility="headers"
      shouldPersistHeaders={false}
    />
  </StrictMode>,
);
