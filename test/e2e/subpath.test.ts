/**
 * Intranet hosting under a sub-path: the sample site built with `--base /xinfang/jixiao/` and
 * served under that prefix by a plain static file server (no rewrite rules, nothing outside the
 * prefix). Every page, link, asset and download is crawled over HTTP and must resolve inside the
 * prefix; in Chromium the pages render without errors, charts draw, and a download works.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from './helpers.ts';
import { htmlPages, openSite, pagePath, runBuild, visit } from './helpers.ts';

const BASE = '/xinfang/jixiao/';
const WORK = resolve('.build/e2e/subpath');
const OUT = join(WORK, 'site');

let session: Session;

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  const run = runBuild({ base: BASE, out: OUT, cache: join(WORK, 'cache') });
  expect(run.code, run.output).toBe(0);
  session = await openSite(OUT, BASE);
});

afterAll(async () => {
  await session?.close();
});

/** href/src values of a page that the browser would follow or load. */
function references(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)]
    .map((m) => (m[1] ?? '').replace(/&amp;/g, '&'))
    .filter((ref) => !ref.startsWith('#') && !ref.startsWith('data:'));
}

describe(`the sample site under ${BASE}`, () => {
  it('is served only under the prefix: the server root is not the site', async () => {
    const root = new URL('/', session.server.url);
    expect((await fetch(root)).status).toBe(404);
    expect((await fetch(session.server.url)).status).toBe(200);
  });

  it('crawls over HTTP: every page, link, asset and download resolves inside the prefix', async () => {
    const origin = new URL(session.server.url).origin;
    const seen = new Set<string>();
    const queue = [session.server.url];
    const broken: string[] = [];
    const outside: string[] = [];
    const kinds = new Map<string, number>();
    while (queue.length > 0) {
      const url = queue.shift() as string;
      if (seen.has(url)) continue;
      seen.add(url);
      const response = await fetch(url);
      if (response.status !== 200) {
        broken.push(`${response.status} ${url}`);
        continue;
      }
      const type = (response.headers.get('content-type') ?? '').split(';')[0] ?? '';
      kinds.set(type, (kinds.get(type) ?? 0) + 1);
      if (type !== 'text/html') {
        await response.arrayBuffer();
        continue;
      }
      for (const ref of references(await response.text())) {
        const target = new URL(ref, url);
        target.hash = '';
        if (target.origin !== origin || !target.pathname.startsWith(BASE)) {
          outside.push(`${url} → ${ref}`);
          continue;
        }
        if (!seen.has(target.href)) queue.push(target.href);
      }
    }
    expect(outside).toEqual([]);
    expect(broken).toEqual([]);
    // Every page of the build was reached by following links from the home page.
    const reached = new Set([...seen].map((u) => new URL(u).pathname.slice(BASE.length)));
    const unreached = htmlPages(OUT).filter((f) => !reached.has(pagePath(f)));
    expect(unreached).toEqual([]);
    expect(kinds.get('text/csv')).toBeGreaterThan(0);
    expect(kinds.get('application/json')).toBeGreaterThan(0);
    expect(kinds.get('text/css')).toBeGreaterThan(0);
  });

  it('renders in Chromium without errors: home, report with charts, ledger, unit list', async () => {
    const failures: string[] = [];
    for (const path of [
      '',
      '2024/jiean-huajie/',
      '2024/jiean-huajie/cases/',
      '2024/jiean-huajie/subtotals/',
    ]) {
      const { page, problems } = await visit(session, path);
      await page.waitForFunction(() => document.fonts.status === 'loaded');
      failures.push(...problems.map((p) => `${path}: ${p}`));
      await page.close();
    }
    expect(failures).toEqual([]);
  });

  it('follows links by clicking and downloads a CSV, all under the prefix', async () => {
    const { page, problems } = await visit(session, '');
    await page.click(`a[href="${BASE}2024/jiean-huajie/"]`);
    await page.waitForURL(`**${BASE}2024/jiean-huajie/`);
    await page.click(`a[href="${BASE}2024/jiean-huajie/cases/"]`);
    await page.waitForURL(`**${BASE}2024/jiean-huajie/cases/`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click(`a[href="${BASE}2024/jiean-huajie/cases.csv"]`),
    ]);
    expect(download.url()).toBe(`${session.server.url}2024/jiean-huajie/cases.csv`);
    expect(await download.failure()).toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });
});
