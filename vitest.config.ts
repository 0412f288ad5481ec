import { defineConfig } from 'vitest/config';

// One suite: pure tests beside the code (`*.test.ts`), real-database integration tests
// (`*.int.test.ts`, run once per database by server/test/databases.ts) and browser tests (e2e/).
export default defineConfig({
  test: {
    include: ['law/**/*.test.ts', 'server/**/*.test.ts', 'app/**/*.test.ts', 'app/**/*.test.tsx', 'e2e/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
