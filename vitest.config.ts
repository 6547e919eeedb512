import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (test/unit mirrors the modules, one test file each; test/whole holds the
 * checks across modules: fuzz, golden files, corpus, check-data, the test tree's layout) and `e2e`
 * (the sample site built once, then driven in Debian's Chromium). The clock's time zone is pinned
 * so dates never shift.
 */
export default defineConfig({
  test: {
    env: { TZ: 'Asia/Shanghai' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/whole/**/*.test.ts'],
          env: { TZ: 'Asia/Shanghai' },
          // Generous: a limit only stops a hang; no test asserts how long anything takes, and
          // worker threads and Word export start slowly on a busy two-core machine.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          env: { TZ: 'Asia/Shanghai' },
          globalSetup: ['test/e2e/setup.ts'],
          // Bounds against a hang, as in `unit`: builds and Chromium are slow on a busy machine.
          testTimeout: 300_000,
          hookTimeout: 900_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
