import { describe, expect, it } from 'vitest';
import { breakdowns } from '../../../src/lib/model/breakdowns.ts';
import { caseLinks } from '../../../src/lib/model/links.ts';
import { chartSpec } from '../../../src/lib/report/charts.ts';
import { subtotalKindsOf, subtotalTable } from '../../../src/lib/report/subtotals.ts';
import { placeSources } from '../../../src/lib/model/standard-funding.ts';
import { budgetLine, kase, payment, resolved } from '../support/records.ts';

const cases = [
  resolved(10, { caseId: 'A', unit: '城关街道', category: '征地拆迁', settled: true }),
  resolved(10, { caseId: 'B', unit: '城关街道', category: '劳动社保' }),
  kase({ caseId: 'C', unit: '东湖街道', category: '征地拆迁', status: '化解中' }),
];
const payments = [
  payment(1_000_00, { caseId: 'A', date: '2024-01-15' }),
  payment(-200_00, { caseId: 'A', date: '2024-03-02' }),
  payment(3_000_01, { caseId: 'C', date: '2024-03-20', source: '其他资金' }),
  payment(50_00, { date: '2024-12-31' }),
];
const budget = [budgetLine(10_000_00), budgetLine(5_000_00, { source: '其他资金' })];
const b = breakdowns(2024, cases, payments, budget, caseLinks(cases, payments));

describe('subtotalTable(kind, breakdowns)', () => {
  it('by 责任单位: most cases first, payments netted per case, unlinked payments last, a 合计 row', () => {
    const t = subtotalTable('unit', b);
    expect(t.rows).toEqual([
      ['城关街道', '2', '2', '100.00%', '1', '800.00'],
      ['东湖街道', '1', '0', '0.00%', '0', '3,000.01'],
      ['（未关联案件）', '0', '0', '—', '0', '50.00'],
    ]);
    expect(t.total).toEqual(['合计', '3', '2', '66.67%', '1', '3,850.01']);
  });

  it('by month: twelve months with a running total that ends at the year total', () => {
    const t = subtotalTable('month', b);
    expect(t.rows).toHaveLength(12);
    expect(t.rows[0]).toEqual(['1月', '1', '1,000.00', '1,000.00', '6.67%']);
    expect(t.rows[2]).toEqual(['3月', '2', '2,800.01', '3,800.01', '25.33%']);
    expect(t.rows[11]?.[3]).toBe('3,850.01');
    expect(t.total).toEqual(['合计', '4', '3,850.01', '3,850.01', '25.67%']);
  });

  it('by 资金来源: budget, spending, execution rate and share of spending', () => {
    expect(subtotalTable('source', b).rows).toEqual([
      ['本年财政拨款', '3', '10,000.00', '850.00', '8.50%', '22.08%'],
      ['其他资金', '1', '5,000.00', '3,000.01', '60.00%', '77.92%'],
    ]);
  });
});

describe('subtotalTable(source, breakdowns) with a 其中：中央和省级补助 line', () => {
  it('shows the part under its whole, whose row holds its payments; the 合计 counts them once', () => {
    const lines = [
      budgetLine(10_000_00),
      budgetLine(4_000_00, { source: '中央', category: '中央和省级补助' }),
    ];
    const paid = [payment(1_000_00), payment(3_000_00, { source: '中央' })];
    const cut = breakdowns(2024, [], paid, lines, caseLinks([], paid), placeSources(lines).places);
    expect(cut.annualBudgetFen).toBe(10_000_00);
    const t = subtotalTable('source', cut);
    expect(t.rows).toEqual([
      ['本年财政拨款', '2', '10,000.00', '4,000.00', '40.00%', '100.00%'],
      ['\u3000\u3000其中：中央', '1', '4,000.00', '3,000.00', '75.00%', '75.00%'],
    ]);
    expect(t.total).toEqual(['合计', '2', '10,000.00', '4,000.00', '40.00%', '100.00%']);
  });
});

describe('chartSpec(kind, breakdowns, wan)', () => {
  it('draws the same numbers the data table prints (monthly, in 万元)', () => {
    const spec = chartSpec('monthly', b, 2);
    expect(spec.series.map((s) => s.label)).toEqual(['当月拨付', '累计拨付', '全年预算数']);
    expect(spec.series[1]?.values[11]).toBe(0.385001);
    expect(spec.table.rows[11]?.[3]).toBe('3,850.01');
    expect(spec.series[2]?.values.every((v) => v === 1.5)).toBe(true);
  });

  it('stacks resolved and unresolved cases per unit, leaving out groups without cases', () => {
    const spec = chartSpec('units', b, 2);
    expect(spec.labels).toEqual(['城关街道', '东湖街道']);
    expect(spec.series.map((s) => s.values)).toEqual([
      [2, 0],
      [0, 1],
    ]);
  });

  it('counts cases per 化解状态 with their shares', () => {
    expect(chartSpec('status', b, 2).table.rows).toEqual([
      ['已化解', '2', '66.67%'],
      ['化解中', '1', '33.33%'],
      ['未化解', '0', '0.00%'],
    ]);
  });
});

describe('subtotalKindsOf(report)', () => {
  it('lists every kind for a project-year with a case ledger', () => {
    expect(subtotalKindsOf({})).toEqual(['unit', 'category', 'month', 'source']);
  });

  it('leaves out the case subtotals without cases.csv', () => {
    expect(subtotalKindsOf({ noCaseLedger: true })).toEqual(['month', 'source']);
  });
});
