/**
 * The number detector on text as a reader sees it, both ways: every way people really write an
 * ID-card or mobile number is found, in each kind of text; amounts, dates, date ranges, voucher
 * and case numbers, ledger cells, page numbers and runs of small numbers are not.
 */
import { describe, expect, it } from 'vitest';
import { findNumbers, textKindOf } from '../../../src/lib/privacy/displayed.ts';
import type { TextKind } from '../../../src/lib/privacy/displayed.ts';
import { redactLines, REDACTED_LINE, sensitiveLinesOf } from '../../../src/lib/privacy/privacy.ts';
import { READER_FORMS } from '../support/reader-forms.ts';

// Valid by their check digits and prefixes; nothing here belongs to anyone.
const ID = '110101199003071233';
const M = '13812345678';

const kinds = (text: string, kind: TextKind) => findNumbers(text, kind).map((h) => h.kind);

describe('findNumbers(text, kind) finds a number however it is written', () => {
  it.each<[string, string, TextKind, 'mobile' | 'idcard']>([
    ['as one run', M, 'plain', 'mobile'],
    ['in 3-4-4 groups with spaces', '138 1234 5678', 'plain', 'mobile'],
    ['with dashes', '138-1234-5678', 'plain', 'mobile'],
    ['with dots', '138.1234.5678', 'plain', 'mobile'],
    ['with slashes', '138/1234/5678', 'plain', 'mobile'],
    ['with en and em dashes', '138–1234—5678', 'plain', 'mobile'],
    ['with a full-width hyphen and the minus sign', '138－1234−5678', 'plain', 'mobile'],
    ['with spaced dashes', '138 - 1234 - 5678', 'plain', 'mobile'],
    ['in 3-8 groups', '138 12345678', 'plain', 'mobile'],
    ['digit by digit', '1 3 8 1 2 3 4 5 6 7 8', 'plain', 'mobile'],
    ['with the ideographic space', '138\u30001234\u30005678', 'plain', 'mobile'],
    ['with a no-break and a thin space', '138\u00a01234\u20095678', 'plain', 'mobile'],
    ['across a line break', '电话138 1234\n5678', 'plain', 'mobile'],
    ['across CRLF and indentation', '138-1234-\r\n        5678', 'plain', 'mobile'],
    ['with a zero-width space between digits', '138\u200b1234\u200b5678', 'plain', 'mobile'],
    ['with soft hyphens', '13\u00ad81\u00ad234\u00ad5678', 'plain', 'mobile'],
    ['with a BOM and a word joiner', '138\ufeff1234\u20605678', 'plain', 'mobile'],
    ['with bidi marks', '\u202d138\u200e1234\u200f5678\u202c', 'plain', 'mobile'],
    ['with +86', '+8613812345678', 'plain', 'mobile'],
    ['with +86 and spaces', '+86 138 1234 5678', 'plain', 'mobile'],
    ['with +86-', '+86-138-1234-5678', 'plain', 'mobile'],
    ['with (+86)', '(+86)13812345678', 'plain', 'mobile'],
    ['with （+86）', '（+86）138 1234 5678', 'plain', 'mobile'],
    ['with 0086', '008613812345678', 'plain', 'mobile'],
    ['with 0086 and spaces', '0086 138 1234 5678', 'plain', 'mobile'],
    ['with 86 run on', '8613812345678', 'plain', 'mobile'],
    ['in full-width digits', '１３８１２３４５６７８', 'plain', 'mobile'],
    ['in full-width digits and dashes', '１３８－１２３４－５６７８', 'plain', 'mobile'],
    ['in mathematical digits', '𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖', 'plain', 'mobile'],
    ['in Arabic-Indic digits', '١٣٨١٢٣٤٥٦٧٨', 'plain', 'mobile'],
    ['followed by a date', `${M} 2024-01-02`, 'plain', 'mobile'],
    ['after a case number', `XF2019-0032-${M}`, 'plain', 'mobile'],
    ['an 18-digit ID', ID, 'plain', 'idcard'],
    ['an ID in 6-8-4 groups', '110101 19900307 1233', 'plain', 'idcard'],
    ['an ID with dashes', '110101-19900307-1233', 'plain', 'idcard'],
    ['split by bold markup', '138<b>1234</b>5678', 'html', 'mobile'],
    [
      'split by spans with attributes',
      '138<span class="a">1234</span><span>5678</span>',
      'html',
      'mobile',
    ],
    ['written as decimal entities', '&#49;&#51;&#56;12345678', 'html', 'mobile'],
    ['written as hex entities', '&#x31;&#x33;&#x38;12345678', 'html', 'mobile'],
    ['with &nbsp; and &shy;', '138&nbsp;1234&shy;5678', 'html', 'mobile'],
    ['with &zwj; and &ndash;', '138&zwj;1234&ndash;5678', 'html', 'mobile'],
    ['across <br>', '138 1234<br>5678', 'html', 'mobile'],
    ['across a comment', '138<!-- x -->1234 5678', 'html', 'mobile'],
    ['inside a comment', '<!-- 电话 138 1234 5678 -->', 'html', 'mobile'],
    ['in an attribute value', '<a title="138 1234 5678">联系</a>', 'html', 'mobile'],
    [
      'in an attribute value with entities',
      '<a data-t="&#49;38 1234 5678">x</a>',
      'html',
      'mobile',
    ],
    ['in a script', '<script>var p = "\\u0031\\u0033812345678";</script>', 'html', 'mobile'],
    ['in SVG text split by tspan', '<text>138<tspan>1234</tspan>5678</text>', 'html', 'mobile'],
    ['split by emphasis', '138**1234**5678', 'mdx', 'mobile'],
    ['split by underscores', '138_1234_5678', 'mdx', 'mobile'],
    ['split by strikethrough and code marks', '138~~1234~~`5678`', 'mdx', 'mobile'],
    ["split by JSX {' '}", "138{' '}1234{' '}5678", 'mdx', 'mobile'],
    ['split by a JSX comment', '138{/* x */}12345678', 'mdx', 'mobile'],
    ['split by an HTML comment in MDX', '138<!-- x -->12345678', 'mdx', 'mobile'],
    ['escaped in Markdown', '138\\-1234\\-5678', 'mdx', 'mobile'],
    ['in a JSX string', '<Note text="138 1234 5678" />', 'mdx', 'mobile'],
    ['as JSON \\u escapes', '{"a":"\\u0031\\u00338 1234 5678"}', 'code', 'mobile'],
    ['as a CSS escape', 'content: "\\31 38 1234 5678";', 'code', 'mobile'],
    ['as a JSON number', '{"tel":13812345678}', 'code', 'mobile'],
    ['in a multi-line quoted CSV cell', 'A01,"电话 138\r\n1234 5678",x', 'csv', 'mobile'],
    ['in a quoted CSV cell with doubled quotes', 'A01,"""138"" 1234 5678"', 'csv', 'mobile'],
  ])('%s', (_, text, kind, want) => {
    expect(kinds(text, kind)).toContain(want);
  });

  it('finds the ID with a trailing X', () => {
    expect(kinds('11010119900307002X', 'plain')).toEqual(['idcard']);
    expect(kinds('110101 19900307 002x', 'plain')).toEqual(['idcard']);
  });
});

