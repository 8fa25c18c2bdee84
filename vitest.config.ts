import { defineConfig } from 'vitest/config';

/** Unit tests: plain Node, real SQLite and real files in temp dirs. */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Forks, not threads: native modules and SIGKILL-based crash tests behave like production.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
