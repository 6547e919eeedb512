/**
 * Ledger pages written from a shell: splitShell() finds the tokens Astro left in a part's
 * shell, pageText() gives what each page shows (the dev server renders the same texts), and
 * writeLedgerPlan() writes every page of every part and copies the CSV downloads. A page it
 * writes is compared with the page the shell gives when its tokens are replaced by the texts
 * of the rows writeLedgers() wrote: what the components render in dev (test/e2e/ledger-shell
 * compares with the dev server itself).
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatYuan } from '../../../src/lib/base/money.ts';
import type { LedgerIndex, LedgerPart } from '../../../src/lib/ledger/ledger.ts';
import { ledgerCsvFile, readLedgerPage, writeLedgers } from '../../../src/lib/ledger/ledger.ts';
import type { LedgerPageText, LedgerPlan, ShellJob } from '../../../src/lib/ledger/shell.ts';
import {
  ledgerPlanSchema,
  pageHref,
  pageText,
  SHELL_TEXT,
  splitShell,
  writeLedgerPlan,
} from '../../../src/lib/ledger/shell.ts';
import { pagerHtml } from '../../../src/lib/report/pager.ts';
import { caseLinks } from '../../../src/lib/model/links.ts';
import { kase, payment } from '../support/records.ts';
import { tempRoot } from '../support/folders.ts';

/** A shell as a ledger page's template leaves it: every token where the page shows it. */
function shellOf(t: LedgerPageText): string {
  return (
    `<!DOCTYPE html><html lang="zh-CN"><head><title>台账 第${t.page}页 - 某&amp;局</title></head>` +
    `<body><main><p class="subtitle">共 5 件　第 ${t.page} / 3 页</p>${t.pager}` +
    `<div aria-label="案件台账（第 ${t.page} 页）"><table class="ledger"><caption>案件台账（第 ${t.page} 页）</caption>` +
    `<tbody data-readable>${t.rows}</tbody><tfoot><tr class="total"><th scope="row">本页小计（${t.count} 件）</th>` +
    `<td class="num">${t.total}</td></tr></tfoot></table></div> ${t.pager}</main></body></html>`
  );
}

describe('splitShell(html, where)', () => {
  it('cuts a shell at its tokens, the literal text between them kept byte for byte', () => {
    const html = shellOf(SHELL_TEXT);
    const pieces = splitShell(html, 'x.html');
    expect(pieces.filter((p) => typeof p === 'string')).toEqual([
      'page',
      'page',
      'pager',
      'page',
      'page',
      'rows',
      'count',
      'total',
      'pager',
    ]);
    const back = pieces.map((p) => (typeof p === 'string' ? SHELL_TEXT[p] : p.toString()));
    expect(back.join('')).toBe(html);
  });

  it.each([
    [
      'no rows',
      shellOf({ ...SHELL_TEXT, rows: '' }),
      /\{\{xf-ledger:rows\}\} 应出现 1 次，实际 0 次/,
    ],
    [
      'the total twice',
      shellOf({ ...SHELL_TEXT, total: `${SHELL_TEXT.total}${SHELL_TEXT.total}` }),
      /\{\{xf-ledger:total\}\} 应出现 1 次，实际 2 次/,
    ],
    [
      'no count',
      shellOf({ ...SHELL_TEXT, count: '3' }),
      /xf-ledger:count\}\} 应出现 1 次，实际 0 次/,
    ],
    [
      'a token of no slot',
      shellOf({ ...SHELL_TEXT, page: '{{xf-ledger:pages}}' }),
      /有不认识的标记 \{\{xf-ledger:pages\}\}/,
    ],
  ])('refuses a shell with %s, naming the file', (_what, html, message) => {
    expect(() => splitShell(html, 'dist/2024/p/cases/index.html')).toThrow(message);
    expect(() => splitShell(html, 'dist/2024/p/cases/index.html')).toThrow(
      /^dist\/2024\/p\/cases\/index\.html：/,
    );
  });
});

describe('pageHref(href, page) and pageText(page, pages, href, count, totalFen, rows)', () => {
  it('links the first page at the part’s own link, the others below it', () => {
    expect(pageHref('/x/2024/p/cases/', 1)).toBe('/x/2024/p/cases/');
    expect(pageHref('/x/2024/p/cases/', 12)).toBe('/x/2024/p/cases/12/');
  });

  it('gives the page number, the pager, the rows, the count and the 小计 in 元', () => {
    const href = '/2024/p/payments/';
    expect(pageText(2, 3, href, 1000, -4_300, '<tr></tr>')).toEqual({
      page: '2',
      pager: pagerHtml(2, 3, (n) => pageHref(href, n)),
      rows: '<tr></tr>',
      count: '1000',
      total: '-43.00',
    });
    expect(pageText(1, 1, href, 0, 0, '').pager).toBe('');
  });
});

/** Five cases in two units, and four payments, one a 冲减; two rows a page. */
async function ledger(): Promise<{ index: LedgerIndex; out: string }> {
  const root = await tempRoot({});
  const cases = [
    kase({ caseId: 'A1', unit: '东街' }),
    kase({ caseId: 'A2', unit: '西街' }),
    kase({ caseId: 'A3', unit: '西街', note: '<script>alert(1)</script>' }),
    kase({ caseId: 'A4', unit: '东街' }),
    kase({ caseId: 'A5', unit: '西街' }),
  ];
  const payments = [
    payment(100_00, { caseId: 'A1' }),
    payment(200_00, { caseId: 'A3' }),
    payment(-50_00, { caseId: 'A3' }),
    payment(7_00),
  ];
  const index = await writeLedgers(
    join(root, 'ledgers'),
    cases,
    payments,
    caseLinks(cases, payments),
    2,
  );
  return { index, out: join(root, 'site') };
}

