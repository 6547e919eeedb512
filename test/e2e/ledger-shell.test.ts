/**
 * Ledger pages written beside Astro's renderer (src/lib/ledger/shell.ts) are the pages Astro
 * renders. The sample is built with three rows a page, so that every ledger has pages after
 * the first, pagers with gaps and short last pages, and the dev server, which renders every
 * ledger page in full with the components, runs on the same data with the same page size. Pages
 * of every ledger part of the build (the first, second, middle and last) must show the same
 * title and body as the dev server's, one block per line; the CSV downloads, which a build copies
 * and the dev server serves through its endpoint, the same bytes.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_PLAN_FILE } from '../../src/integrations/ledger-pages.ts';
import { readableHtml } from '../../src/lib/output/readable-html.ts';
import type { DevServer } from './helpers.ts';
import { runBuild, siteFiles, startDevServer } from './helpers.ts';

const PAGE_SIZE = '3';
let dir = '';
let out = '';
let dev: DevServer | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'xf-ledger-shell-'));
  cpSync('data', join(dir, 'data'), { recursive: true });
  cpSync('content', join(dir, 'content'), { recursive: true });
  out = join(dir, 'site');
  const run = runBuild({
    root: dir,
    out,
    cache: join(dir, 'cache'),
    env: { XF_PAGE_SIZE: PAGE_SIZE },
  });
  expect(run.code, run.output).toBe(0);
  dev = await startDevServer({
    XF_DATA_DIR: join(dir, 'data'),
    XF_CONTENT_DIR: join(dir, 'content'),
    XF_LEDGER_DIR: join(dir, 'dev-ledgers'),
    XF_CACHE_DIR: join(dir, 'dev-cache'),
    XF_PAGE_SIZE: PAGE_SIZE,
  });
}, 900_000);

afterAll(() => {
  dev?.stop();
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

async function fetchDev(path: string): Promise<Response> {
  const response = await fetch(`${dev?.url}${path}`, { signal: AbortSignal.timeout(120_000) });
  expect(response.status, `${path}\n${dev?.output().slice(-2000)}`).toBe(200);
  return response;
}

/** A page's title and body: what the dev server adds (its client scripts) sits in the head. */
function shown(html: string): string {
  const title = html.slice(html.indexOf('<title>'), html.indexOf('</title>'));
  return `${title}\n${html.slice(html.indexOf('<body'), html.indexOf('</body>'))}`;
}

/** `2024/jiean-huajie/cases/` → its pages in the build, by number. */
function ledgerParts(files: readonly string[]): Map<string, number> {
  const parts = new Map<string, number>();
  for (const f of files) {
    const m = /^(\d{4}\/[^/]+\/(?:cases|payments|units\/u\d+)\/)(?:(\d+)\/)?index\.html$/.exec(f);
    if (!m?.[1]) continue;
    parts.set(m[1], Math.max(parts.get(m[1]) ?? 0, Number(m[2] ?? 1)));
  }
  return parts;
}

describe('ledger pages written from shells, three rows a page', () => {
  it('leave no shell token and no ledger plan in the site', () => {
    const files = siteFiles(out);
    expect(files).not.toContain(LEDGER_PLAN_FILE);
    const html = files.filter((f) => f.endsWith('.html'));
    expect(html.length).toBeGreaterThan(100);
    const left = html.filter((f) => readFileSync(join(out, f), 'utf8').includes('{{xf-ledger:'));
    expect(left).toEqual([]);
  });

  it('show what the dev server renders with the components, page for page', async () => {
    const parts = ledgerParts(siteFiles(out));
    // The sample's three kinds of part, each with pages after the first.
    for (const kind of ['/cases/', '/payments/', '/units/u1/'])
      expect(
        [...parts].some(([p, n]) => p.endsWith(kind) && n > 5),
        kind,
      ).toBe(true);
    let compared = 0;
    for (const [part, pages] of parts) {
      for (const page of new Set([1, 2, Math.ceil(pages / 2), pages])) {
        if (page > pages) continue;
        const path = page === 1 ? part : `${part}${page}/`;
        const built = readFileSync(join(out, path, 'index.html'), 'utf8');
        const rendered = readableHtml(await (await fetchDev(path)).text());
        expect(shown(built), path).toBe(shown(rendered));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(parts.size);
  });

  it('copies the CSV downloads the dev server serves, byte for byte', async () => {
    const downloads = siteFiles(out).filter((f) => /\/(?:cases|payments)\.csv$/.test(f));
    expect(downloads.length).toBeGreaterThan(5);
    for (const f of downloads) {
      const served = Buffer.from(await (await fetchDev(f)).arrayBuffer());
      expect(served.equals(readFileSync(join(out, f))), f).toBe(true);
    }
  });
});
