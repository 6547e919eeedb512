/**
 * The search box across every year, on a site built under `/xinfang/jixiao/` with ledger pages
 * of 100 rows (XF_PAGE_SIZE), so that the 2024 积案化解 case ledger (292 cases) runs over three
 * pages. Typed in Chromium, a number finds its exact ledger page and row, a 责任单位 its case
 * list, an indicator its report section, a word the narrative; nothing shipped names, hashes or
 * groups by a petitioner.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from './helpers.ts';
import { openSite, runBuild, visit } from './helpers.ts';
import { decodeCsv } from '../../src/lib/read/decode.ts';
import { keyHash } from '../../src/lib/search/search-key.ts';

const BASE = '/xinfang/jixiao/';
const WORK = resolve('.build/e2e/search');
const OUT = join(WORK, 'site');
const LEDGER = '2024/jiean-huajie';

let session: Session;

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  const before = process.env['XF_PAGE_SIZE'];
  process.env['XF_PAGE_SIZE'] = '100';
  try {
    const run = runBuild({ base: BASE, out: OUT, cache: join(WORK, 'cache') });
    expect(run.code, run.output).toBe(0);
  } finally {
    if (before === undefined) delete process.env['XF_PAGE_SIZE'];
    else process.env['XF_PAGE_SIZE'] = before;
  }
  session = await openSite(OUT, BASE);
});

afterAll(async () => {
  await session?.close();
});

/** Row anchors of a built ledger page, in order. */
function rowIds(path: string): string[] {
  const html = readFileSync(join(OUT, path, 'index.html'), 'utf8');
  return [...html.matchAll(/<tr id="([^"]+)"/g)].map((m) => m[1] ?? '');
}

/** Types into the search box and waits for the status line to settle; returns the results. */
async function searchFor(page: Page, text: string): Promise<{ label: string; href: string }[]> {
  await page.fill('#site-search-q', text);
  await page.waitForFunction(() => {
    const s = document.querySelector('.search-status')?.textContent ?? '';
    return s !== '' && s !== '正在搜索……';
  });
  return page.$$eval('.search-results a', (links) =>
    links.map((a) => ({ label: a.textContent ?? '', href: (a as HTMLAnchorElement).href })),
  );
}

/** Clicks the result whose label is `label`, and waits for the page it opens. */
async function open(page: Page, label: string): Promise<URL> {
  await Promise.all([
    page.waitForURL((url) => url.pathname !== new URL(page.url()).pathname || url.hash !== ''),
    page.click(`.search-results a:text-is("${label}")`),
  ]);
  await page.waitForLoadState('load');
  return new URL(page.url());
}

