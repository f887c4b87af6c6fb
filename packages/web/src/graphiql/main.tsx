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

const DEFAULT_QUERY = `# The Mentorspace API explorer. Ctrl-Enter runs the operation.
#
# Signed in to Mentorspace in this browser, you are yourself here. To act
# with a personal access token instead (as a dashboard or bot would), put it
# in the Headers tab below: { "Authorization": "Bearer mst_…" }. Headers are
# not saved unless you choose to in the settings.
#
# The schema is in the Docs panel (book icon); see docs/api.md for the guide.

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
