import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/base/problems.ts';
import {
  CASE_COLUMNS,
  PAYMENT_COLUMNS,
  publishedColumns,
} from '../../../src/lib/ledger/columns.ts';
import type { CaseRow, PaymentRow } from '../../../src/lib/ledger/rows.ts';
import { caseRows, paymentRows } from '../../../src/lib/ledger/rows.ts';
import { rowReadingProblems, textRuns } from '../../../src/lib/ledger/row-reading.ts';
import { discover, loadProjectYear } from '../../../src/lib/dataset/load.ts';
import { caseRow, paymentRow } from '../support/ledger-rows.ts';

const F = 'data/2024/demo/cases.csv';
const all = CASE_COLUMNS;

/** A case row with some cells replaced. */
function row(cells: Partial<Record<number, string>>): CaseRow {
  const r = caseRow('XF2024-0001');
  for (const [at, text] of Object.entries(cells)) (r as unknown[])[Number(at)] = text;
  return r;
}

const lines = (rows: readonly unknown[]) => rows.map((_, i) => i + 2);
const check = (rows: CaseRow[], columns = all) =>
  rowReadingProblems(F, rows, lines(rows), columns).map(formatProblem);

describe('textRuns(columns)', () => {
  it('gives the runs of side-by-side text columns, a value column ending each', () => {
    expect(textRuns(all).map((run) => run.map((c) => c.name))).toEqual([
      ['案件编号', '信访人', '责任单位', '问题类别', '包案领导'],
    ]);
    expect(textRuns(publishedColumns(PAYMENT_COLUMNS)).map((r) => r.map((c) => c.name))).toEqual([
      ['案件编号', '责任单位', '资金来源'],
    ]);
    // 用途 and 审批文号, listed, stand side by side after the amount.
    expect(
      textRuns(publishedColumns(PAYMENT_COLUMNS, ['用途', '审批文号'])).map((r) =>
        r.map((c) => c.name),
      ),
    ).toEqual([
      ['案件编号', '责任单位', '资金来源'],
      ['用途', '审批文号'],
    ]);
  });
});

describe('rowReadingProblems(file, rows, lines, columns)', () => {
  it('finds a mobile number split over two cells side by side, naming the row and the columns, not the digits', () => {
    const problems = check([row({}), row({ 3: '联系电话138', 4: '1234-5678' })]);
    expect(problems).toEqual([
      `${F}:3: 问题类别、包案领导: 这些相邻单元格连起来读，疑似有手机号码，不得录入；请删除该号码（此处不显示单元格内容）`,
    ]);
    expect(problems.join()).not.toMatch(/138|5678/);
  });

  it.each([
    ['a space between the groups', { 3: '电话 138', 4: '1234 5678' }],
    ['a number over three cells', { 2: '新港138', 3: '1234', 4: '5678' }],
    ['markup in a cell', { 3: '138<b>1234</b>', 4: '5678' }],
  ])('finds one written with %s', (_, cells) => {
    expect(check([row(cells)])).toHaveLength(1);
  });

  it('finds an ID-card number split over 责任单位 and 问题类别', () => {
    expect(check([row({ 2: '东城街道11010119', 3: '900307-1233' })])).toEqual([
      `${F}:2: 责任单位、问题类别: 这些相邻单元格连起来读，疑似有身份证号码，不得录入；请删除该号码（此处不显示单元格内容）`,
    ]);
  });

  it('reads only what is published: a column left out separates its neighbours', () => {
    const split = row({ 3: '联系电话138', 4: '1234-5678' });
    expect(check([split], publishedColumns(all))).toEqual([]);
    expect(check([split], publishedColumns(all, ['包案领导']))).toHaveLength(1);
  });

  it('never reads a date, an amount or a choice into a number with its neighbours', () => {
    // 问题类别 `138` beside 登记日期 2024-01-02 would read 13820240102 if dates joined.
    const r = row({ 3: '138', 4: '', 5: '2024-01-02', 6: '2024-03-05' });
    r[10] = 1_380_013_800;
    expect(check([r])).toEqual([]);
    const payment: PaymentRow = paymentRow('BF2024-0001');
    payment[5] = 138_0013_80_00;
    expect(
      rowReadingProblems(F, [payment], [2], publishedColumns(PAYMENT_COLUMNS, ['用途'])),
    ).toEqual([]);
  });

  it('finds nothing in the rows of the sample data, every column published', async () => {
    const { refs } = await discover('.');
    expect(refs.length).toBeGreaterThanOrEqual(5);
    for (const ref of refs) {
      const { dir } = ref;
      const data = await loadProjectYear('.', ref);
      expect(data.cases.length + data.payments.length).toBeGreaterThan(0);
      const everything = [
        ...CASE_COLUMNS.map((c) => c.name),
        ...PAYMENT_COLUMNS.map((c) => c.name),
      ];
      expect(
        rowReadingProblems(
          `${dir}/cases.csv`,
          caseRows(data.cases, data.links),
          data.cases.map((c) => c.line),
          publishedColumns(CASE_COLUMNS, everything),
        ),
      ).toEqual([]);
      expect(
        rowReadingProblems(
          `${dir}/spending.csv`,
          paymentRows(data.payments, data.cases, data.links),
          data.payments.map((p) => p.line),
          publishedColumns(PAYMENT_COLUMNS, everything),
        ),
      ).toEqual([]);
    }
  });
});
