/**
 * Builds the bundled sample site once for the end-to-end tests, exactly as a user would
 * (`node scripts/build.ts`), into a folder of its own.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

export const SITE_DIR = resolve('.build/e2e/site');

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}

export default function setup(project: TestProject): void {
  execFileSync(process.execPath, ['scripts/build.ts', '--out', SITE_DIR, '--quiet'], {
    stdio: 'inherit',
  });
  project.provide('siteDir', SITE_DIR);
}
