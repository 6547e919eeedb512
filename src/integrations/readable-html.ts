/** After a build, rewrites every HTML page one block per line (see src/lib/readable-html.ts). */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readableHtml } from '../lib/readable-html.ts';

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

export function readableHtmlIntegration(): AstroIntegration {
  return {
    name: 'xinfang-readable-html',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          await writeFile(file, readableHtml(await readFile(file, 'utf8')));
        }
      },
    },
  };
}
