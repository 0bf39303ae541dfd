import { defineConfig } from 'vitest/config';

// Real Chromium (and Firefox ESR for core-paths.e2e.ts) with the built extension: one file at a time,
// generous timeouts for cold starts.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
