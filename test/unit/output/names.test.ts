/**
 * Where a built site shows petitioners by name: every cell under a 信访人 header, in an HTML table
 * or a CSV download, is a masked name or blank. htmlNameLines() and csvNameLines() give the
 * lines that break the rule, however the page or file is written.
 */
import { describe, expect, it } from 'vitest';
import { csvNameLines, htmlNameLines, NAME_HEADER } from '../../../src/lib/output/names.ts';

/** A table with a 信访人 column; `head` and `cell` written as given, the row on line 2. */
const table = (cell: string, head = '<th>信访人</th>') =>
  `<table><thead><tr><th>编号</th>${head}</tr></thead><tbody>\n<tr><td>1</td><td>${cell}</td></tr></tbody></table>`;

describe('htmlNameLines(html)', () => {
  it.each([
    ['a masked name', '罗某厚'],
    ['a two-character masked name', '罗某'],
    ['a compound surname', '欧阳某'],
    ['several petitioners', '罗某甲等3人'],
    ['a blank cell', ''],
    ['whitespace only', '  \n '],
  ])('passes %s', (_, cell) => {
    expect(htmlNameLines(table(cell))).toEqual([]);
  });

  it.each([
    ['a full name', '张三丰'],
    ['a name inside markup', '<b>张三</b>丰'],
    ['a name written as entities', '&#24352;&#19977;&#20016;'],
    ['a name written as hex entities', '&#x5F20;三丰'],
    ['a name with a given name before 某', '罗厚某'],
    ['a name padded with spaces', '  张三丰  '],
  ])('finds %s, at the line of its row', (_, cell) => {
    expect(htmlNameLines(table(cell))).toEqual([2]);
  });

  it.each([
    ['with attributes', '<th scope="col" class="x">信访人</th>'],
    ['padded with spaces', '<th> 信访人 </th>'],
    ['inside a span', '<th><span>信访人</span></th>'],
    ['as entities', '<th>信&#35775;人</th>'],
    ['as a td', '<td>信访人</td>'],
  ])('reads the header %s', (_, head) => {
    expect(htmlNameLines(table('张三丰', head))).toEqual([2]);
  });

  it.each([
    [
      'in capitals',
      (t: string) =>
        t.replace(
          /<(\/?)(table|thead|tbody|tr|th|td)\b/g,
          (_, s: string, n: string) => `<${s}${n.toUpperCase()}`,
        ),
    ],
    ['in mixed case', (t: string) => t.replace(/<(\/?)t(able|body|d)\b/g, '<$1T$2')],
  ])('reads table tags written %s, as a browser does', (_, write) => {
    expect(htmlNameLines(write(table('张三丰')))).toEqual([2]);
  });

  it('names the line of every offending row, across tables, and none of other tables', () => {
    const html = [
      '<p>信访人一律为脱敏姓名</p>',
      '<table><thead><tr><th>单位</th></tr></thead><tbody>',
      '<tr><td>张三丰</td></tr></tbody></table>',
      table('李四光'),
      table('罗某'),
      table('王五'),
    ].join('\n');
    expect(htmlNameLines(html)).toEqual([5, 9]);
  });

  it('does not stop at a table left open or a row with fewer cells', () => {
    expect(
      htmlNameLines(
        '<table><thead><tr><th>编号</th><th>信访人</th></tr></thead><tbody>\n<tr><td>1</td></tr>\n<tr><td>2</td><td>张三丰',
      ),
    ).toEqual([3]);
  });
});

describe('csvNameLines(text)', () => {
  it.each([
    ['a plain header', '信访人,备注\n张三丰,\n', [2]],
    ['a BOM and CRLF', '\uFEFF编号,信访人\r\n1,罗某\r\n2,张三丰\r\n', [3]],
    ['the header in quotes', '"编号","信访人"\r\n"1","张三丰"\r\n', [2]],
    ['the header padded', '编号, 信访人 \n1,张三丰\n', [2]],
    ['the name in quotes', '编号,信访人\n1,"张三丰"\n', [2]],
    ['no final line break', '编号,信访人\n1,张三丰', [2]],
    [
      'a quoted cell spanning lines before the row',
      '备注,信访人\n"一\n二",罗某\n"三",张三丰\n',
      [4],
    ],
    ['a quote inside a quoted cell', '备注,信访人\n"说""明""",张三丰\n', [2]],
    ['masked names and blanks only', '信访人\n罗某厚\n\n罗某甲等3人\n', []],
    ['no 信访人 column', '编号,姓名\n1,张三丰\n', []],
    ['the header alone', '编号,信访人', []],
    ['an empty file', '', []],
  ])('%s', (_, csv, lines) => {
    expect(csvNameLines(csv)).toEqual(lines);
  });

  it('is the header the site writes', () => {
    expect(NAME_HEADER).toBe('信访人');
  });
});

describe('htmlNameLines(bytes, decode) and csvNameLines(bytes, decode)', () => {
  it('find the same lines in a file read as one-byte text and decoded piece by piece', () => {
    const latin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
    const decode = (piece: string) => Buffer.from(piece, 'latin1').toString('utf8');
    const html = table('张三丰');
    const csv = '\uFEFF编号,信访人\r\n1,罗某\r\n2,张三丰\r\n';
    expect(htmlNameLines(latin1(html), decode)).toEqual(htmlNameLines(html));
    expect(csvNameLines(latin1(csv), decode)).toEqual([3]);
  });
});
