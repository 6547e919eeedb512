/**
 * After a build, rewrites every HTML page one block per line (see src/lib/output/readable-html.ts). A
 * ten-year archive writes thousands of large ledger pages, so they are spread over one worker
 * thread per core.
 */
import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mapInWorkers } from '../lib/base/pool.ts';
import { rewriteHtmlFiles } from '../lib/output/readable-html.ts';

/** Pages per job handed to a worker. */
const PAGES_PER_JOB = 100;

async function htmlFiles(dir: string, out: string[] = []): Promise<string[]> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await htmlFiles(path, out);
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

export function readableHtmlIntegration(): AstroIntegration {
  return {
    name: 'xinfang-readable-html',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const files = await htmlFiles(fileURLToPath(dir));
        const jobs: string[][] = [];
        for (let i = 0; i < files.length; i += PAGES_PER_JOB)
          jobs.push(files.slice(i, i + PAGES_PER_JOB));
        await mapInWorkers(jobs, {
          workers: jobs.length > 2 ? availableParallelism() : 1,
          script: new URL('../lib/output/readable-html-worker.ts', import.meta.url),
          inline: rewriteHtmlFiles,
        });
      },
    },
  };
}
