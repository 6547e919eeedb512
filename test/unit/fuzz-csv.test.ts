/**
 * The ledger downloads are written by ledgerCsv() for speed; they must be byte for byte what the
 * site's CSV writer, toCsv(), makes of the same rows. Seeded random cells drawn from what makes
 * CSV hard: quotes, commas, line breaks, a BOM, spaces at either end, formula characters.
 */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv-export.ts';
import { CASE_CSV_COLUMNS, ledgerCsv } from '../../src/lib/ledger.ts';

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
});
