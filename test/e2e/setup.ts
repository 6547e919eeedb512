/**
 * Builds the bundled sample site once for the end-to-end tests, exactly as a user would
 * (`node scripts/build.ts`), into a folder of its own.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { MARKER } from '../../src/lib/output/marker.ts';

export const SITE_DIR = resolve('.build/e2e/site');

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}

export default function setup(project: TestProject): void {
  // A build refuses a non-empty folder it did not write; one left by an older build that kept
  // no marker file is test scratch, removed here.
  if (existsSync(SITE_DIR) && !existsSync(join(SITE_DIR, MARKER)))
    rmSync(SITE_DIR, { recursive: true, force: true });
  execFileSync(process.execPath, ['scripts/build.ts', '--out', SITE_DIR, '--quiet'], {
    stdio: 'inherit',
  });
  project.provide('siteDir', SITE_DIR);
}
