import { parse } from 'node-html-parser';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/lib/docx/html-table.ts';

const table = (html: string) => parse(html).querySelector('table') as HTMLElement;
/** Each row as `text@column×colspan↓rowspan` cells, head rows marked `H`. */
const grid = (html: string) =>
  readTable(table(html)).rows.map(
    (r) =>
      `${r.head ? 'H ' : ''}${r.cells.map((c) => `${c.el.text}@${c.col}×${c.colspan}↓${c.rowspan}`).join(' ')}`,
  );

describe('readTable(table)', () => {
  it('places cells after a rowspan in the columns it leaves free', () => {
    expect(
      grid(
        '<table><thead><tr><th>甲</th><th>乙</th><th>丙</th></tr></thead><tbody><tr><td rowspan="2">a</td><td colspan="2">b</td></tr><tr><td>c</td><td>d</td></tr></tbody></table>',
      ),
    ).toEqual(['H 甲@0×1↓1 乙@1×1↓1 丙@2×1↓1', 'a@0×1↓2 b@1×2↓1', 'c@1×1↓1 d@2×1↓1']);
  });

  it.each([
    ['0', 1],
    ['-3', 1],
    ['x', 1],
    ['1.5', 1],
    ['1001', 1],
    ['1000', 1000],
  ])('reads colspan=%j as %i', (value, span) => {
    const t = readTable(table(`<table><tr><td colspan="${value}">甲</td></tr></table>`));
    expect(t.rows[0]?.cells[0]?.colspan).toBe(span);
  });

  it('cuts a rowspan at the last row, keeps a row only a rowspan reaches into, drops an empty one', () => {
    expect(
      grid(
        '<table><tr><td rowspan="5">甲</td><td>乙</td></tr><tr></tr><tr><td>丙</td></tr></table>',
      ),
    ).toEqual(['甲@0×1↓3 乙@1×1↓1', '', '丙@1×1↓1']);
    expect(grid('<table><tr><td>甲</td></tr><tr></tr></table>')).toEqual(['甲@0×1↓1']);
    expect(grid('<table><tr></tr></table>')).toEqual([]);
  });

  it('reads a span past 1000 as 1, so a hostile rowspan cannot stretch the table', () => {
    expect(grid('<table><tr><td rowspan="99999">甲</td></tr><tr><td>乙</td></tr></table>')).toEqual(
      ['甲@0×1↓1', '乙@0×1↓1'],
    );
  });

  it('does not read the rows of a table inside a cell as its own', () => {
    expect(grid('<table><tr><td>甲<table><tr><td>内</td></tr></table></td></tr></table>')).toEqual([
      '甲内@0×1↓1',
    ]);
  });

  it('takes the widths the stylesheet gives the columns, else widths from the text', () => {
    const styled = readTable(
      table(
        '<table class="indicator-table"><colgroup><col class="c-name"><col class="c-reason"></colgroup><tr><td>甲</td><td>乙</td></tr></table>',
      ),
    );
    expect(styled.small).toBe(true);
    expect(styled.widths).toEqual([13, 27]);
    const guessed = readTable(
      table(
        '<table><tr><td>短</td><td>一二三四五六七八九十一二三四五六七八九十</td><td>abcdefgh</td></tr></table>',
      ),
    );
    expect(guessed.small).toBe(false);
    // Text as long as it is, with its padding, up to 20; a Latin run counted a half each.
    expect(guessed.widths).toEqual([6, 20, 12]);
    // A figure is never squeezed: its column takes all of it (up to 28); a head at half.
    const figures = readTable(
      table(
        '<table><thead><tr><th>项目名称</th><th>全年预算数（元）</th><th>执行率</th></tr></thead><tbody><tr><th>甲</th><td class="num">8,771,500.00</td><td class="num">100.00%</td></tr></tbody></table>',
      ),
    );
    expect(figures.widths).toEqual([8, 16, 11]);
  });

  it('guesses the widths when the columns declared do not match the grid', () => {
    const t = readTable(
      table('<table><col class="c-name"><tr><td>甲</td><td>乙</td></tr></table>'),
    );
    expect(t.widths).toEqual([6, 6]);
  });
});
