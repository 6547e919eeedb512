/**
 * A project-year's records → its report: measures, the funding block, every indicator scored,
 * the total and the grade. Problems that only show once values are computed (a shortfall with
 * no 偏差原因, a measure in the wrong unit) are returned located, like the reader's.
 */
import Fraction from 'fraction.js';
import { exactWanDecimals } from '../base/money.ts';
import type { Problem } from '../base/problems.ts';
import type { BudgetLine } from '../schema/budget.ts';
import type { CaseRecord } from '../schema/cases.ts';
import type { IndicatorRecord } from '../schema/indicators.ts';
import type { PaymentRecord } from '../schema/spending.ts';
import type { CaseLinks } from './links.ts';
import type { MeasureDef } from './measures.ts';
import { computeMeasures, DEFAULT_TIMELY_DAYS, MEASURES } from './measures.ts';
import type { FundingBlock, Report } from './report-schema.ts';
import { REPORT_SCHEMA_VERSION } from './report-schema.ts';
import { scoreIndicator } from './indicator-score.ts';
import { FUNDING_POINTS, gradeOf, rescaleFactor, round2, scoreFunding } from './scoring.ts';

export interface ReportInput {
  year: number;
  slug: string;
  name: string;
  /** Folder of the project-year, for messages: `data/2024/jiean-huajie`. */
  dir: string;
  cases: readonly CaseRecord[];
  payments: readonly PaymentRecord[];
  /** caseLinks(cases, payments), worked out once where the project-year is loaded. */
  links: CaseLinks;
  budget: readonly BudgetLine[];
  indicators: readonly IndicatorRecord[];
  timelyDays?: number;
  /** False when the project-year has no cases.csv: its case measures are left out. */
  hasCases?: boolean;
}

/** Money as the model holds it: whole 分, a fraction of a 分 rounded half-up. */
function wholeFen(fen: Fraction): number {
  return fen.round(0).valueOf();
}

/** A measure's value as the report holds it: count, unrounded rate, or whole 分. */
export function measureValue(def: MeasureDef, value: Fraction | undefined): number | null {
  if (value === undefined) return null;
  return def.kind === 'money' ? wholeFen(value) : value.valueOf();
}

/** A measure exactly, as the report's `exact` holds it: `n/d` in the unit of `measures`. */
export function exactMeasureText(value: Fraction | undefined): string | null {
  return value === undefined ? null : value.toFraction();
}

/** Builds the funding block from the budget lines and the payments per source. */
export function fundingBlock(
  budget: readonly BudgetLine[],
  payments: readonly PaymentRecord[],
): FundingBlock {
  const spent = new Map<string, number>();
  for (const p of payments) spent.set(p.source, (spent.get(p.source) ?? 0) + p.amount);
  const rate = (executed: number, annual: number) =>
    annual === 0 ? null : new Fraction(executed, annual).valueOf();
  const lines = budget.map((b) => {
    const executed = spent.get(b.source) ?? 0;
    return {
      source: b.source,
      initialBudget: b.initialBudget ?? 0,
      annualBudget: b.annualBudget,
      executed,
      executionRate: rate(executed, b.annualBudget),
    };
  });
  const sum = (pick: (b: BudgetLine) => number) => budget.reduce((s, b) => s + pick(b), 0);
  const initial = sum((b) => b.initialBudget ?? 0);
  // 年初预算数 is shown only when every line states it; a partial column would not add up.
  const noInitial = budget.some((b) => b.initialBudget === undefined);
  const annual = sum((b) => b.annualBudget);
  const executed = budget.reduce((s, b) => s + (spent.get(b.source) ?? 0), 0);
  const points = new Fraction(FUNDING_POINTS);
  const amounts = [...lines, { initialBudget: initial, annualBudget: annual, executed }];
  return {
    lines,
    total: {
      initialBudget: initial,
      annualBudget: annual,
      executed,
      executionRate: rate(executed, annual),
    },
    executionRate: rate(executed, annual),
    ...(noInitial ? { noInitialBudget: true as const } : {}),
    wanDecimals: exactWanDecimals(
      amounts.flatMap((a) => [a.initialBudget, a.annualBudget, a.executed]),
    ),
    points: FUNDING_POINTS,
    score: annual === 0 ? 0 : round2(scoreFunding(new Fraction(executed, annual), points)),
  };
}

/** Measures, funding block, every indicator scored (see indicator-score.ts), total and grade. */
export function buildReport(input: ReportInput): { report: Report; problems: Problem[] } {
  const file = `${input.dir}/indicators.csv`;
  const timelyDays = input.timelyDays ?? DEFAULT_TIMELY_DAYS;
  const values = computeMeasures({ ...input, timelyDays });
  const measures: Record<string, number | null> = {};
  const exactMeasures: Record<string, string | null> = {};
  const hasCases = input.hasCases ?? true;
  for (const def of MEASURES) {
    if (def.fromCases && !hasCases) continue;
    measures[def.name] = measureValue(def, values.get(def.name));
    exactMeasures[def.name] = exactMeasureText(values.get(def.name));
  }

  const funding = fundingBlock(input.budget, input.payments);
  const problems: Problem[] = [];
  const indicators = input.indicators.map((ind) => {
    const scored = scoreIndicator(ind, values, file, input.year);
    problems.push(...scored.problems);
    return scored.result;
  });

  // Sum of the rounded scores, added as exact decimals (each score has two decimals at most).
  const total = indicators.reduce(
    (sum, i) => sum.add(i.score.toFixed(2)),
    new Fraction(funding.score.toFixed(2)),
  );
  const dropped = indicators
    .filter((i) => i.notApplicable)
    .reduce((sum, i) => sum.add(i.points), new Fraction(0));
  const factor = rescaleFactor(dropped);
  const rescale = dropped.equals(0)
    ? undefined
    : { droppedPoints: dropped.valueOf(), factor: factor.toFraction(), rawScore: total.valueOf() };
  const totalScore = rescale ? round2(total.mul(factor)) : total.valueOf();
  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    year: input.year,
    project: { slug: input.slug, name: input.name },
    rows: {
      cases: input.cases.length,
      spending: input.payments.length,
      budget: input.budget.length,
      indicators: input.indicators.length,
    },
    ...(hasCases ? {} : { noCaseLedger: true as const }),
    measures,
    timelyDays,
    funding,
    indicators,
    totalScore,
    ...(rescale ? { rescale } : {}),
    grade: gradeOf(totalScore),
    exact: { measures: exactMeasures },
  };
  return { report, problems };
}
