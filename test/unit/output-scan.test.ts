import { describe, expect, it } from 'vitest';
import { csvNameLines, htmlNameLines } from '../../src/lib/output-names.ts';
import { formatFinding, scanOutput, scanText, sensitiveLines } from '../../src/lib/output-scan.ts';
import { caseRowsHtml } from '../../src/lib/ledger-html.ts';
import type { CaseRow } from '../../src/lib/ledger.ts';
import { tempRoot } from './support/folders.ts';

// Valid by their check digits and prefixes; nothing here belongs to anyone.
const ID_CARD = '110101199003071233';
const MOBILE = '13812345678';

const row = (petitioner: string, note = ''): CaseRow => [
  'XF2024-0001',
  petitioner,
  'P1',
  '东城街道',
  '征地拆迁',
  '',
  '2024-01-05',
  '',
  '化解中',
  false,
  '未评价',
  0,
  note,
];

/** A ledger page as the site writes it: one block per line, the rows from ledger-html. */
const page = (rows: CaseRow[]): string =>
  [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<body>',
    '<table class="ledger">',
    '<thead>',
    '<tr>',
    '<th scope="col" class="num">序号</th>',
    '<th scope="col">案件编号</th>',
    '<th scope="col">信访人</th>',
    '<th scope="col">责任单位</th>',
    '</tr>',
    '</thead>',
    `<tbody data-readable>${caseRowsHtml(rows, 1)}`,
    '</tbody>',
    '</table>',
    '</body>',
    '</html>',
  ].join('\n');

describe('sensitiveLines(text)', () => {
  it('finds ID-card and mobile numbers by line, in any form the data guard knows', () => {
    const text = [
      '<p>联系人</p>',
      `<p>电话 ${MOBILE}</p>`,
      `<p>身份证 ${ID_CARD}</p>`,
      '<p>电话 １３８　１２３４　５６７８</p>',
      '<p>金额 12,345.60 元，编号 BF2024-0000001，日期 2024-01-05</p>',
    ].join('\n');
    expect(sensitiveLines(text)).toEqual([
      { line: 2, kind: 'mobile' },
      { line: 3, kind: 'idcard' },
      { line: 4, kind: 'mobile' },
    ]);
  });

  it('passes a page of ids, dates and amounts without a finding', () => {
    expect(sensitiveLines(page([row('罗某厚'), row('欧阳某')]))).toEqual([]);
  });
});

describe('htmlNameLines(html)', () => {
  it('accepts masked names and blank cells under 信访人', () => {
    expect(htmlNameLines(page([row('罗某厚'), row('罗某'), row('罗某甲等3人'), row('')]))).toEqual(
      [],
    );
  });

  it('names the line of each row whose 信访人 is not masked, entities decoded', () => {
    const html = page([row('罗某厚'), row('罗志厚'), row('周某武'), row('<b>张三</b>')]);
    const lines = html.split('\n');
    // The row's line: the last <tr> at or above the cell.
    const rowLineOf = (needle: string) =>
      lines.findLastIndex(
        (l, i) => l.startsWith('<tr') && i <= lines.findIndex((c) => c.includes(needle)),
      ) + 1;
    expect(htmlNameLines(html)).toEqual([rowLineOf('罗志厚'), rowLineOf('&lt;b&gt;张三')]);
  });

  it('ignores tables without a 信访人 column, and the word elsewhere on the page', () => {
    const html =
      '<p>信访人均为脱敏姓名</p><table><thead><tr><th>单位</th></tr></thead>' +
      '<tbody><tr><td>张三丰</td></tr></tbody></table>';
    expect(htmlNameLines(html)).toEqual([]);
  });
});

describe('csvNameLines(text)', () => {
  it('checks the 信访人 column of a download, counting lines inside quoted cells', () => {
    const csv = [
      '\uFEFF案件编号,信访人,备注',
      'A1,罗某厚,',
      'A2,罗某,"两行',
      '备注"',
      'A3,张三丰,',
      'A4,,',
    ].join('\r\n');
    expect(csvNameLines(csv)).toEqual([5]);
  });

  it('leaves a CSV without a 信访人 column alone', () => {
    expect(csvNameLines('拨付编号,金额(元)\nP1,张三丰\n')).toEqual([]);
  });
});

describe('scanText(file, text) and formatFinding(finding)', () => {
  it('reports file and line with a message that never repeats the value', () => {
    const findings = scanText('2024/demo/cases/index.html', page([row('张三丰', `电话${MOBILE}`)]));
    const printed = findings.map(formatFinding);
    expect(printed).toHaveLength(2);
    // In line order: the row's line for the name, the note's own line for the number.
    expect(printed[0]).toMatch(/^2024\/demo\/cases\/index\.html:\d+: “信访人”一栏出现了非脱敏姓名/);
    expect(printed[1]).toMatch(/^2024\/demo\/cases\/index\.html:\d+: 输出中疑似有手机号码/);
    for (const line of printed) {
      expect(line).not.toContain(MOBILE);
      expect(line).not.toContain('张三丰');
    }
  });
});

describe('scanOutput(dir)', () => {
  it('walks every text file of a built site and skips binary ones', async () => {
    const dir = await tempRoot({
      'index.html': page([row('罗某厚')]),
      '2024/demo/cases.csv': `案件编号,信访人\nA1,罗某厚\nA2,李四光\n`,
      '2024/demo/report.json': JSON.stringify({ note: `身份证 ${ID_CARD}` }),
      '_astro/chart.js': 'const a = 1;',
      'favicon.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, ...new TextEncoder().encode(MOBILE)]),
    });
    expect(await scanOutput(dir)).toEqual([
      { file: '2024/demo/cases.csv', line: 3, kind: 'name' },
      { file: '2024/demo/report.json', line: 1, kind: 'idcard' },
    ]);
  });
});
