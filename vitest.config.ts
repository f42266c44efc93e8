import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The test runner's resolver misses chrono-node's wildcard subpath exports ("./*"); Node and the build find them.
    alias: [{ find: /^chrono-node\/en$/, replacement: fileURLToPath(import.meta.resolve('chrono-node/en')) }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
