import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// GraphiQL at /graphiql, built on its own into dist/graphiql/ after the app
// (`pnpm build`), so none of its editor, or the parts of graphql-js only it
// uses, can end up in the app's chunks. Served by the server from there.
export default defineConfig({
  root: 'graphiql',
  base: '/graphiql/',
  plugins: [react()],
  build: {
    outDir: '../dist/graphiql',
    emptyOutDir: true,
    assetsDir: 'assets',
    // Monaco's maps alone are tens of megabytes; nobody debugs the explorer in production.
    sourcemap: false,
    chunkSizeWarningLimit: 6_000,
  },
});
