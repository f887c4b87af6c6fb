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
              { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 4 },
              {
                name: 'graphql',
                test: /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs|optimism|@wry|tslib|@graphql-typed-document-node)[\\/]/,
                priority: 3,
              },
              // The other libraries the shell needs before its first paint ($initial: statically imported from the
              // entry), in one chunk. Taken first, so that the 'ui' group below holds only what pages load later.
              { name: 'shell-ui', test: /node_modules[\\/]/, tags: ['$initial'], priority: 2 },
              // The rest grouped by which pages use them, small groups merged into their nearest neighbour: a page
              // loads a few chunks rather than a hundred tiny ones, and none of them weighs on the first load.
              // Charts (recharts and what it brings) stay out of it: they go with the one page that draws them.
              {
                name: 'ui',
                test: /node_modules[\\/](?!(?:.*node_modules[\\/])?(recharts|@mantine[\\/]charts|victory-vendor|d3-[a-z-]+|@reduxjs|react-redux|redux|redux-thunk|immer|reselect|es-toolkit|decimal\.js-light|eventemitter3|tiny-invariant)[\\/])/,
                priority: 1,
                entriesAware: true,
                entriesAwareMergeThreshold: 8_000,
              },
            ],
          },
        },
      },
    },
  };
});