describe('findNumbers(text, kind) leaves other numbers alone', () => {
  it.each<[string, string, TextKind]>([
    ['an amount with separators', '1,234,567,890.12', 'plain'],
    ['an amount without separators', '12345678901.00', 'plain'],
    ['a negative amount', '-13,812,345.67', 'plain'],
    ['a date', '2024-01-02', 'plain'],
    ['a dotted date', '2024.01.02', 'plain'],
    ['a compact date', '20240102', 'plain'],
    ['a date range', '2024-01-02 至 2024-12-31', 'plain'],
    ['a date range with a dash', '2024.01.02-2024.12.31', 'plain'],
    ['a compact date range', '20240102-20241231', 'plain'],
    ['a date range with spaces', '2024-01-02 — 2024-12-31', 'plain'],
    ['a voucher number', 'BF2024-0008', 'plain'],
    ['a long voucher number', 'PZ-2024-12-000123', 'plain'],
    ['case numbers in a row', 'XF2019-0032、JZ2024-012、XF2024-0001', 'plain'],
    ['a landline', '010-6512-3456', 'plain'],
    ['a document number', '东信访〔2024〕138号', 'plain'],
    ['page numbers', '1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20', 'plain'],
    ['axis ticks', '0 2 4 6 8 10 12 14 16 18 20 24 3', 'plain'],
    ['a list of small counts', '3 5 12 7 9 14 11 6', 'plain'],
    ['percentages', '13.5% 12.25% 98.6%', 'plain'],
    ['11 digits not starting 13–19', '12800000000', 'plain'],
    ['12 digits', '138000000001', 'plain'],
    ['an ID with a wrong check digit', '110101199003071234', 'plain'],
    [
      'ledger cells side by side',
      '<tr><td>2024-03-05</td><td>12,000.00</td><td>13</td><td>8123</td><td>45678</td></tr>',
      'html',
    ],
    [
      'a ledger row one cell a line',
      '<tr>\n<td class="num">1</td>\n<td>BF2024-0001</td>\n<td>2024-03-05</td>\n<td class="num">138</td>\n<td class="num">12345678</td>\n</tr>',
      'html',
    ],
    ['paragraphs', '<p>138</p><p>1234 5678</p>', 'html'],
    ['SVG path data', '<path d="M289 1A149 149 0 0 1 437 132.4L138 1234 5678Z"/>', 'html'],
    ['SVG coordinates', '<rect x="138" y="1234" width="5678" height="1"/>', 'html'],
    ['an entity that is not a digit', '138&amp;1234&amp;5678', 'html'],
    ['cells of a CSV row', 'A01,138,1234,5678\r\nA02,139,1234,5678', 'csv'],
    ['a CSV amount row', 'P01,2024-02-10,"1,000.00",12345678901.00', 'csv'],
    ['JSON numbers apart', '{"a":[138,1234,5678],"b":2024}', 'code'],
  ])('%s', (_, text, kind) => {
    expect(findNumbers(text, kind)).toEqual([]);
  });
});

