/**
 * The ledger downloads are written by ledgerCsv() for speed; they must be byte for byte what the
 * site's CSV writer, toCsv(), makes of the same rows. Seeded random cells drawn from what makes
 * CSV hard: quotes, commas, line breaks, a BOM, spaces at either end, formula characters.
 */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/ledger/csv-export.ts';
import { csvHeads, ledgerCsv } from '../../src/lib/ledger/csv.ts';
import { CASE_COLUMNS } from '../../src/lib/ledger/columns.ts';

const CASE_CSV_COLUMNS = csvHeads(CASE_COLUMNS);
import { csvNameLines } from '../../src/lib/output/names.ts';

const PIECES = [
  '罗某厚',
  'A01',
  '"',
  '""',
  ',',
  '\r',
  '\n',
  '\r\n',
  '\uFEFF',
  ' ',
  '\t',
  '=',
  '+',
  '-',
  '@',
  '-5',
  '12,345.60',
  "'",
  '<b>',
  '',
];

describe('ledgerCsv(columns, rows)', () => {
  it('writes what toCsv writes, for 5,000 seeded random rows', () => {
    let state = 11;
    const next = () => (state = (state * 1_103_515_245 + 12_345) >>> 0) / 2 ** 32;
    const cell = () => {
      let text = '';
      for (let k = Math.floor(next() * 4); k >= 0; k--)
        text += PIECES[Math.floor(next() * PIECES.length)];
      return text;
    };
    const rows = Array.from({ length: 5_000 }, () => CASE_CSV_COLUMNS.map(cell));
    expect(ledgerCsv(CASE_CSV_COLUMNS, rows)).toBe(toCsv(CASE_CSV_COLUMNS, rows));
  });

  it('writes the header alone for an empty ledger', () => {
    expect(ledgerCsv(CASE_CSV_COLUMNS, [])).toBe(toCsv(CASE_CSV_COLUMNS, []));
  });

  it('is read back by the output scan, which finds exactly the rows with an unmasked 信访人', () => {
    let state = 5;
    const next = () => (state = (state * 1_103_515_245 + 12_345) >>> 0) / 2 ** 32;
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const rows: string[][] = [];
    const expected: number[] = [];
    let line = 2;
    for (let i = 0; i < 2_000; i++) {
      const name = pick(['罗某厚', '欧阳某', '', '张三丰', '罗某甲等3人', '李四']);
      const note = pick(['', '两行\n备注', '"引号"', 'a,b', '三\r\n行\n备注', ' 空格 ']);
      rows.push(CASE_CSV_COLUMNS.map((c) => (c === '信访人' ? name : c === '备注' ? note : 'x')));
      if (name === '张三丰' || name === '李四') expected.push(line);
      line += 1 + (note.match(/\n/g) ?? []).length;
    }
    expect(csvNameLines(ledgerCsv(CASE_CSV_COLUMNS, rows))).toEqual(expected);
  });
});