describe(`search(query) on a site under ${BASE} with ledger pages of 100 rows`, () => {
  it('has a three-page 2024 case ledger whose rows carry their case number as anchor', () => {
    expect(readdirSync(join(OUT, LEDGER, 'cases')).sort()).toEqual(['2', '3', 'index.html']);
    expect(rowIds(`${LEDGER}/cases/3`)[0]).toMatch(/^c-XF\d{4}-\d{4}$/);
  });

  it('a case number on the third ledger page, typed in lower case, opens that page at its row', async () => {
    const anchor = rowIds(`${LEDGER}/cases/3`)[5] as string;
    const id = anchor.slice(2);
    const { page, problems } = await visit(session, '');
    const results = await searchFor(page, ` ${id.toLowerCase()} `);
    expect(results.map((r) => r.label)).toContain(`案件 ${id}`);
    await page.screenshot({ path: join(WORK, 'case-results.png') });
    const url = await open(page, `案件 ${id}`);
    expect(url.pathname).toBe(`${BASE}${LEDGER}/cases/3/`);
    expect(decodeURIComponent(url.hash)).toBe(`#c-${id}`);
    const row = await page.$eval(':target', (tr) => ({
      tag: tr.tagName,
      id: tr.querySelectorAll('td')[1]?.textContent,
      top: tr.getBoundingClientRect().top,
    }));
    expect(row.tag).toBe('TR');
    expect(row.id).toBe(id);
    expect(row.top).toBeGreaterThan(-1);
    expect(row.top).toBeLessThan(900);
    await page.screenshot({ path: join(WORK, 'case-row.png') });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a payment number on a later page of the payment ledger opens that page at its row', async () => {
    const pages = readdirSync(join(OUT, LEDGER, 'payments')).filter((f) => /^\d+$/.test(f));
    const last = String(Math.max(...pages.map(Number)));
    const id = (rowIds(`${LEDGER}/payments/${last}`)[0] as string).slice(2);
    const { page, problems } = await visit(session, `${LEDGER}/`);
    await searchFor(page, id);
    const url = await open(page, `拨付 ${id}`);
    expect(url.pathname).toBe(`${BASE}${LEDGER}/payments/${last}/`);
    expect(await page.$eval(':target td:nth-child(2)', (td) => td.textContent)).toBe(id);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a 信访人编号 finds nothing: no shipped file holds one, a digest of one, or cases grouped by one', async () => {
    const numbers = new Set<string>();
    const names = new Set<string>();
    for (const year of readdirSync('data').filter((y) => /^\d{4}$/.test(y))) {
      for (const slug of readdirSync(join('data', year))) {
        // A project-year without a case ledger (a working fund) has no petitioners.
        if (!existsSync(join('data', year, slug, 'cases.csv'))) continue;
        const decoded = decodeCsv(readFileSync(join('data', year, slug, 'cases.csv')));
        if (!decoded.ok) throw new Error(decoded.message);
        const rows = Papa.parse<Record<string, string>>(decoded.text, {
          header: true,
          skipEmptyLines: true,
        }).data;
        for (const r of rows) {
          if (r['信访人编号']) numbers.add(r['信访人编号'].trim());
          if (r['信访人']) names.add(r['信访人']);
        }
      }
    }
    expect(numbers.size).toBeGreaterThan(10);
    const petitioner = [...numbers][0] as string;
    const { page } = await visit(session, '');
    const results = await searchFor(page, petitioner);
    expect(results).toEqual([]);
    await page.close();

    // Every text file the site ships (pages, scripts, the index, downloads), as its tokens: a
    // form is looked for in each distinct token once, not in every byte once per form.
    const tokens = shippedTokens(OUT);
    const shipped = (form: string) => tokens.some((t) => t.includes(form));
    // The digests a reader could try: the 53-bit one the index once held, FNV-1a, and the
    // common cryptographic ones, as hex and base64.
    for (const n of numbers) {
      const key = n.toUpperCase();
      const forms = [n, key, oldDigest(key), keyHash(key).toString(36), ...cryptoDigests(n)];
      for (const form of forms)
        expect(shipped(form), 'a form of a 信访人编号 is shipped').toBe(false);
    }
    // Lookup records are cases and payments only: none is keyed by a petitioner.
    for (const f of readdirSync(join(OUT, 'search/ids'))) {
      const records = JSON.parse(readFileSync(join(OUT, 'search/ids', f), 'utf8')) as [
        string,
        string,
      ][];
      for (const [, kind] of records) expect(['c', 'p']).toContain(kind);
    }
    const index = readdirSync(join(OUT, 'search'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.json'))
      .map((f) => readFileSync(join(OUT, 'search', f), 'utf8'))
      .join('\n');
    // No petitioner's (masked) name is a search key either.
    for (const name of names) expect(index).not.toContain(`"${name}"`);
  });

  it('a 责任单位 opens its case list in the year chosen', async () => {
    const { page, problems } = await visit(session, '');
    const results = await searchFor(page, '新港街道');
    const ours = results.filter((r) => r.label === '责任单位 新港街道');
    expect(ours.length).toBeGreaterThan(1); // one per project-year it appears in
    const target = ours.find((r) => r.href.includes(`/${LEDGER}/units/`)) as { href: string };
    await page.goto(target.href);
    expect(await page.textContent('h1')).toContain('新港街道');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('an indicator name opens its report section', async () => {
    const report = JSON.parse(readFileSync(join(OUT, LEDGER, 'report.json'), 'utf8')) as {
      indicators: { name: string; level1: string }[];
    };
    const indicator = report.indicators.find((i) => i.level1 === '效益指标') as { name: string };
    const { page, problems } = await visit(session, '');
    const results = await searchFor(page, indicator.name);
    const hit = results.find(
      (r) => r.label === `指标 ${indicator.name}` && r.href.includes(`/${LEDGER}/#`),
    ) as { href: string };
    expect(new URL(hit.href).hash).toBe('#xiaoyi');
    await page.goto(hit.href);
    const section = await page.$eval(':target', (s) => s.textContent ?? '');
    expect(section).toContain(indicator.name);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('words of the narrative open the section that holds them', async () => {
    const { page } = await visit(session, '');
    const results = await searchFor(page, '一案一审');
    const hit = results.find((r) => r.href.endsWith(`/${LEDGER}/#jiben`));
    expect(hit?.label).toBe('一、基本情况');
    await page.close();
  });

  it('hostile or unknown input shows as text and finds nothing', async () => {
    const { page, problems } = await visit(session, '');
    for (const text of ['<img src=x onerror="window.__x=1">', 'XF9999-9999', '.*', '"', '\\']) {
      expect(await searchFor(page, text), text).toEqual([]);
      expect(await page.textContent('.search-status')).toContain('没有找到');
    }
    expect(await page.evaluate(() => (window as { __x?: number }).__x)).toBeUndefined();
    expect(await page.$$('.site-search img')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('loads no search code or index until the box is used', async () => {
    const { page } = await visit(session, `${LEDGER}/`);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.waitForTimeout(300);
    expect(requested.filter((u) => /search/.test(u))).toEqual([]);
    const scripts = await page.$$eval('script[src]', (all) =>
      all.map((s) => (s as HTMLScriptElement).src),
    );
    expect(scripts.filter((s) => /search-ui/.test(s))).toEqual([]);
    await page.focus('#site-search-q');
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((e) => /search-ui/.test(e.name)),
    );
    await searchFor(page, 'XF2024-0001');
    expect(requested.some((u) => u.endsWith(`${BASE}search/index.json`))).toBe(true);
    await page.close();
  });

  it('without JavaScript, hides the box and says search needs it; the ledgers still open', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.server.url}${LEDGER}/cases/3/`);
    expect(await page.isVisible('form[data-search]')).toBe(false);
    expect(await page.textContent('.search-note')).toContain('搜索需要启用 JavaScript');
    expect((await page.$$('table.ledger tbody tr')).length).toBe(92);
    await context.close();
  });
});

/** The distinct words of every text file of the built site (images, fonts and Word files left out). */
function shippedTokens(dir: string): string[] {
  const tokens = new Set<string>();
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(html|js|mjs|json|csv|txt|xml|css|svg)$/.test(f)) continue;
    for (const t of readFileSync(join(dir, f), 'utf8').split(/[^A-Za-z0-9+/=#_-]+/)) tokens.add(t);
  }
  return [...tokens];
}

/** The 53-bit digest the search index held for a 信访人编号 before it was removed. */
function oldDigest(key: string): string {
  let h1 = 0xdeadbeef ^ 0x5eed;
  let h2 = 0x41c6ce57 ^ 0x5eed;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function cryptoDigests(key: string): string[] {
  return ['md5', 'sha1', 'sha256'].flatMap((algorithm) => {
    const digest = createHash(algorithm).update(key).digest();
    return [digest.toString('hex'), digest.toString('base64')];
  });
}
