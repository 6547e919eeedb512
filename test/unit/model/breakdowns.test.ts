/**
 * breakdowns(): the subtotals by unit, category, month, funding source and status, in 分, from
 * the same records as the ledgers; payments tied to no case stand in a row of their own.
 */
import { describe, expect, it } from 'vitest';
import { breakdowns, UNLINKED } from '../../../src/lib/model/breakdowns.ts';
import { caseLinks } from '../../../src/lib/model/links.ts';
import { CASE_STATUSES } from '../../../src/lib/schema/cases.ts';
import type { BudgetLine } from '../../../src/lib/schema/budget.ts';
import type { CaseRecord } from '../../../src/lib/schema/cases.ts';
import type { PaymentRecord } from '../../../src/lib/schema/spending.ts';
import { placeSources } from '../../../src/lib/model/standard-funding.ts';
import { budgetLine, kase, payment, resolved } from '../support/records.ts';

const cases = [
  resolved(10, { caseId: 'A1', unit: '东街', category: '征地拆迁', settled: true }),
  resolved(20, { caseId: 'A2', unit: '西街', category: '劳动社保' }),
  kase({ caseId: 'A3', unit: '西街', category: '征地拆迁' }),
  kase({ caseId: 'A4', unit: '北街', category: '征地拆迁', status: '化解中' }),
];
const payments = [
  payment(1_000_00, { caseId: 'A1', date: '2024-01-15' }),
  payment(-200_00, { caseId: 'A1', date: '2024-03-02' }), // 冲减
  payment(500_00, { caseId: 'A3', date: '2024-03-30', source: '上年结转资金' }),
  payment(33_33, { date: '2024-12-31' }), // no case
];
const budget = [
  budgetLine(2_000_00),
  budgetLine(600_00, { source: '上年结转资金' }),
  budgetLine(0, { source: '其他资金' }),
];

/** breakdowns() with the links the project-year job would pass. */
const cut = (
  year: number,
  c: readonly CaseRecord[],
  p: readonly PaymentRecord[],
  b: readonly BudgetLine[],
) => breakdowns(year, c, p, b, caseLinks(c, p));

describe('breakdowns(year, cases, payments, budget, links)', () => {
  const b = cut(2024, cases, payments, budget);

  it('groups cases by unit, most cases first then by name, paid net of 冲减, unlinked last', () => {
    expect(b.byUnit).toEqual([
      { key: '西街', cases: 2, resolved: 1, settled: 0, paidFen: 500_00 },
      { key: '东街', cases: 1, resolved: 1, settled: 1, paidFen: 800_00 },
      { key: '北街', cases: 1, resolved: 0, settled: 0, paidFen: 0 },
      { key: UNLINKED, cases: 0, resolved: 0, settled: 0, paidFen: 33_33 },
    ]);
    expect(b.byCategory.map((g) => [g.key, g.cases, g.paidFen])).toEqual([
      ['征地拆迁', 3, 1_300_00],
      ['劳动社保', 1, 0],
      [UNLINKED, 0, 33_33],
    ]);
  });

  it('adds up to the same totals every way it is cut', () => {
    const total = payments.reduce((s, p) => s + p.amount, 0);
    expect(b.byUnit.reduce((s, g) => s + g.paidFen, 0)).toBe(total);
    expect(b.byCategory.reduce((s, g) => s + g.paidFen, 0)).toBe(total);
    expect(b.byMonth.at(-1)?.cumulativeFen).toBe(total);
    expect(b.bySource.reduce((s, r) => s + r.amountFen, 0)).toBe(total);
    expect(b.byStatus.reduce((s, r) => s + r.cases, 0)).toBe(cases.length);
  });

  it('gives all twelve months, empty ones too, with the running total', () => {
    expect(b.byMonth.map((m) => m.month)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`),
    );
    expect(b.byMonth[0]).toEqual({
      month: '2024-01',
      payments: 1,
      amountFen: 1_000_00,
      cumulativeFen: 1_000_00,
    });
    expect(b.byMonth[1]).toEqual({
      month: '2024-02',
      payments: 0,
      amountFen: 0,
      cumulativeFen: 1_000_00,
    });
    expect(b.byMonth[2]).toEqual({
      month: '2024-03',
      payments: 2,
      amountFen: 300_00,
      cumulativeFen: 1_300_00,
    });
    expect(b.byMonth[11]?.cumulativeFen).toBe(1_333_33);
  });

  it('gives one row per budget line, in the budget’s order, unused lines included', () => {
    expect(b.bySource).toEqual([
      { source: '本年财政拨款', payments: 3, amountFen: 833_33, annualBudgetFen: 2_000_00 },
      { source: '上年结转资金', payments: 1, amountFen: 500_00, annualBudgetFen: 600_00 },
      { source: '其他资金', payments: 0, amountFen: 0, annualBudgetFen: 0 },
    ]);
    expect(b.annualBudgetFen).toBe(2_600_00);
  });

  it('gives a 本年财政拨款 line its 其中 line’s payments too, the part’s budget in no total', () => {
    const lines = [
      budgetLine(1_000_00),
      budgetLine(400_00, { source: '中央', category: '中央和省级补助' }),
    ];
    const paid = [payment(100_00), payment(300_00, { source: '中央' })];
    const cut = breakdowns(2024, [], paid, lines, caseLinks([], paid), placeSources(lines).places);
    expect(cut.bySource).toEqual([
      { source: '本年财政拨款', payments: 2, amountFen: 400_00, annualBudgetFen: 1_000_00 },
      {
        source: '中央',
        payments: 1,
        amountFen: 300_00,
        annualBudgetFen: 400_00,
        partOf: '本年财政拨款',
      },
    ]);
    expect(cut.annualBudgetFen).toBe(1_000_00);
  });

  it('counts every status of the contract, in its order', () => {
    expect(b.byStatus.map((s) => s.status)).toEqual([...CASE_STATUSES]);
    expect(Object.fromEntries(b.byStatus.map((s) => [s.status, s.cases]))).toMatchObject({
      已化解: 2,
      化解中: 1,
      未化解: 1,
    });
  });

  it('has no unlinked row when unlinked payments cancel out, and empty groups for no data', () => {
    const even = cut(2024, cases, [payment(5_00), payment(-5_00)], budget);
    expect(even.byUnit.map((g) => g.key)).not.toContain(UNLINKED);
    const none = cut(2023, [], [], []);
    expect(none.byUnit).toEqual([]);
    expect(none.byMonth.map((m) => m.cumulativeFen)).toEqual(new Array(12).fill(0));
    expect(none.byMonth[0]?.month).toBe('2023-01');
    expect(none.annualBudgetFen).toBe(0);
  });
});

describe('breakdowns(year, cases, payments, budget, links) takes the links it is given', () => {
  it('takes what each case was paid from the links, not from the payments again', () => {
    const links = { ...caseLinks(cases, payments), paidFen: new Float64Array([0, 0, 0, 700]) };
    const b = breakdowns(2024, cases, payments, budget, links);
    expect(b.byUnit.find((g) => g.key === '北街')?.paidFen).toBe(700);
    expect(b.byUnit.find((g) => g.key === '东街')?.paidFen).toBe(0);
  });
});
