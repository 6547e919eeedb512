/**
 * The ledger downloads: csvLine() turns a row into the cells of the columns given (元 with two
 * decimals, 是/否), csvHeads() gives their heads, ledgerCsv() writes the same text as toCsv()
 * for any cell, and writeLedgerCsv() writes that text to disk a chunk at a time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvHeads, csvLine, ledgerCsv, writeLedgerCsv } from '../../../src/lib/ledger/csv.ts';
import { CASE_COLUMNS, PAYMENT_COLUMNS } from '../../../src/lib/ledger/columns.ts';
import { toCsv } from '../../../src/lib/ledger/csv-export.ts';
import type { CaseRow, PaymentRow } from '../../../src/lib/ledger/rows.ts';
import { tempRoot } from '../support/folders.ts';

const CASE_CSV_COLUMNS = csvHeads(CASE_COLUMNS);
const PAYMENT_CSV_COLUMNS = csvHeads(PAYMENT_COLUMNS);
const caseCsvLine = (row: CaseRow) => csvLine(CASE_COLUMNS, row);
const paymentCsvLine = (row: PaymentRow) => csvLine(PAYMENT_COLUMNS, row);

const CASE: CaseRow = [
  'XF-1',
  '欧阳某',
  '西街',
  '征地拆迁',
  '副区长',
  '2023-03-01',
  '2024-05-06',
  '已化解',
  true,
  '满意',
  1_234_567_89,
  '两行\n备注',
];
const PAYMENT: PaymentRow = ['BF-1', '2024-02-01', 'XF-1', '西街', '本年财政拨款', -5, '冲减', ''];

describe('csvLine(columns, row) and csvHeads(columns)', () => {
  it('give one cell per column, money in 元 with two decimals, 是/否 for 息诉罢访', () => {
    const cells = caseCsvLine(CASE);
    expect(cells).toHaveLength(CASE_CSV_COLUMNS.length);
    expect(Object.fromEntries(CASE_CSV_COLUMNS.map((c, i) => [c, cells[i]]))).toEqual({
      案件编号: 'XF-1',
      信访人: '欧阳某',
      责任单位: '西街',
      问题类别: '征地拆迁',
      包案领导: '副区长',
      登记日期: '2023-03-01',
      办结日期: '2024-05-06',
      化解状态: '已化解',
      息诉罢访: '是',
      满意度: '满意',
      '拨付金额(元)': '1,234,567.89',
      备注: '两行\n备注',
    });
    expect(caseCsvLine([...CASE.slice(0, 8), false, ...CASE.slice(9)] as CaseRow)[8]).toBe('否');
    const payment = paymentCsvLine(PAYMENT);
    expect(payment).toHaveLength(PAYMENT_CSV_COLUMNS.length);
    expect(payment[5]).toBe('-0.05');
  });

  it('has no 信访人编号 column to write', () => {
    expect(CASE_CSV_COLUMNS).not.toContain('信访人编号');
  });

  it.each([
    [0, '0.00'],
    [1, '0.01'],
    [10, '0.10'],
    [100_000_00, '100,000.00'],
    [-1_000_00, '-1,000.00'],
  ])('writes %i 分 as %s', (fen, text) => {
    expect(paymentCsvLine([...PAYMENT.slice(0, 5), fen, '', ''] as PaymentRow)[5]).toBe(text);
  });
});

/** Cells a careless or hostile export might hold. */
const HOSTILE = [
  '=HYPERLINK("http://x","点我")',
  '+1',
  '-1+1',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  ' 前后空格 ',
  '"引号"',
  'a,b',
  '多\r\n行',
  '\uFEFF开头',
  '',
  "'已带引号",
  '-1,234.00',
];

describe('ledgerCsv(columns, rows)', () => {
  it('writes the same text as toCsv() for every hostile cell', () => {
    const rows = HOSTILE.map((cell, i) => [String(i), cell]);
    expect(ledgerCsv(['编号', '备注'], rows)).toBe(toCsv(['编号', '备注'], rows));
  });

  it('reads back as the cells written, formula cells neutralised with a leading quote', () => {
    const csv = ledgerCsv(
      ['备注'],
      HOSTILE.map((c) => [c]),
    );
    const back = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data.slice(1, -1);
    expect(back.map((r) => r[0])).toEqual([
      '\'=HYPERLINK("http://x","点我")',
      '+1', // a plain number stays a number
      "'-1+1",
      "'@SUM(A1)",
      "'\t=1",
      "'\r=1",
      ' 前后空格 ',
      '"引号"',
      'a,b',
      '多\r\n行',
      '\uFEFF开头',
      '',
      "'已带引号",
      '-1,234.00', // a 冲减 stays a number
    ]);
  });

  it('writes only the header for no rows', () => {
    expect(ledgerCsv(CASE_CSV_COLUMNS, [])).toBe(toCsv(CASE_CSV_COLUMNS, []));
  });
});

describe('writeLedgerCsv(file, columns, rows, cells)', () => {
  it('writes ledgerCsv()’s text across chunk boundaries (12,345 rows)', async () => {
    const dir = await tempRoot({});
    const rows = Array.from({ length: 12_345 }, (_, i): PaymentRow => [
      `BF-${i}`,
      '2024-02-01',
      i % 7 === 0 ? '' : `XF-${i}`,
      '西街',
      '本年财政拨款',
      i * 101 - 5_000,
      i % 1000 === 0 ? '=1+1' : '',
      '',
    ]);
    const file = join(dir, 'payments.csv');
    await writeLedgerCsv(file, PAYMENT_CSV_COLUMNS, rows, paymentCsvLine);
    const written = readFileSync(file, 'utf8');
    expect(written).toBe(ledgerCsv(PAYMENT_CSV_COLUMNS, rows.map(paymentCsvLine)));
    expect(written.split('\r\n')).toHaveLength(12_345 + 2);
  });

  it('replaces a file that was there', async () => {
    const dir = await tempRoot({ 'cases.csv': 'x'.repeat(10_000) });
    await writeLedgerCsv(join(dir, 'cases.csv'), CASE_CSV_COLUMNS, [CASE], caseCsvLine);
    expect(readFileSync(join(dir, 'cases.csv'), 'utf8')).toBe(
      ledgerCsv(CASE_CSV_COLUMNS, [caseCsvLine(CASE)]),
    );
  });

  it('fails on a folder that does not exist', async () => {
    await expect(
      writeLedgerCsv('/nonexistent-xinfang/a.csv', CASE_CSV_COLUMNS, [], caseCsvLine),
    ).rejects.toThrow(/ENOENT/);
  });
});
