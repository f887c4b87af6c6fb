import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { persistedOperationIds } from './build/persisted-operations';
import { splitDocuments } from './build/split-documents';

export default defineConfig(({ mode }) => {
  // `pnpm dev` starts the server and Vite side by side with one environment: follow the
  // server's PORT (default 4000), or point MENTORSPACE_API_URL at any other instance.
  const env = loadEnv(mode, '.', '');
  const api = env.MENTORSPACE_API_URL || `http://localhost:${env.PORT || '4000'}`;

  return {
    plugins: [react(), persistedOperationIds(), splitDocuments()],
    server: {
      port: 5173,
      proxy: {
        // The server honours the session cookie only from its own origin (or CORS_ORIGINS): present the page as its.
        '/graphql': { target: api, ws: true, changeOrigin: true, headers: { origin: new URL(api).origin } },
        '/healthz': { target: api, changeOrigin: true },
        '/readyz': { target: api, changeOrigin: true },
      },
    },
    preview: { port: 4173 },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      // The server serves dist/assets with a one-year immutable cache: names carry content hashes.
      assetsDir: 'assets',
      // No modulepreload polyfill in the entry: browsers without modulepreload (Safari before 17) still load every
      // module through its imports, only without the head start.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        output: {
          // Libraries change far less often than the app: separate chunks stay cached across deploys.
          codeSplitting: {
            groups: [
              { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
              {
                name: 'graphql',
                test: /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs|optimism|@wry|tslib|@graphql-typed-document-node)[\\/]/,
                priority: 2,
              },
              // Everything else (Mantine, icons, charts, dnd-kit …) is left to automatic splitting, which puts each
              // module with the pages that use it. A former entries-aware 'ui' group merged its small chunks into
              // bigger ones, which brought floating-ui, inputs and comboboxes into the first load (about 15 KB gzip).
            ],
          },
        },
      },
    },
  };
});
