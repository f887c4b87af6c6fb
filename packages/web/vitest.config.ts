import { defineProject } from 'vitest/config';

// Unit tests for the web app's pure logic; they need no DOM.
export default defineProject({
  test: {
    name: 'web',
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
