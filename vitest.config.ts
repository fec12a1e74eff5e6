import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    // Property tests run 1,000+ cases each; keep per-test time generous but finite.
    testTimeout: 60_000,
    setupFiles: ['test/setup.ts'],
  },
});
