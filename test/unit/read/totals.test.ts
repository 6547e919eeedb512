import { describe, expect, it } from 'vitest';
import { ProblemSink } from '../../../src/lib/base/problems.ts';
import type { MappedColumn } from '../../../src/lib/read/header.ts';
import {
  checkStatedTotals,
  isTotalRow,
  readStatedTotals,
  recordSum,
} from '../../../src/lib/read/totals.ts';
import { formatted } from '../support/tables.ts';

const F = 'data/2024/demo/spending.csv';

const ID: MappedColumn = {
  def: { field: 'paymentId', header: '拨付编号', cell: 'text', required: true },
  index: 0,
  header: '拨付编号',
};
const AMOUNT: MappedColumn = {
  def: { field: 'amount', header: '金额', cell: 'money', required: true },
  index: 1,
  header: '金额(元)',
  unit: '元',
};
const BUDGET: MappedColumn = {
  def: { field: 'annualBudget', header: '全年预算数', cell: 'money', required: true },
  index: 2,
  header: '全年预算数(万元)',
  unit: '万元',
};

function stated(cells: string[], columns = [ID, AMOUNT, BUDGET]) {
  const sink = new ProblemSink(F);
  const totals = new Map<string, number>();
  readStatedTotals(cells, columns, 9, sink, totals);
  return { totals, problems: formatted(sink.problems) };
}

function reconcile(
  records: readonly unknown[],
  totals: [string, number][],
  line: number | undefined,
  invalid = 0,
): string[] {
  const sink = new ProblemSink(F);
  const table = { records, counts: { invalid }, statedTotals: new Map(totals) };
  checkStatedTotals(table, line, (field) => `<${field}>`, sink);
  return formatted(sink.problems);
}

describe('isTotalRow(cells)', () => {
  it.each([
    [['合计', '', '1,500.50'], true],
    [['总计'], true],
    [['合 计'], true],
    [['总计：'], true],
    [[' 合计: '], true],
    [['', '', '合计', '1,000'], true],
    [['合计拨付1', '2024-02-10'], false],
    [['小计', '100'], false],
    [['P01', '合计'], false],
    [['合计合计'], false],
    [['合：计'], false],
    [['', ' ', ''], false],
    [[], false],
  ])('isTotalRow(%j) is %s', (cells, expected) => {
    expect(isTotalRow(cells)).toBe(expected);
  });
});

describe('readStatedTotals(cells, columns, line, sink, totals)', () => {
  it('reads each money column in its own unit into 分, and skips the other columns', () => {
    expect(stated(['合计', '1,500.50', '2.6'])).toEqual({
      totals: new Map([
        ['amount', 150_050],
        ['annualBudget', 2_600_000],
      ]),
      problems: [],
    });
  });

  it('leaves out a money column whose 合计 cell is blank or missing', () => {
    expect(stated(['合计', '', ''])).toEqual({ totals: new Map(), problems: [] });
    expect(stated(['合计'])).toEqual({ totals: new Map(), problems: [] });
  });

  it('reports an unreadable amount on its column and the 合计 line, and states nothing for it', () => {
    expect(stated(['合计', '约一千', '1'])).toEqual({
      totals: new Map([['annualBudget', 1_000_000]]),
      problems: [
        `${F}:9: 金额(元): 合计行：“约一千”不是有效金额；应为数字，可带千分位和 ¥，如 12,345.60`,
      ],
    });
  });
});

describe('checkStatedTotals(table, line, label, sink)', () => {
  const records = [{ amount: 100_000 }, { amount: 50_050 }];

  it('accepts a 合计 equal to the sum of the records, to the 分', () => {
    expect(reconcile(records, [['amount', 150_050]], 9)).toEqual([]);
  });

  it('reports a 合计 off by one 分 on the 合计 line, with stated, summed and difference', () => {
    expect(reconcile(records, [['amount', 150_049]], 9)).toEqual([
      `${F}:9: <amount>: 合计行为 1,500.49 元，逐行相加为 1,500.50 元，相差 -0.01 元；请核对合计行或明细`,
    ]);
  });

  it('nets corrections: the 合计 of 0.1 + 0.2 − 0.3 is 0.00 exactly', () => {
    const rows = [{ amount: 10 }, { amount: 20 }, { amount: -30 }];
    expect(reconcile(rows, [['amount', 0]], 9)).toEqual([]);
  });

  it('sums a field blank in some records as 0 and checks every stated field', () => {
    const rows = [{ a: 100, b: 5 }, { a: 200 }, { a: 'x', b: 5 }];
    expect(
      reconcile(
        rows,
        [
          ['a', 300],
          ['b', 11],
        ],
        9,
      ),
    ).toEqual([
      `${F}:9: <b>: 合计行为 0.11 元，逐行相加为 0.10 元，相差 0.01 元；请核对合计行或明细`,
    ]);
  });

  it('checks nothing without a 合计 row, or when some rows are invalid (their sum is unknown)', () => {
    expect(reconcile(records, [['amount', 1]], undefined)).toEqual([]);
    expect(reconcile(records, [['amount', 1]], 9, 1)).toEqual([]);
  });
});

describe('recordSum(records, field, inTotal)', () => {
  const records = [{ a: 100 }, { a: -30, part: true }, { b: 5 }, { a: 1 }];

  it('adds the field over the records that count, in 分; undefined when none has it', () => {
    expect(recordSum(records, 'a')).toBe(71);
    expect(recordSum(records, 'a', (r) => !('part' in r))).toBe(101);
    expect(recordSum(records, 'c')).toBeUndefined();
    expect(recordSum([], 'a')).toBeUndefined();
  });

  it('leaves out of the 合计 check what does not count: a 其中 row is inside another', () => {
    const sink = new ProblemSink('x.csv');
    const table = { records, counts: { invalid: 0 }, statedTotals: new Map([['a', 101]]) };
    checkStatedTotals(
      table,
      9,
      (f) => f,
      sink,
      (r) => !('part' in r),
    );
    expect(sink.problems).toEqual([]);
    checkStatedTotals(table, 9, (f) => f, sink);
    expect(formatted(sink.problems)).toEqual([
      'x.csv:9: a: 合计行为 1.01 元，逐行相加为 0.71 元，相差 0.30 元；请核对合计行或明细',
    ]);
  });
});
