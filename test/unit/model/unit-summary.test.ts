import { describe, expect, it } from 'vitest';
import type { UnitProjectInput } from '../../../src/lib/model/unit-summary.ts';
import { exactWanDecimals } from '../../../src/lib/base/money.ts';
import { unitSummary } from '../../../src/lib/model/unit-summary.ts';
import { unitSummarySchema } from '../../../src/lib/model/unit-schema.ts';

/** A project's report as far as the summary reads it: total budget and spending in 分, score. */
function project(
  slug: string,
  annualBudget: number,
  executed: number,
  totalScore: number,
  grade: '优' | '良' | '中' | '差',
): UnitProjectInput {
  const total = { initialBudget: annualBudget, annualBudget, executed, executionRate: null };
  return {
    slug,
    report: {
      project: { slug, name: `项目${slug}` },
      funding: {
        lines: [],
        total,
        executionRate: null,
        wanDecimals: exactWanDecimals([annualBudget, executed]),
        points: 10,
        score: 10,
      },
      totalScore,
      grade,
    },
  };
}

describe('unitSummary(year, projects)', () => {
  // 信访积案化解 8,000,000.00 元 / 7,686,979.00 元; 信访救助 571,500.00 元 / 571,500.00 元
  const summary = unitSummary(2024, [
    project('a', 800_000_000, 768_697_900, 97.91, '优'),
    project('b', 57_150_000, 57_150_000, 97, '优'),
  ]);

  it('keeps one row per project in the order given, each with its own rate', () => {
    expect(summary.projects.map((p) => [p.slug, p.name, p.executionRate])).toEqual([
      ['a', '项目a', 768_697_900 / 800_000_000],
      ['b', '项目b', 1],
    ]);
  });

  it('totals money in whole 分 and the rate over the totals, not the mean of the rates', () => {
    // 800,000,000 + 57,150,000 = 857,150,000 分 = 857.15 万元 (the seed's “涉及资金” form)
    expect(summary.total).toEqual({
      count: 2,
      annualBudget: 857_150_000,
      executed: 825_847_900,
      executionRate: 825_847_900 / 857_150_000,
      grades: { 优: 2, 良: 0, 中: 0, 差: 0 },
    });
    expect(summary.total.executionRate).not.toBe((768_697_900 / 800_000_000 + 1) / 2);
  });

  it('keeps each project-year its own 万元 decimals and takes the most of them for the unit', () => {
    // 7,686,979.00 元 is 768.6979 万元 (four); 571,500.00 元 is 57.15 万元 (two).
    expect(summary.projects.map((p) => p.wanDecimals)).toEqual([4, 2]);
    expect(summary.wanDecimals).toBe(4);
    // 68,814.37 元 needs six decimals in 万元; 68,814.00 元 four; 300,000.00 元 two.
    const two = unitSummary(2024, [project('a', 30_000_000, 30_000_000, 95, '优')]);
    expect(two.wanDecimals).toBe(2);
    const mixed = unitSummary(2024, [
      project('a', 30_000_000, 30_000_000, 95, '优'),
      project('b', 6_881_400, 6_881_400, 95, '优'),
    ]);
    expect([mixed.projects.map((p) => p.wanDecimals), mixed.wanDecimals]).toEqual([[2, 4], 4]);
    const six = unitSummary(2024, [
      project('b', 6_881_400, 6_881_400, 95, '优'),
      project('c', 6_881_437, 6_881_437, 95, '优'),
      project('a', 30_000_000, 30_000_000, 95, '优'),
    ]);
    expect(six.wanDecimals).toBe(6);
  });

  it('gives a null rate over a zero budget (a project with no money yet)', () => {
    const s = unitSummary(2024, [project('z', 0, 0, 90, '优')]);
    expect(s.projects[0]?.executionRate).toBeNull();
    expect(s.total.executionRate).toBeNull();
  });

  it('counts grades of every kind', () => {
    const s = unitSummary(2024, [
      project('a', 1, 1, 95, '优'),
      project('b', 1, 1, 85, '良'),
      project('c', 1, 1, 59, '差'),
      project('d', 1, 1, 61, '中'),
      project('e', 1, 1, 91, '优'),
    ]);
    expect(s.total.grades).toEqual({ 优: 2, 良: 1, 中: 1, 差: 1 });
  });

  it('produces what its schema accepts', () => {
    expect(unitSummarySchema.parse(summary)).toEqual(summary);
  });

  it('refuses no projects (the caller reports it, located)', () => {
    expect(() => unitSummary(2024, [])).toThrow('2024 年度没有项目');
  });
});

describe('unitSummary(year, projects) 资金来源', () => {
  it('gives each project its 资金来源 with their own amounts and rates, a 其中 line marked', () => {
    const input = project('c', 30_000, 29_000, 95, '优');
    const line = (source: string, annualBudget: number, executed: number, partOf?: string) => ({
      source,
      initialBudget: annualBudget,
      annualBudget,
      executed,
      executionRate: null,
      ...(partOf === undefined ? {} : { partOf }),
    });
    input.report.funding.lines = [
      line('本年财政拨款', 20_000, 19_000),
      line('中央', 5_000, 5_000, '本年财政拨款'),
      line('上年结转资金', 10_000, 10_000),
      line('其他资金', 0, 0),
    ];
    const [row] = unitSummary(2024, [input]).projects;
    expect(row?.sources).toEqual([
      { source: '本年财政拨款', annualBudget: 20_000, executed: 19_000, executionRate: 0.95 },
      {
        source: '中央',
        annualBudget: 5_000,
        executed: 5_000,
        executionRate: 1,
        partOf: '本年财政拨款',
      },
      { source: '上年结转资金', annualBudget: 10_000, executed: 10_000, executionRate: 1 },
      { source: '其他资金', annualBudget: 0, executed: 0, executionRate: null },
    ]);
    expect(unitSummarySchema.safeParse(unitSummary(2024, [input])).success).toBe(true);
  });
});
