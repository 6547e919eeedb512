/**
 * Chart specs: plain data computed at build time from the subtotals, every number drawn the
 * number its data table prints (in 万元 or 件), for every kind of chart, with data or without.
 * (The monthly and per-unit details are in subtotals.test.ts, the trends in trends.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { breakdowns } from '../../../src/lib/model/breakdowns.ts';
import { caseLinks } from '../../../src/lib/model/links.ts';
import type { ChartKind } from '../../../src/lib/report/charts.ts';
import { CHART_TITLES, chartSpec, trendChartSpec } from '../../../src/lib/report/charts.ts';
import { budgetLine, kase, payment, resolved } from '../support/records.ts';

const KINDS = Object.keys(CHART_TITLES) as ChartKind[];
const cases = [
  resolved(10, { caseId: 'A', unit: '城关街道', category: '征地拆迁' }),
  resolved(10, { caseId: 'B', unit: '城关街道', category: '劳动社保' }),
  kase({ caseId: 'C', unit: '东湖街道', category: '征地拆迁', status: '化解中' }),
];
const payments = [
  payment(1_234_567, { caseId: 'A', date: '2024-02-15' }),
  payment(-100, { caseId: 'A', date: '2024-05-02' }),
  payment(7_654_321, { caseId: 'C', date: '2024-11-20', source: '其他资金' }),
];
const full = breakdowns(
  2024,
  cases,
  payments,
  [budgetLine(10_000_000), budgetLine(9_000_000, { source: '其他资金' })],
  caseLinks(cases, payments),
);
const empty = breakdowns(2024, [], [], [], caseLinks([], []));
/** A table cell as a number: `1,234.56` → 1234.56. */
const numberOf = (cell: string | undefined) => Number((cell ?? '').replace(/,/g, ''));

describe('chartSpec(kind, breakdowns, wan)', () => {
  it('has the five kinds of the report page, each titled in Chinese', () => {
    expect(KINDS).toEqual(['monthly', 'sources', 'units', 'categories', 'status']);
    for (const kind of KINDS) expect(chartSpec(kind, full, 2).title).toBe(CHART_TITLES[kind]);
  });

  it.each(KINDS)(
    '%s: one value per label in every series, a table row per label and 合计',
    (kind) => {
      const spec = chartSpec(kind, full, 2);
      expect(spec.labels.length).toBeGreaterThan(1);
      for (const s of spec.series) expect(s.values, s.label).toHaveLength(spec.labels.length);
      expect(spec.table.numeric).toHaveLength(spec.table.columns.length);
      for (const row of spec.table.rows) expect(row).toHaveLength(spec.table.columns.length);
      expect(spec.table.rows.length).toBe(spec.labels.length + (kind === 'status' ? 0 : 1));
      expect(spec.summary.length).toBeGreaterThan(0);
    },
  );

  it('draws each month’s payments as the table prints them, in 万元 to the 分', () => {
    const spec = chartSpec('monthly', full, 2);
    const drawn = spec.series[0]?.values ?? [];
    spec.table.rows.slice(0, 12).forEach((row, i) => {
      expect(drawn[i], row[0]).toBeCloseTo(numberOf(row[2]) / 10_000, 8);
    });
    expect(spec.summary).toBe('全年累计拨付 8.89 万元，全年预算数 19.00 万元。');
  });

  it('draws budget and execution per source as the table prints them', () => {
    const spec = chartSpec('sources', full, 2);
    expect(spec.labels).toEqual(['本年财政拨款', '其他资金']);
    expect(spec.series.map((s) => s.values)).toEqual([
      [10, 9],
      [1.234467, 7.654321],
    ]);
    expect(spec.summary).toBe('本年财政拨款支出 1.23 万元；其他资金支出 7.65 万元');
  });

  it('writes the summary’s money at the project-year’s 万元 decimals, as its tables do', () => {
    expect(chartSpec('sources', full, 6).summary).toBe(
      '本年财政拨款支出 1.234467 万元；其他资金支出 7.654321 万元',
    );
    expect(chartSpec('monthly', full, 4).summary).toBe(
      '全年累计拨付 8.8888 万元，全年预算数 19.0000 万元。',
    );
  });

  it('draws case counts per category, resolved stacked on unresolved', () => {
    const spec = chartSpec('categories', full, 2);
    expect(spec.type).toBe('bar');
    expect(spec.horizontal).toBe(true);
    expect(spec.labels).toEqual(['征地拆迁', '劳动社保']);
    expect(spec.series.map((s) => [s.label, s.stack, s.values])).toEqual([
      ['已化解', 'cases', [1, 1]],
      ['未化解（含化解中）', 'cases', [1, 0]],
    ]);
    expect(spec.summary).toBe('征地拆迁 2 件，劳动社保 1 件');
  });

  it.each(KINDS)('%s: draws a year without cases or payments without a NaN or a crash', (kind) => {
    const spec = chartSpec(kind, empty, 2);
    for (const s of spec.series) for (const v of s.values) expect(Number.isFinite(v)).toBe(true);
    expect(JSON.stringify(spec.table)).not.toMatch(/NaN|Infinity|undefined/);
    expect(spec.summary).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('trendChartSpec(name, value, points) for a count', () => {
  it('draws bars of the years it can, and writes “—” for the year it cannot', () => {
    const spec = trendChartSpec('已化解件数', { kind: 'count', unit: '件' }, [
      { year: 2022, value: 1_200 },
      { year: 2023, value: null },
      { year: 2024, value: 270 },
    ]);
    expect(spec.labels).toEqual(['2022年', '2024年']);
    expect(spec.series).toEqual([{ label: '已化解件数', draw: 'bar', values: [1_200, 270] }]);
    expect(spec.table.rows).toEqual([
      ['2022年度', '1,200'],
      ['2023年度', '—'],
      ['2024年度', '270'],
    ]);
    expect(spec.summary).toBe('2022年 1,200 件，2023年 —，2024年 270 件');
  });
});
