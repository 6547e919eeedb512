import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { csvNameLines, htmlNameLines } from '../../../src/lib/output/names.ts';
import {
  formatFinding,
  scanDocx,
  scanOutput,
  scanText,
  sensitiveLines,
} from '../../../src/lib/output/scan.ts';
import { caseRowsHtml } from '../../../src/lib/ledger/html.ts';
import { CASE_COLUMNS } from '../../../src/lib/ledger/columns.ts';
import type { CaseRow } from '../../../src/lib/ledger/rows.ts';
import { tempRoot } from '../support/folders.ts';
import { pagerItems } from '../../../src/lib/report/pager.ts';
import { READER_FORMS } from '../support/reader-forms.ts';

// Valid by their check digits and prefixes; nothing here belongs to anyone.
const ID_CARD = '110101199003071233';
const MOBILE = '13812345678';

const row = (petitioner: string, note = ''): CaseRow => [
  'XF2024-0001',
  petitioner,
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
    `<tbody data-readable>${caseRowsHtml(CASE_COLUMNS, rows, 1)}`,
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

describe('scanText(file, text) reads each kind of file as a reader sees it', () => {
  it.each<[string, string, string, number]>([
    ['page text split by markup', 'a.html', '<p>\n电话 138<b>1234</b>5678\n</p>', 2],
    ['page text in entities', 'a.html', '<p>\n电话 &#49;&#51;&#56;&#x31;234 5678</p>', 2],
    ['page text with zero-width spaces', 'a.html', '<p>138\u200b1234\u200b5678</p>', 1],
    ['page text across lines', 'a.html', '<p>\n电话 138\n1234 5678</p>', 2],
    ['an attribute value', 'a.html', '<p>\n<a title="138 1234 5678">联系</a></p>', 2],
    ['an attribute value in entities', 'a.html', '<img alt="&#49;38-1234-5678">', 1],
    [
      'a meta description',
      'a.html',
      '<meta name="description" content="电话 +86 138 1234 5678">',
      1,
    ],
    ['a comment', 'a.html', '<p>x</p>\n<!-- 138 1234 5678 -->', 2],
    [
      'an inline script',
      'a.html',
      '<script>\nconst t = "\\u0031\\u00338 1234 5678";\n</script>',
      2,
    ],
    ['a CSV cell over two lines', 'a.csv', '案件编号,备注\r\nA1,"电话 138\r\n1234 5678"\r\n', 2],
    ['a CSV cell with a soft hyphen', 'a.csv', '案件编号,备注\nA1,138\u00ad1234\u00ad5678\n', 2],
    [
      'a JSON string with \\u escapes',
      'a.json',
      '{\n"note": "\\u0031\\u0033\\u0038 1234 5678"\n}',
      2,
    ],
    ['a JSON number', 'a.json', '{"tel":\n13812345678}', 2],
    ['a script string', 'a.js', 'const a = 1;\nconst t = "138-1234-5678";', 2],
    ['a CSS content string', 'a.css', 'p::after {\n  content: "\\31 38 1234 5678";\n}', 2],
    ['SVG text split by tspan', 'a.svg', '<svg>\n<text>138<tspan>1234</tspan>5678</text></svg>', 2],
    ['XML text', 'a.xml', '<urlset>\n<note>138 1234 5678</note></urlset>', 2],
    ['a text file', 'a.txt', '说明\n电话 138 1234 5678', 2],
  ])('finds %s', (_, file, text, line) => {
    expect(scanText(file, text)).toEqual([{ file, line, kind: 'mobile' }]);
  });

  it.each<[string, string, string]>([
    [
      'a ledger page',
      'cases/index.html',
      page([row('罗某厚'), row('欧阳某', '分两期拨付 12,000.00')]),
    ],
    [
      'ledger cells side by side',
      'a.html',
      '<tr><td>2024-03-05</td><td>12,000.00</td><td>138</td><td>1234</td><td>5678</td></tr>',
    ],
    [
      'SVG path data',
      'a.svg',
      '<svg><path d="M289 1A149 149 0 0 1 437 132.4L138 1234 5678Z"/></svg>',
    ],
    [
      'a pager',
      'a.html',
      '<nav><a href="/1/">1</a> <a href="/2/">2</a> … <a href="/13/">13</a> 14 15 16 17</nav>',
    ],
    [
      'CSV cells of amounts and dates',
      'a.csv',
      '拨付编号,拨付日期,金额(元)\r\nBF2024-0008,2024-01-02,"12,345,678,901.00"\r\nPZ-2024-12-000123,2024.01.02,-1200.50\r\n',
    ],
    [
      'a JSON report',
      'a.json',
      JSON.stringify({
        total: 768697900,
        dates: ['2024-01-02', '2024-12-31'],
        ids: ['XF2019-0032', 'JZ2024-012'],
      }),
    ],
  ])('passes %s', (_, file, text) => {
    expect(scanText(file, text)).toEqual([]);
  });

  it('finds a name under 信访人 that holds a given name before 某', () => {
    expect(scanText('a.html', page([row('张三某')])).map((f) => f.kind)).toEqual(['name']);
    expect(scanText('a.csv', '案件编号,信访人\nA1,罗某某某\n')).toEqual([
      { file: 'a.csv', line: 2, kind: 'name' },
    ]);
  });
});

describe('scanText(file, html) over a ledger pager', () => {
  // Page 111 of 130 lists 1 … 109 110 111 112 113 … 130: read as inline text, the 3-digit numbers
  // join into 18 digits that pass an ID card's check; as list items they stay separate values.
  const numbers = (page: number) =>
    pagerItems(page, 130).map((item) => (item === 'gap' ? '…' : String(item)));

  it.each([111, 120, 121, 130])('reads page %i’s numbers as separate list items', (page) => {
    const items = numbers(page).map((n) => `<li><a href="#">${n}</a></li>`);
    expect(scanText('p.html', `<nav class="pager"><ul>${items.join('')}</ul></nav>`)).toEqual([]);
  });

  it('would join the same numbers written as inline links (why the pager is a list)', () => {
    const links = numbers(111).map((n) => `<a href="#">${n}</a>`);
    expect(scanText('p.html', `<nav class="pager">${links.join(' ')}</nav>`)).not.toEqual([]);
  });
});

/** A minimal .docx: one paragraph per entry, each run of a paragraph in its own w:t. */
function docx(paragraphs: string[][]): Uint8Array {
  const body = paragraphs
    .map((runs) => `<w:p>${runs.map((t) => `<w:r><w:t>${t}</w:t></w:r>`).join('')}</w:p>`)
    .join('');
  const xml = `<?xml version="1.0"?><w:document xmlns:w="x"><w:body>${body}</w:body></w:document>`;
  return zipSync({ 'word/document.xml': strToU8(xml) });
}

describe('scanDocx(file, bytes)', () => {
  it.each([
    ['a mobile number in one run', [['联系电话13912345678']], 'mobile'],
    ['a mobile number split over three runs', [['139', '1234', '5678']], 'mobile'],
    ['a mobile number with dashes', [['请拨 139-1234-5678']], 'mobile'],
    ['an ID-card number', [['身份证 110101199003074573']], 'idcard'],
  ])('finds %s, at the paragraph line', (_, paragraphs, kind) => {
    const findings = scanDocx('2024/x/report.docx', docx([['标题'], ...paragraphs]));
    expect(findings).toEqual([{ file: '2024/x/report.docx', line: 2, kind }]);
  });

  it.each([
    ['amounts', [['资金支出总额 7,686,979.00元（768.70万元）']]],
    ['dates and case numbers', [['XF2019-0032 于 2024-03-05 化解，凭证 BF2024-0008']]],
    ['a score table', [['97.91'], ['9.61'], ['优']]],
  ])('passes %s', (_, paragraphs) => {
    expect(scanDocx('a.docx', docx(paragraphs))).toEqual([]);
  });

  it('refuses to pass a document it cannot read, naming the file', () => {
    expect(() => scanDocx('2024/x/annex.docx', strToU8('not a zip'))).toThrow(
      /^2024\/x\/annex\.docx: 输出检查无法读取这个 Word 文档/,
    );
  });
});

describe('scanDocx(file, bytes) reads each paragraph as a block', () => {
  it('passes a column of axis ticks or small counts, one per paragraph', () => {
    const ticks = ['0', '0.5', '1.0', '1.5', '2.0', '2.5', '3.0', '3.5', '4.0'].map((t) => [t]);
    const counts = ['1', '3', '9', '1', '2', '3', '4', '5', '6', '7', '8'].map((t) => [t]);
    expect(scanDocx('a.docx', docx(ticks))).toEqual([]);
    expect(scanDocx('a.docx', docx(counts))).toEqual([]);
  });

  it('still finds a number whose digits are single-digit groups inside one paragraph', () => {
    expect(scanDocx('a.docx', docx([['1 3 9 1 2 3 4 5 6 7 8']]))).toEqual([
      { file: 'a.docx', line: 1, kind: 'mobile' },
    ]);
  });
});

describe('scanText(file, json) over report.json’s exact values', () => {
  const report = (exact: string, before = '') =>
    `{\n  "schemaVersion": 1,\n  "note": "${before}",\n  "exact": {\n    "measures": {\n      "件均化解资金": "${exact}"\n    }\n  }\n}\n`;

  it('reads an exact fraction as two numbers: 1970551002/23425 is no 15-digit ID', () => {
    expect(sensitiveLines('1970551002/23425', 'code')).not.toEqual([]);
    expect(scanText('2015/x/report.json', report('1970551002/23425'))).toEqual([]);
    expect(scanText('2015/x/report.json', report('-1970551002/23425'))).toEqual([]);
  });

  it('still finds an ID written as either side of a fraction', () => {
    expect(scanText('2015/x/report.json', report(`${ID_CARD}/7`))).toEqual([
      { file: '2015/x/report.json', line: 6, kind: 'idcard' },
    ]);
    expect(scanText('2015/x/report.json', report(`7/${MOBILE}`))).toEqual([
      { file: '2015/x/report.json', line: 6, kind: 'mobile' },
    ]);
  });

  it.each([
    ['before the exact block', 'report.json', report('1/2', '1970551002/23425')],
    ['in another JSON file', 'search/text.json', report('1970551002/23425')],
    ['in a file only named like it', 'report.json.txt', report('1970551002/23425')],
    ['in an exact value that is no plain fraction', 'report.json', report('1970551002/23425 ')],
  ])('keeps the slash a separator %s', (_, file, text) => {
    expect(scanText(file, text)).not.toEqual([]);
  });
});

describe('the output scan flags every form a reader reads (docs/privacy.md), in every kind of file', () => {
  const forms = READER_FORMS.map((f) => [f.form, f] as const);
  const kindOf = (reads: string) => (reads.length === 11 ? 'mobile' : 'idcard');
  const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

  it.each(forms)(
    '%s: a ledger page, its CSV and the search index',
    (_, { example, reads, markup }) => {
      const kind = kindOf(reads);
      // Markup reaches a page only through a narrative (a ledger cell is escaped).
      const note = markup ? example : escapeXml(example);
      const html = markup ? `<main>\n<p>${example}</p>\n</main>` : page([row('罗某厚', note)]);
      const line = html.split('\n').findIndex((l) => l.includes(note)) + 1;
      expect(scanText('2024/demo/cases/index.html', html)).toEqual([
        { file: '2024/demo/cases/index.html', line, kind },
      ]);
      if (markup) return;
      expect(scanText('a.csv', `案件编号,备注\nA1,"${example}"\n`)).toEqual([
        { file: 'a.csv', line: 2, kind },
      ]);
      expect(scanText('search/text.json', JSON.stringify({ t: [`备注 ${example}`] }))).toEqual([
        { file: 'search/text.json', line: 1, kind },
      ]);
    },
  );

  it.each(forms.filter(([, f]) => f.markup !== true))(
    '%s: a paragraph of report.docx and annex.docx',
    (_, { example, reads }) => {
      for (const file of ['2024/demo/report.docx', '2024/demo/annex.docx'])
        expect(scanDocx(file, docx([['标题'], ['联系电话：', escapeXml(example)]]))).toEqual([
          { file, line: 2, kind: kindOf(reads) },
        ]);
    },
  );
});