function jobOf(index: LedgerIndex, part: string, info: LedgerPart): ShellJob {
  return {
    path: `2024/p/${part}/`,
    href: `/base&/2024/p/${part}/`,
    dir: index.dir ?? '',
    part,
    pageSize: index.pageSize,
    rows: info.rows,
    pages: info.pages,
    pageTotals: info.pageTotals ?? [],
  };
}

describe('writeLedgerPlan(outDir, plan)', () => {
  it('writes every page of every part as its shell with that page’s texts', async () => {
    const { index, out } = await ledger();
    const unit = index.units[0] as LedgerIndex['units'][number];
    const parts: [string, LedgerPart][] = [
      ['cases', index.cases],
      ['payments', index.payments],
      [`units/${unit.id}`, unit],
    ];
    const plan: LedgerPlan = { parts: parts.map(([p, i]) => jobOf(index, p, i)), downloads: [] };
    for (const job of plan.parts) {
      await mkdir(join(out, job.path), { recursive: true });
      await writeFile(join(out, job.path, 'index.html'), shellOf(SHELL_TEXT));
    }
    expect(await writeLedgerPlan(out, plan)).toBe(3 + 2 + 2);

    let compared = 0;
    for (const job of plan.parts) {
      const info = parts.find(([p]) => p === job.part)?.[1] as LedgerPart;
      for (let page = 1; page <= job.pages; page++) {
        const rows = await readLedgerPage(index, info, job.part, page);
        const expected = shellOf(
          pageText(page, job.pages, job.href, rows.count, rows.totalFen, rows.html),
        );
        const file = join(out, job.path, page === 1 ? '' : String(page), 'index.html');
        expect(readFileSync(file, 'utf8'), file).toBe(expected);
        compared++;
      }
      expect(existsSync(join(out, job.path, String(job.pages + 1)))).toBe(false);
    }
    expect(compared).toBe(7);
    const second = readFileSync(join(out, '2024/p/cases/2/index.html'), 'utf8');
    expect(second).toContain('本页小计（2 件）');
    expect(second).toContain(`<td class="num">${formatYuan(150_00)}</td>`);
    expect(second).toContain('href="/base&amp;/2024/p/cases/3/" rel="next"');
    expect(second).not.toContain('{{xf-ledger:');
  });

  it('copies the CSV downloads byte for byte', async () => {
    const { index, out } = await ledger();
    const plan: LedgerPlan = {
      parts: [],
      downloads: [
        { from: ledgerCsvFile(index, 'cases'), path: '2024/p/cases.csv' },
        { from: ledgerCsvFile(index, 'payments'), path: '2024/p/payments.csv' },
      ],
    };
    expect(await writeLedgerPlan(out, plan)).toBe(0);
    for (const { from, path } of plan.downloads) {
      const copied = readFileSync(join(out, path));
      expect(copied.length).toBeGreaterThan(3);
      expect(copied.equals(readFileSync(from))).toBe(true);
    }
  });

  it('fails when a part’s shell was not rendered, or its rows were not written', async () => {
    const { index, out } = await ledger();
    const job = jobOf(index, 'cases', index.cases);
    await expect(writeLedgerPlan(out, { parts: [job], downloads: [] })).rejects.toThrow(/ENOENT/);
    await mkdir(join(out, job.path), { recursive: true });
    await writeFile(join(out, job.path, 'index.html'), shellOf(SHELL_TEXT));
    const more = { ...job, pages: job.pages + 1 };
    await expect(writeLedgerPlan(out, { parts: [more], downloads: [] })).rejects.toThrow(/ENOENT/);
  });
});

describe('ledgerPlanSchema', () => {
  const job = {
    path: '2024/p/cases/',
    href: '/2024/p/cases/',
    dir: '/l',
    part: 'cases',
    pageSize: 2,
    rows: 0,
    pages: 1,
    pageTotals: [0],
  };

  it('takes a plan of folders and downloads inside the output folder', () => {
    const plan = { parts: [job], downloads: [{ from: '/l/cases.csv', path: '2024/p/cases.csv' }] };
    expect(ledgerPlanSchema.parse(plan)).toEqual(plan);
  });

  it.each([
    ['/2024/p/cases/'],
    ['../p/cases/'],
    ['2024/../../cases/'],
    ['2024/p/cases'],
    ['2024\\p\\cases\\'],
    [''],
  ])('refuses the part folder %j', (path) => {
    expect(ledgerPlanSchema.safeParse({ parts: [{ ...job, path }], downloads: [] }).success).toBe(
      false,
    );
  });

  it.each([['/x.csv'], ['../x.csv'], ['2024/p/x.html'], ['2024/./x.csv']])(
    'refuses the download %j',
    (path) => {
      const plan = { parts: [], downloads: [{ from: '/l/cases.csv', path }] };
      expect(ledgerPlanSchema.safeParse(plan).success).toBe(false);
    },
  );
});
