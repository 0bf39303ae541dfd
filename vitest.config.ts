import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'core/**/*.test.ts',
      'components/**/*.test.{ts,tsx}',
      'lib/**/*.test.ts',
      'scripts/**/*.test.ts',
      'test/unit/**/*.test.{ts,tsx}',
    ],
    environment: 'node',
    testTimeout: 30_000,
  },
});
