import { describe, expect, it } from 'vitest';
import {
  ALWAYS_PUBLISHED,
  CASE_COLUMNS,
  cellsHtml,
  columnsNamed,
  LISTABLE_COLUMNS,
  PAYMENT_COLUMNS,
  publishedColumns,
} from '../../../src/lib/ledger/columns.ts';
import { columnsOf } from '../../../src/lib/read/columns.ts';
import { CASES, SPENDING } from '../../../src/lib/dataset/specs.ts';
import { caseRow } from '../support/ledger-rows.ts';

describe('CASE_COLUMNS and PAYMENT_COLUMNS', () => {
  it('publish by default only the columns the report needs; free text waits for 公开列', () => {
    expect(publishedColumns(CASE_COLUMNS).map((c) => c.name)).toEqual([
      '案件编号',
      '信访人',
      '责任单位',
      '问题类别',
      '登记日期',
      '办结日期',
      '化解状态',
      '息诉罢访',
      '满意度',
      '拨付金额',
    ]);
    expect(LISTABLE_COLUMNS).toEqual(['包案领导', '备注', '用途', '审批文号']);
    expect(ALWAYS_PUBLISHED).not.toContain('信访人编号');
    expect([...LISTABLE_COLUMNS, ...ALWAYS_PUBLISHED]).not.toContain('信访人编号');
  });

  it('name each column as the data file does (so 公开列 uses the user’s words)', () => {
    const headers = (spec: typeof CASES | typeof SPENDING) =>
      columnsOf(spec.row).map((d) => d.header);
    // 拨付金额 is computed from the payments, not a column of cases.csv.
    for (const c of CASE_COLUMNS.filter((c) => c.name !== '拨付金额'))
      expect(headers(CASES), c.name).toContain(c.name);
    // 责任单位 of a payment is its case's.
    for (const c of PAYMENT_COLUMNS.filter((c) => c.name !== '责任单位'))
      expect(headers(SPENDING), c.name).toContain(c.name);
  });
});

describe('publishedColumns(columns, listed) and columnsNamed(columns, names)', () => {
  it('add the listed free-text columns in the ledger’s order, and find columns back by name', () => {
    const shown = publishedColumns(CASE_COLUMNS, ['备注', '包案领导', '用途']);
    expect(shown.map((c) => c.name)).toContain('包案领导');
    expect(shown.at(-1)?.name).toBe('备注');
    expect(
      columnsNamed(
        CASE_COLUMNS,
        shown.map((c) => c.name),
      ),
    ).toEqual(shown);
  });
});

describe('cellsHtml(columns, row)', () => {
  it('writes one escaped cell per column, a line each, with the column’s class', () => {
    const row = caseRow('<i>XF</i>');
    row[11] = '<script>';
    expect(cellsHtml(publishedColumns(CASE_COLUMNS, ['备注']), row)).toBe(
      [
        '',
        '<td>&lt;i&gt;XF&lt;/i&gt;</td>',
        '<td>罗某厚</td>',
        '<td>新港街道</td>',
        '<td>征地拆迁</td>',
        '<td>2024-01-02</td>',
        '<td></td>',
        '<td>化解中</td>',
        '<td class="center">否</td>',
        '<td>未评价</td>',
        '<td class="num">0.00</td>',
        '<td class="note">&lt;script&gt;</td>',
      ].join('\n'),
    );
  });
});

describe('publishedColumns(columns, listed, hasCases)', () => {
  it('leaves the payment columns filled from the case ledger out where there is none', () => {
    expect(publishedColumns(PAYMENT_COLUMNS, [], false).map((c) => c.name)).toEqual([
      '拨付编号',
      '拨付日期',
      '资金来源',
      '金额',
    ]);
    expect(publishedColumns(PAYMENT_COLUMNS, ['用途'], false).map((c) => c.name)).toContain('用途');
    expect(publishedColumns(PAYMENT_COLUMNS, [], true).map((c) => c.name)).toContain('案件编号');
    // The case ledger's own columns are not “from cases” in that sense: it has no such flag.
    expect(CASE_COLUMNS.filter((c) => c.fromCases)).toEqual([]);
  });
});
