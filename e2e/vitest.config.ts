import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/**/*.test.ts'],
    globalSetup: ['harness/global-setup.ts'],
    // Browsers and server processes are heavy on two cores: one file at a time.
    fileParallelism: false,
    // Generous: two server processes and Chromium share two cores; a slow run is not a failure.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
