/**
 * The sample site in a real Chromium: every page renders without console errors, charts draw,
 * the figures on the page equal report.json, and every link resolves.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatWan, formatYuan } from '../../src/lib/base/money.ts';
import { formatScore } from '../../src/lib/report/format.ts';
import { readableHtml } from '../../src/lib/output/readable-html.ts';
import { measureText } from '../../src/lib/report/figures.ts';
import type { Session } from './helpers.ts';
import {
  drawnCharts,
  htmlPages,
  openSite,
  pagePath,
  readReport,
  siteDir,
  siteFiles,
  visit,
} from './helpers.ts';

let session: Session;

beforeAll(async () => {
  session = await openSite();
});

afterAll(async () => {
  await session.close();
});

const LATEST = { year: 2024, slug: 'jiean-huajie' };

describe('every page of the sample site', () => {
  it('renders without console errors, page errors or failed requests', async () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(10);
    const failures: string[] = [];
    // A few tabs, each reused for its share of the pages: the same checks, in a third the time.
    const tabs = 3;
    await Promise.all(
      Array.from({ length: tabs }, async (_, tab) => {
        const page = await session.browser.newPage({ viewport: { width: 1200, height: 900 } });
        let current = '';
        page.on('console', (m) => {
          if (m.type() === 'error' || m.type() === 'warning')
            failures.push(`${current}: console.${m.type()}: ${m.text()}`);
        });
        page.on('pageerror', (e) => failures.push(`${current}: pageerror: ${e.message}`));
        // A request the next navigation cuts short (the icon, say) is aborted, not failed; a
        // missing file shows as an HTTP error below.
        page.on('requestfailed', (r) => {
          if (r.failure()?.errorText !== 'net::ERR_ABORTED')
            failures.push(`${current}: requestfailed: ${r.url()}`);
        });
        page.on('response', (r) => {
          if (r.status() >= 400) failures.push(`${current}: HTTP ${r.status()}: ${r.url()}`);
        });
        for (const file of pages.filter((_, i) => i % tabs === tab)) {
          current = file;
          await page.goto(session.server.url + pagePath(file), { waitUntil: 'load' });
          await page.waitForFunction(() => document.fonts.status === 'loaded');
        }
        await page.close();
      }),
    );
    expect(failures).toEqual([]);
  });

  it('links only to pages and files that exist (every internal link resolves)', async () => {
    const files = new Set(siteFiles());
    const broken: string[] = [];
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(100);
    for (const file of pages) {
      const html = readFileSync(join(siteDir(), file), 'utf8');
      for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const link = (m[1] ?? '').replace(/&amp;/g, '&');
        if (link.startsWith('#') || link.startsWith('data:')) continue;
        expect(link, `${file} 链接到站外：${link}`).not.toMatch(/^[a-z]+:/i);
        const url = new URL(link, `http://site/${file}`);
        let target = decodeURIComponent(url.pathname).slice(1);
        if (target === '' || target.endsWith('/')) target += 'index.html';
        if (!files.has(target)) broken.push(`${file} → ${link}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('gives every element id once per page, the charts’ clip paths included', () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(100);
    for (const file of pages) {
      const ids = [...readFileSync(join(siteDir(), file), 'utf8').matchAll(/ id="([^"]+)"/g)].map(
        (m) => m[1],
      );
      expect(ids.length - new Set(ids).size, file).toBe(0);
    }
  });

  it('is written one block per line, so two builds diff line by line', () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(100);
    for (const file of pages) {
      const html = readFileSync(join(siteDir(), file), 'utf8');
      expect(html, file).toBe(readableHtml(html));
      expect(html.split('\n').length, file).toBeGreaterThan(20);
    }
  });
});

describe('the latest 积案化解 report', () => {
  it('reproduces seed 000: 270 cases resolved and 7,686,979.00 元 spent', () => {
    const report = readReport(LATEST.year, LATEST.slug);
    expect(report.measures['已化解件数']).toBe(270);
    expect(report.measures['资金支出总额']).toBe(768_697_900); // 分
  });

  it('shows every chart drawn at build time, labelled as its data table, with no chart script', async () => {
    const { page, problems } = await visit(session, `${LATEST.year}/${LATEST.slug}/`);
    const charts = await drawnCharts(page);
    expect(charts.map((c) => c.kind)).toEqual([
      'monthly',
      'sources',
      'status',
      'units',
      'categories',
    ]);
    for (const c of charts) {
      expect(c.width, `${c.kind} width`).toBeGreaterThan(500);
      expect(c.paintedArea, `${c.kind} painted`).toBeGreaterThan(5000);
      // Each category of the data table is named in the drawing (axis or legend).
      expect(c.rows.length, `${c.kind} rows`).toBeGreaterThan(1);
      for (const row of c.rows) expect(c.texts, `${c.kind}: ${row}`).toContain(row);
    }
    // The monthly chart's 累计拨付 runs through all twelve months, as does the budget line.
    expect(charts[0]?.lines).toEqual([12, 12]);
    // Nothing draws in the browser: one small script, the print button's and the search box's
    // starter (the search itself loads only once the box is used, test/e2e/search.test.ts).
    const scripts = await page.$$eval('script', (all) =>
      all.map((s) => ({ src: s.src, bytes: s.textContent?.length ?? 0 })),
    );
    const files = scripts.filter((s) => s.src !== '').map((s) => s.src);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\/_astro\/BaseLayout[^/]*\.js$/);
    const bytes = await page.evaluate(
      async (src) => (await (await fetch(src)).text()).length,
      files[0] as string,
    );
    expect(bytes).toBeLessThan(2500);
    expect(scripts.reduce((n, s) => n + s.bytes, 0)).toBeLessThan(500);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows in its tables and prose the figures of report.json', async () => {
    const report = readReport(LATEST.year, LATEST.slug);
    const { page } = await visit(session, `${LATEST.year}/${LATEST.slug}/`);

    // Funding table: the 年度资金总额 row, in 万元 at the decimals report.json gives, which are
    // the fewest that show every amount of the block exactly.
    const f = report.funding;
    const decimals = f.wanDecimals;
    for (const l of [f.total, ...f.lines])
      for (const fen of [l.initialBudget, l.annualBudget, l.executed])
        expect(fen % 10 ** (6 - decimals), `${fen} 分 at ${decimals} decimals`).toBe(0);
    const totalRow = await page.$$eval('table.funding-table tbody tr:first-child td', (tds) =>
      tds.map((td) => td.textContent?.trim()),
    );
    expect(totalRow.slice(0, 3)).toEqual([
      formatWan(f.total.initialBudget, decimals),
      formatWan(f.total.annualBudget, decimals),
      formatWan(f.total.executed, decimals),
    ]);

    // The 自评表: every indicator's score, and the total.
    const scores = await page.$$eval(
      'table.self-evaluation-table tbody.se-indicators tr[data-indicator]',
      (rows) =>
        rows.map((r) => {
          const cells = r.querySelectorAll('td');
          const score = cells[cells.length - 2];
          return [r.getAttribute('data-indicator'), score?.childNodes[0]?.textContent?.trim()];
        }),
    );
    expect(scores).toEqual(report.indicators.map((i) => [i.name, formatScore(i.score)]));
    const total = await page.$eval(
      'table.self-evaluation-table tfoot td.num:nth-of-type(2)',
      (td) => td.textContent?.trim(),
    );
    expect(total).toBe(formatScore(report.totalScore));

    // Figures quoted in the prose: each equals the measure it names.
    const figures = await page.$$eval('.prose [data-figure]', (spans) =>
      spans.map((s) => [s.getAttribute('data-figure'), s.textContent?.trim()]),
    );
    expect(figures.length).toBeGreaterThan(5);
    for (const [name, text] of figures) {
      if (name && name in report.measures) {
        const unit = text?.endsWith('万元') ? '万元' : text?.endsWith('元') ? '元' : undefined;
        expect(text, name).toBe(measureText(report, name, unit));
      }
    }
    const verdict = await page.$eval('[data-verdict] [data-figure="总分"]', (b) =>
      b.textContent?.trim(),
    );
    expect(verdict).toBe(formatScore(report.totalScore));
    await page.close();
  });

  it('offers its payment ledger as a CSV Excel opens (UTF-8 BOM) whose total is 资金支出总额', () => {
    const report = readReport(LATEST.year, LATEST.slug);
    const bytes = readFileSync(join(siteDir(), `${LATEST.year}/${LATEST.slug}/payments.csv`));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(bytes.toString('utf8').slice(1), {
      skipEmptyLines: true,
    }).data;
    expect(rows[0]).toEqual([
      '拨付编号',
      '拨付日期',
      '案件编号',
      '责任单位',
      '资金来源',
      '金额(元)',
    ]);
    const fen = rows
      .slice(1)
      .reduce((s, r) => s + Math.round(Number((r[5] ?? '').replace(/,/g, '')) * 100), 0);
    expect(formatYuan(fen)).toBe(formatYuan(report.measures['资金支出总额'] ?? 0));
    expect(rows.length - 1).toBe(report.rows.spending);
    // A reversal (冲减) stays a plain negative number, not neutralised as a formula.
    const reversals = rows
      .slice(1)
      .map((r) => r[5] ?? '')
      .filter((a) => /^'?-/.test(a));
    expect(reversals.length).toBeGreaterThan(0);
    for (const amount of reversals) expect(amount).toMatch(/^-\d{1,3}(?:,\d{3})*\.\d\d$/);
  });
});

describe('a project-year without a case ledger (2024 信访工作经费)', () => {
  it('shows and offers its payment ledger without the columns a case ledger would fill', async () => {
    const [year, slug] = [2024, 'xinfang-jingfei'];
    expect(readReport(year, slug).noCaseLedger).toBe(true);
    const bytes = readFileSync(join(siteDir(), `${year}/${slug}/payments.csv`));
    const rows = Papa.parse<string[]>(bytes.toString('utf8').slice(1), {
      skipEmptyLines: true,
    }).data;
    expect(rows[0]).toEqual(['拨付编号', '拨付日期', '资金来源', '金额(元)']);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row).toHaveLength(4);
    const { page, problems } = await visit(session, `${year}/${slug}/payments/`);
    expect(problems).toEqual([]);
    const heads = await page.$$eval('table thead th', (ths) =>
      ths.map((t) => t.textContent?.trim()),
    );
    expect(heads).toContain('资金来源');
    expect(heads).not.toContain('案件编号');
    expect(heads).not.toContain('责任单位');
    await page.close();
  });
});
