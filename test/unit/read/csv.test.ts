import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/read/csv.ts';

const UNCLOSED = '引号没有闭合：从这一行起的内容被读成了同一个单元格；请检查这一行的双引号是否成对';

describe('parseCsv(text)', () => {
  it.each([
    ['LF', 'a,b\n1,2\n3,4\n'],
    ['CRLF', 'a,b\r\n1,2\r\n3,4\r\n'],
    ['CR (old Mac)', 'a,b\r1,2\r3,4\r'],
    ['mixed endings', 'a,b\r\n1,2\n3,4\r'],
    ['no final line break', 'a,b\n1,2\n3,4'],
  ])('splits rows and numbers lines the same with %s', (_, text) => {
    expect(parseCsv(text)).toEqual({
      rows: [
        ['a', 'b'],
        ['1', '2'],
        ['3', '4'],
      ],
      lines: [1, 2, 3],
      errors: [],
    });
  });

  it('keeps commas, doubled quotes and line breaks inside quoted cells', () => {
    const { rows, errors } = parseCsv(
      '备注,金额\n"东城街道,西城街道","他说""已化解"""\n"第一行\r\n第二行",5\n',
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      ['备注', '金额'],
      ['东城街道,西城街道', '他说"已化解"'],
      ['第一行\n第二行', '5'],
    ]);
  });

  it('numbers the rows after a multi-line cell by their physical line', () => {
    const text = 'a,b\n1,"x\ny\nz"\n2,"p\r\nq"\n3,4\n';
    expect(parseCsv(text).lines).toEqual([1, 2, 5, 7]);
  });

  it('keeps blank rows, including those at the end, so they can be counted', () => {
    expect(parseCsv('a,b\n\n1,2\n,\n\n').rows).toEqual([
      ['a', 'b'],
      [''],
      ['1', '2'],
      ['', ''],
      [''],
    ]);
  });

  it('returns no rows for empty text', () => {
    expect(parseCsv('')).toEqual({ rows: [], lines: [], errors: [] });
  });

  it('reports an unclosed quote on the line where the quoted cell starts', () => {
    const { errors, rows } = parseCsv('a,b\n1,2\n3,"abc\n4,5\n');
    expect(errors).toEqual([{ line: 3, message: UNCLOSED }]);
    expect(rows[2]).toEqual(['3', 'abc\n4,5\n']);
  });

  it('reports text after a closing quote on its line', () => {
    const { errors } = parseCsv('a,b\n1,"ab"c\n');
    expect(errors).toContainEqual({
      line: 2,
      message:
        '引号位置不对：带引号的单元格在结束引号后还有其他字符；单元格内的双引号应写成两个（""）',
    });
  });
});
