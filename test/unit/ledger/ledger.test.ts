/**
 * Ledger pages on disk: writeLedgers() cuts both ledgers and each unit's case list into pages of
 * `pageSize` rows with their 本页小计, writes the two downloads and the search ids, and replaces
 * what was there; readLedgerPage() gives a page back with its row count and subtotal.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvHeads, csvLine, ledgerCsv } from '../../../src/lib/ledger/csv.ts';
import {
  CASE_COLUMNS,
  PAYMENT_COLUMNS,
  publishedColumns,
} from '../../../src/lib/ledger/columns.ts';
import type { LedgerIndex } from '../../../src/lib/ledger/ledger.ts';
import {
  DEFAULT_PAGE_SIZE,
  ledgerCsvFile,
  ledgerDirOf,
  ledgerPageFile,
  pageRowCount,
  readLedgerPage,
  writeLedgers,
} from '../../../src/lib/ledger/ledger.ts';
import { caseRowsHtml, paymentRowsHtml } from '../../../src/lib/ledger/html.ts';
import { caseRows, paymentRows } from '../../../src/lib/ledger/rows.ts';
import type { CaseRecord } from '../../../src/lib/schema/cases.ts';
import type { PaymentRecord } from '../../../src/lib/schema/spending.ts';
import { caseLinks } from '../../../src/lib/model/links.ts';
import { kase, payment } from '../support/records.ts';
import { tempRoot } from '../support/folders.ts';

/** Five cases in two units (西街 3, 东街 2) and four payments, one of them a 冲减. */
function records() {
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
  return { cases, payments };
}