describe('findNumbers(text, kind) says where the number is', () => {
  it('from its first digit to its last', () => {
    const text = `电话：138 1234 5678。`;
    expect(findNumbers(text, 'plain')).toEqual([
      { kind: 'mobile', start: 3, end: text.indexOf('。') },
    ]);
  });

  it('finds every number of a text, in order', () => {
    expect(kinds(`${M}、${ID}、138-1234-5678`, 'plain')).toEqual(['mobile', 'idcard', 'mobile']);
  });
});

describe('sensitiveLinesOf(text, kind)', () => {
  it('gives the 1-based line where each number starts', () => {
    const text = ['第一行', `电话 ${M}`, '无', '身份证 110101', '19900307 1233', '尾'].join('\n');
    expect(sensitiveLinesOf(text, 'plain')).toEqual([
      { line: 2, kind: 'mobile' },
      { line: 4, kind: 'idcard' },
    ]);
  });
});

describe('redactLines(text)', () => {
  it.each([
    ['a plain number', `构建日志 ${M}`],
    ['a number in groups', '电话 138 1234 5678'],
    ['a number split by markup', 'mdx: 138**1234**5678'],
    ['a number split by entities', '&#49;&#51;&#56;12345678'],
    ['a number with zero-width spaces', '138\u200b1234\u200b5678'],
  ])('hides the line holding %s', (_, line) => {
    expect(redactLines(`前一行\n${line}\n后一行`)).toBe(`前一行\n${REDACTED_LINE}\n后一行`);
  });

  it('hides both lines of a number written over two', () => {
    expect(redactLines('a\n电话 138 1234\n5678 已回访\nb')).toBe(
      `a\n${REDACTED_LINE}\n${REDACTED_LINE}\nb`,
    );
  });

  it('leaves a log of dates, amounts and counts as it was', () => {
    const log = [
      '14:48:38 [xinfang] data/2024/jiean-huajie/spending.csv [GB18030]: 426 行 = 423 条记录',
      '合计 金额 7,686,979.00 元，年初预算数 8,000,000.00 元',
      '183 page(s) built in 6.74s',
    ].join('\n');
    expect(redactLines(log)).toBe(log);
  });
});

describe('textKindOf(file)', () => {
  it.each([
    ['index.html', 'html'],
    ['chart.svg', 'html'],
    ['sitemap.xml', 'html'],
    ['01-jiben.mdx', 'mdx'],
    ['report.json', 'code'],
    ['app.js', 'code'],
    ['style.css', 'code'],
    ['project.yaml', 'yaml'],
    ['cases.csv', 'csv'],
    ['robots.txt', 'plain'],
  ])('textKindOf(%j) is %s', (file, kind) => {
    expect(textKindOf(file)).toBe(kind);
  });
});

