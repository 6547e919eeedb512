import { describe, expect, it } from 'vitest';
import { breakdowns, UNLINKED } from '../../../src/lib/model/breakdowns.ts';
import { caseLinks } from '../../../src/lib/model/links.ts';
import { budgetLine, kase, payment, resolved } from '../support/records.ts';

const cases = [
  resolved(10, { caseId: 'A', unit: '城关街道', settled: true }),
  kase({ caseId: 'B', unit: '东湖街道' }),
];
const payments = [
  payment(500, { caseId: 'A', date: '2024-02-01' }),
  payment(30, { date: '2024-02-03' }),
];
const budget = [budgetLine(10_000)];

describe('breakdowns(year, cases, payments, budget, links)', () => {
  it('sums each group from the links of its cases, and payments without a case apart', () => {
    const b = breakdowns(2024, cases, payments, budget, caseLinks(cases, payments));
    expect(b.byUnit.map((g) => [g.key, g.cases, g.resolved, g.settled, g.paidFen])).toEqual([
      ['东湖街道', 1, 0, 0, 0],
      ['城关街道', 1, 1, 1, 500],
      [UNLINKED, 0, 0, 0, 30],
    ]);
    expect(b.byMonth[1]).toEqual({
      month: '2024-02',
      payments: 2,
      amountFen: 530,
      cumulativeFen: 530,
    });
    expect(b.annualBudgetFen).toBe(10_000);
  });

  it('takes what each case was paid from the links it is given', () => {
    const links = { ...caseLinks(cases, payments), paidFen: new Float64Array([0, 700]) };
    const b = breakdowns(2024, cases, payments, budget, links);
    expect(b.byUnit.find((g) => g.key === '东湖街道')?.paidFen).toBe(700);
    expect(b.byUnit.find((g) => g.key === '城关街道')?.paidFen).toBe(0);
  });
});