describe('writeLedgers(dir, cases, payments, caseLinks(cases, payments), pageSize)', () => {
  it('cuts each ledger into pages of pageSize rows, with each page’s 小计 in 分', async () => {
    const dir = join(await tempRoot({}), 'ledger');
    const { cases, payments } = records();
    const index = await writeLedgers(dir, cases, payments, caseLinks(cases, payments), 2);
    expect(index.dir).toBe(dir);
    expect(index.pageSize).toBe(2);
    expect(index.cases).toEqual({ rows: 5, pages: 3, pageTotals: [100_00, 150_00, 0] });
    expect(index.payments).toEqual({ rows: 4, pages: 2, pageTotals: [300_00, -43_00] });
    expect(index.units.map(({ id, unit, rows, pages }) => ({ id, unit, rows, pages }))).toEqual([
      { id: 'u1', unit: '西街', rows: 3, pages: 2 },
      { id: 'u2', unit: '东街', rows: 2, pages: 1 },
    ]);
    expect(readdirSync(join(dir, 'cases')).sort()).toEqual([
      '00001.html',
      '00002.html',
      '00003.html',
    ]);
    expect(readdirSync(join(dir, 'units')).sort()).toEqual(['u1', 'u2']);
    expect(index.search).toBeDefined();
  });

  it('writes one empty page for a ledger without rows', async () => {
    const dir = join(await tempRoot({}), 'ledger');
    const index = await writeLedgers(dir, [], [], caseLinks([], []));
    expect(index.pageSize).toBe(DEFAULT_PAGE_SIZE);
    expect(index.cases).toEqual({ rows: 0, pages: 1, pageTotals: [0] });
    expect(index.payments).toEqual({ rows: 0, pages: 1, pageTotals: [0] });
    expect(index.units).toEqual([]);
    expect(readFileSync(join(dir, 'cases/00001.html'), 'utf8')).toBe('');
  });

  it('numbers rows across pages and escapes every cell', async () => {
    const dir = join(await tempRoot({}), 'ledger');
    const { cases, payments } = records();
    const links = caseLinks(cases, payments);
    const index = await writeLedgers(dir, cases, payments, links, 2, undefined, ['备注']);
    const second = await readLedgerPage(index, index.cases, 'cases', 2);
    expect(second.count).toBe(2);
    expect(second.totalFen).toBe(150_00);
    expect(second.html).toContain('<tr id="c-A3">');
    expect(second.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(second.html).not.toContain('<script>');
    expect(second.html).toMatch(/>3</);
    expect(second.html).not.toContain('<tr id="c-A1">');
  });

  it('writes the case download as ledgerCsv() of the same rows, published columns only', async () => {
    const dir = join(await tempRoot({}), 'ledger');
    const { cases, payments } = records();
    const index = await writeLedgers(dir, cases, payments, caseLinks(cases, payments));
    const columns = publishedColumns(CASE_COLUMNS);
    const rows = caseRows(cases, caseLinks(cases, payments));
    expect(readFileSync(ledgerCsvFile(index, 'cases'), 'utf8')).toBe(
      ledgerCsv(
        csvHeads(columns),
        rows.map((r) => csvLine(columns, r)),
      ),
    );
    expect(existsSync(ledgerCsvFile(index, 'payments'))).toBe(true);
  });

  it('writes a payment ledger without 案件编号 and 责任单位 where there is no case ledger', async () => {
    const dir = join(await tempRoot({}), 'ledger');
    const payments = [payment(100_00), payment(-5_00)];
    const index = await writeLedgers(
      dir,
      [],
      payments,
      caseLinks([], payments),
      10,
      undefined,
      [],
      false,
    );
    expect(index.columns.payments).toEqual(['拨付编号', '拨付日期', '资金来源', '金额']);
    const csv = readFileSync(ledgerCsvFile(index, 'payments'), 'utf8');
    expect(csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe(
      '拨付编号,拨付日期,资金来源,金额(元)',
    );
    const page = readdirSync(join(dir, 'payments')).find((n) => n.endsWith('.html')) ?? '';
    expect(page).not.toBe('');
    const html = readFileSync(join(dir, 'payments', page), 'utf8');
    // Each row: its 序号 and one cell per published column — 5, not 7.
    expect(html.split('<tr').length - 1).toBe(2);
    for (const row of html.split('<tr').slice(1)) expect(row.split('<td').length - 1).toBe(5);
  });

  it('leaves the free-text columns out of pages and downloads unless listed', async () => {
    const cases = [
      kase({ caseId: 'A1', leader: '副区长 林某', note: '备注文字' }),
      kase({ caseId: 'A2', unit: '西街' }),
    ];
    const payments = [payment(100_00, { caseId: 'A1', purpose: '用途文字', approval: '文号文字' })];
    const links = caseLinks(cases, payments);
    const hidden = join(await tempRoot({}), 'ledger');
    const index = await writeLedgers(hidden, cases, payments, links);
    expect(index.columns.cases).not.toContain('备注');
    expect(index.columns.payments).toEqual([
      '拨付编号',
      '拨付日期',
      '案件编号',
      '责任单位',
      '资金来源',
      '金额',
    ]);
    const written = (dir: string) =>
      [
        'cases/00001.html',
        'payments/00001.html',
        'units/u1/00001.html',
        'cases.csv',
        'payments.csv',
      ]
        .map((f) => readFileSync(join(dir, f), 'utf8'))
        .join('\n');
    for (const text of ['林某', '备注文字', '用途文字', '文号文字', '包案领导', '审批文号'])
      expect(written(hidden)).not.toContain(text);

    const shown = join(await tempRoot({}), 'ledger');
    const listed = await writeLedgers(shown, cases, payments, links, 10, undefined, [
      '包案领导',
      '用途',
    ]);
    expect(listed.columns.cases).toContain('包案领导');
    expect(listed.columns.payments).toContain('用途');
    for (const text of ['林某', '用途文字', '包案领导']) expect(written(shown)).toContain(text);
    for (const text of ['备注文字', '文号文字']) expect(written(shown)).not.toContain(text);
  });

  it('replaces what the folder held: no page of a larger earlier ledger is left behind', async () => {
    const dir = join(await tempRoot({}), 'ledger');
    const { cases, payments } = records();
    await writeLedgers(dir, cases, payments, caseLinks(cases, payments), 1);
    expect(existsSync(join(dir, 'cases/00005.html'))).toBe(true);
    await writeLedgers(dir, cases.slice(0, 1), [], caseLinks(cases.slice(0, 1), []), 1);
    expect(readdirSync(join(dir, 'cases'))).toEqual(['00001.html']);
    expect(readdirSync(join(dir, 'units'))).toEqual(['u1']);
  });
});

describe('readLedgerPage(ledger, part, name, page)', () => {
  it('counts the rows of the last, shorter page, and none past the end', async () => {
    const dir = join(await tempRoot({}), 'ledger');
    const { cases, payments } = records();
    const index = await writeLedgers(dir, cases, payments, caseLinks(cases, payments), 2);
    expect((await readLedgerPage(index, index.cases, 'cases', 3)).count).toBe(1);
    const unit = index.units[0];
    if (!unit) throw new Error('no unit');
    const page = await readLedgerPage(index, unit, `units/${unit.id}`, 2);
    expect(page.count).toBe(1);
    await expect(readLedgerPage(index, index.cases, 'cases', 4)).rejects.toThrow(/ENOENT/);
  });

  it('refuses a ledger whose pages were never written', async () => {
    const counted: LedgerIndex = {
      pageSize: 10,
      columns: { cases: [], payments: [] },
      cases: { rows: 1, pages: 1 },
      payments: { rows: 0, pages: 1 },
      units: [],
    };
    await expect(readLedgerPage(counted, counted.cases, 'cases', 1)).rejects.toThrow(
      '台账分页文件尚未生成',
    );
    expect(() => ledgerCsvFile(counted, 'cases')).toThrow('台账分页文件尚未生成');
  });
});

describe('ledgerDirOf(ledgerRoot, year, slug)', () => {
  it('is <root>/<年度>/<项目标识>', () => {
    expect(ledgerDirOf('/cache/ledgers', 2024, 'jiean-huajie')).toBe(
      '/cache/ledgers/2024/jiean-huajie',
    );
  });
});

const NOTES = [
  '',
  '普通备注',
  '𠀀𠀁 outside the BMP 😀',
  '<script>alert(1)</script> & "quotes"',
  '长'.repeat(120_000),
];

function manyRecords(n: number): { cases: CaseRecord[]; payments: PaymentRecord[] } {
  const cases = Array.from({ length: n }, (_, i): CaseRecord => ({
    line: i + 2,
    caseId: `XF2024-${String(i + 1).padStart(4, '0')}`,
    petitioner: '王某',
    unit: i % 3 === 0 ? '南塘镇' : '城关街道',
    category: '劳动社保',
    registered: '2024-01-05',
    status: '化解中',
    settled: false,
    satisfaction: '未评价',
    note: NOTES[i % NOTES.length] as string,
  }));
  const payments = Array.from({ length: 2 * n }, (_, i): PaymentRecord => ({
    line: i + 2,
    paymentId: `BF2024-${String(i + 1).padStart(4, '0')}`,
    date: '2024-03-01',
    caseId: `XF2024-${String((i % n) + 1).padStart(4, '0')}`,
    source: '本年财政拨款',
    amount: i % 7 === 0 ? -1234 : 500_00 + i,
    purpose: NOTES[(i + 2) % NOTES.length] as string,
  }));
  return { cases, payments };
}

describe('writeLedgers(dir, cases, payments, links, pageSize) page bytes', () => {
  it.each([
    [12, 5],
    [12, 1000],
    [1, 1],
  ])(
    'writes each page (%i cases, %i rows a page) as the rows’ HTML, byte for byte, whatever the text (CJK, outside the BMP, markup, a page past its first buffer)',
    async (n, pageSize) => {
      const { cases, payments } = manyRecords(n);
      const links = caseLinks(cases, payments);
      const dir = join(await tempRoot({}), 'ledger');
      const index = await writeLedgers(dir, cases, payments, links, pageSize);
      const caseColumns = publishedColumns(CASE_COLUMNS);
      const paymentColumns = publishedColumns(PAYMENT_COLUMNS);
      const parts = [
        [
          'cases',
          caseRows(cases, links),
          (r: readonly unknown[], s: number) => caseRowsHtml(caseColumns, r as never, s),
        ],
        [
          'payments',
          paymentRows(payments, cases, links),
          (r: readonly unknown[], s: number) => paymentRowsHtml(paymentColumns, r as never, s),
        ],
      ] as const;
      for (const [part, rows, toHtml] of parts) {
        const pages = index[part].pages;
        expect(pages).toBe(Math.max(1, Math.ceil(rows.length / pageSize)));
        for (let page = 1; page <= pages; page++) {
          const from = (page - 1) * pageSize;
          const expected = (toHtml as (r: readonly unknown[], s: number) => string)(
            rows.slice(from, from + pageSize),
            from + 1,
          );
          const file = join(dir, part, `${String(page).padStart(5, '0')}.html`);
          expect((await readFile(file)).equals(Buffer.from(expected, 'utf8')), file).toBe(true);
        }
      }
    },
  );
});

describe('pageRowCount(pageSize, rows, page) and ledgerPageFile(dir, part, page)', () => {
  it.each([
    [2, 5, 1, 2],
    [2, 5, 3, 1],
    [2, 5, 4, 0],
    [2, 4, 2, 2],
    [1000, 0, 1, 0],
  ])('pageSize %i, %i rows: page %i holds %i', (pageSize, rows, page, count) => {
    expect(pageRowCount(pageSize, rows, page)).toBe(count);
  });

  it('names the file writeLedgers() wrote a page’s rows to', async () => {
    const dir = join(await tempRoot({}), 'ledger');
    const { cases, payments } = records();
    await writeLedgers(dir, cases, payments, caseLinks(cases, payments), 2);
    expect(existsSync(ledgerPageFile(dir, 'units/u1', 2))).toBe(true);
    expect(ledgerPageFile(dir, 'cases', 12)).toBe(join(dir, 'cases', '00012.html'));
  });
});
