import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (test/unit mirrors the modules one file each, test/whole holds the checks
 * across modules: fuzz, golden files, corpus, check-data; fast, parallel) and `e2e` (the sample site built
 * once, then driven in Debian's Chromium). The clock's time zone is pinned so dates never shift.
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
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          env: { TZ: 'Asia/Shanghai' },
          globalSetup: ['test/e2e/setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
