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
import type { SourcePlace, StandardSource } from './standard-funding.ts';
import { linePayments, placeSources, standardFundingRows } from './standard-funding.ts';
import { REPORT_SCHEMA_VERSION } from './report-schema.ts';
import { scoreIndicator } from './indicator-score.ts';
import { formatYuan } from '../base/money.ts';
import { quote } from '../privacy/echo.ts';
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
  /** project.yaml's 资金来源对应: the standard row of a source budget.csv does not classify. */
  fundingSources?: Readonly<Record<string, StandardSource>>;
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

/**
 * Builds the funding block from the budget lines and the payments per source. `places` (from
 * placeSources) puts each line under a standard row; a 其中：中央和省级补助 line's payments count in
 * the 本年财政拨款 line it is part of as well, and its amounts in no total again.
 */
export function fundingBlock(
  budget: readonly BudgetLine[],
  payments: readonly PaymentRecord[],
  places: readonly SourcePlace[] = placeSources(budget).places,
): FundingBlock {
  const spent = new Map<string, number>();
  for (const p of payments) spent.set(p.source, (spent.get(p.source) ?? 0) + p.amount);
  const rate = (executed: number, annual: number) =>
    annual === 0 ? null : new Fraction(executed, annual).valueOf();
  const paid = linePayments(budget, places, spent);
  const lines = budget.map((b, i) => {
    const executed = paid[i] ?? 0;
    const partOf = places[i]?.partOf;
    const whole = partOf === undefined ? undefined : budget[partOf];
    return {
      source: b.source,
      initialBudget: b.initialBudget ?? 0,
      annualBudget: b.annualBudget,
      executed,
      executionRate: rate(executed, b.annualBudget),
      ...(whole ? { partOf: whole.source } : {}),
    };
  });
  const wholes = lines.filter((l) => l.partOf === undefined);
  const sum = (pick: (l: (typeof lines)[number]) => number) =>
    wholes.reduce((s, l) => s + pick(l), 0);
  // 年初预算数 is shown only when every line states it; a partial column would not add up.
  const noInitial = budget.some((b) => b.initialBudget === undefined);
  const annual = sum((l) => l.annualBudget);
  const executed = sum((l) => l.executed);
  const total = {
    initialBudget: sum((l) => l.initialBudget),
    annualBudget: annual,
    executed,
    executionRate: rate(executed, annual),
  };
  const points = new Fraction(FUNDING_POINTS);
  const amounts = [...lines, total];
  return {
    lines,
    total,
    executionRate: rate(executed, annual),
    standard: standardFundingRows(lines, places, total),
    ...(noInitial ? { noInitialBudget: true as const } : {}),
    wanDecimals: exactWanDecimals(
      amounts.flatMap((a) => [a.initialBudget, a.annualBudget, a.executed]),
    ),
    points: FUNDING_POINTS,
    score: annual === 0 ? 0 : round2(scoreFunding(new Fraction(executed, annual), points)),
  };
}

/**
 * A 其中 line that paid out more than the whole line it is part of (possible only where that
 * line's own payments are net corrections): located at the 其中 line.
 */
function partsOverWhole(
  budget: readonly BudgetLine[],
  funding: FundingBlock,
  file: string,
): Problem[] {
  return funding.lines.flatMap((l, i) => {
    const whole = funding.lines.find((w) => w.source === l.partOf);
    if (!whole || l.executed <= whole.executed) return [];
    return [
      {
        file,
        line: budget[i]?.line ?? 0,
        column: '全年执行数',
        severity: 'error' as const,
        message: `其中：中央和省级补助${quote(l.source)}的全年执行数 ${formatYuan(l.executed)} 元，大于它所属的本年财政拨款${quote(whole.source)}的 ${formatYuan(whole.executed)} 元（含其中数）；请核对资金拨付明细中这两个资金来源的拨付和冲减`,
      },
    ];
  });
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

  const budgetFile = `${input.dir}/budget.csv`;
  const placed = placeSources(input.budget, input.fundingSources, budgetFile);
  const funding = fundingBlock(input.budget, input.payments, placed.places);
  const problems: Problem[] = [
    ...placed.problems,
    ...partsOverWhole(input.budget, funding, budgetFile),
  ];
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
