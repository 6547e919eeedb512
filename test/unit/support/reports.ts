/**
 * Reports for the tests of what compares reports (year over year, the diff command): small ones
 * written out by hand, and the sample's reviewed golden files.
 */
import { readFileSync } from 'node:fs';
import { exactWanDecimals } from '../../../src/lib/base/money.ts';
import { reportFromJson } from '../../../src/lib/model/report-json.ts';
import type { FundingLine, IndicatorResult, Report } from '../../../src/lib/model/report-schema.ts';

export function indicatorResult(over: Partial<IndicatorResult> = {}): IndicatorResult {
  return {
    level1: '产出指标',
    level2: '数量指标',
    name: '化解信访积案数',
    direction: '≥',
    target: 100,
    unit: '件',
    points: 20,
    measure: '已化解件数',
    actual: 100,
    score: 20,
    manual: false,
    met: true,
    reason: null,
    line: 2,
    ...over,
  };
}

/** A funding line in 分; the rate is executed ÷ annual. */
export function fundingLine(source: string, annual: number, executed: number): FundingLine {
  return {
    source,
    initialBudget: annual,
    annualBudget: annual,
    executed,
    executionRate: annual === 0 ? null : executed / annual,
  };
}

/** A report with the given lines (totals summed), measures and indicators. */
export function report(
  over: {
    year?: number;
    lines?: FundingLine[];
    measures?: Record<string, number | null>;
    indicators?: IndicatorResult[];
    totalScore?: number;
    grade?: Report['grade'];
    fundingScore?: number;
  } = {},
): Report {
  const lines = over.lines ?? [fundingLine('本年财政拨款', 1_000_000, 900_000)];
  const sum = (pick: (l: FundingLine) => number) => lines.reduce((s, l) => s + pick(l), 0);
  const annual = sum((l) => l.annualBudget);
  const executed = sum((l) => l.executed);
  const rate = annual === 0 ? null : executed / annual;
  return {
    schemaVersion: 1,
    year: over.year ?? 2024,
    project: { slug: 'demo', name: '示例项目' },
    rows: { cases: 10, spending: 10, budget: lines.length, indicators: 1 },
    measures: over.measures ?? { 已化解件数: 100, 化解率: 0.9, 资金支出总额: executed },
    timelyDays: 90,
    funding: {
      lines,
      total: {
        initialBudget: sum((l) => l.initialBudget),
        annualBudget: annual,
        executed,
        executionRate: rate,
      },
      executionRate: rate,
      wanDecimals: exactWanDecimals(
        [
          ...lines,
          { initialBudget: sum((l) => l.initialBudget), annualBudget: annual, executed },
        ].flatMap((l) => [l.initialBudget, l.annualBudget, l.executed]),
      ),
      points: 10,
      score: over.fundingScore ?? 9,
    },
    indicators: over.indicators ?? [indicatorResult()],
    totalScore: over.totalScore ?? 92,
    grade: over.grade ?? '优',
  };
}

/** The sample's golden report.json of a project-year, read as the model holds it (money in 分). */
export function golden(year: number, slug: string): Report {
  const url = new URL(`../../golden/${year}-${slug}.report.json`, import.meta.url);
  return reportFromJson(JSON.parse(readFileSync(url, 'utf8'))) as Report;
}