describe('findNumbers(text, kind) reads every form a reader reads (docs/privacy.md)', () => {
  const kindOf = (reads: string): 'mobile' | 'idcard' =>
    reads.length === 11 ? 'mobile' : 'idcard';
  it.each(READER_FORMS.map((f) => [f.form, f] as const))('%s', (_, { example, reads, markup }) => {
    const expected = [kindOf(reads)];
    for (const kind of markup
      ? (['html', 'mdx'] as const)
      : (['plain', 'mdx', 'html', 'yaml'] as const))
      expect(kinds(`电话：${example}。`, kind), kind).toEqual(expected);
    if (!markup) expect(kinds(`"${example}"`, 'code')).toEqual(expected);
  });

  it.each(READER_FORMS.filter((f) => f.markup).map((f) => [f.form, f] as const))(
    '%s: the hidden content is read on its own too, so a number hidden whole is found',
    (_, { example }) => {
      const hiddenWhole = example.replace(/>[^<]*</, '>13800138000<');
      expect(kinds(hiddenWhole, 'html')).toContain('mobile');
    },
  );
});

describe('findNumbers(text, kind) reads prose and amounts as prose and amounts', () => {
  it.each<[string, string]>([
    ['ordinal numerals', '第一、二、三季度分别完成一二三四五六七八九件'],
    ['两 as a measure', '两个街道、两名包案领导，共十二件'],
    ['a year in numerals', '二〇二四年度项目支出绩效自评报告'],
    ['a date in numerals', '二〇二四年十二月三十一日'],
    ['amounts with thousands commas', '1,234,567,890.12 元，13,800,138,000 元'],
    ['an amount with decimals', '12345678901.00'],
    ['letters beside digits', 'Q1 2024 Oct 10l 1O1 O2O'],
    ['a list with commas', '1,2,3,4,5,6,7,8,9,10,11,12'],
    ['page numbers', '1 2 3 4 5 6 7 8 9 10 11 12 13 14'],
    ['spaced amounts', '12 345 元与 678 910 元'],
  ])('%s', (_, text) => {
    for (const kind of ['plain', 'mdx', 'html', 'yaml'] as const)
      expect(kinds(text, kind), kind).toEqual([]);
  });

  it('reads commas between JSON values as syntax, and inside a JSON string as text', () => {
    expect(kinds('[1530000,2400,13800138,000]', 'code')).toEqual([]);
    expect(kinds('{"备注":"138,0013,8000"}', 'code')).toEqual(['mobile']);
  });

  it('reads commas between CSV cells as cell boundaries, and inside a quoted cell as text', () => {
    expect(kinds('a,1380,0138000\n', 'csv')).toEqual([]);
    expect(kinds('a,"138,0013,8000"\n', 'csv')).toEqual(['mobile']);
  });
});

describe('findNumbers(text, kind) reads hidden elements as a browser shows them', () => {
  it.each<[string, string]>([
    ['<template>', '138<template>号码</template>00138000'],
    ['a nested hidden element', '138<span hidden><span>号</span>码</span>00138000'],
    ['opacity:0', '138<span style="opacity:0">号码</span>00138000'],
    ['font-size:0', "138<span style='font-size: 0'>号码</span>00138000"],
  ])('removes %s from the text around it', (_, html) => {
    expect(kinds(html, 'html')).toEqual(['mobile']);
  });

  it.each<[string, string]>([
    ['aria-hidden="false"', '138<span aria-hidden="false">号码</span>00138000'],
    ['opacity:0.5', '138<span style="opacity:0.5">号码</span>00138000'],
    [
      'type="hidden" (an attribute value, not the attribute)',
      '138<input type="hidden">号码00138000',
    ],
  ])('keeps an element shown with %s', (_, html) => {
    expect(kinds(html, 'html')).toEqual([]);
  });

  it('reads a hidden number both in place and on its own, once', () => {
    expect(kinds('<p>电话 <span hidden>13800138000</span></p>', 'html')).toEqual(['mobile']);
  });
});
