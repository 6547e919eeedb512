/**
 * Year over year: a project-year's measures, funding lines, indicators and score beside the same
 * project's of the year before, each paired by change.ts. Pure, on two reports as the model holds
 * them (money in 分), so the report page, the comparison page and the tests all compare the same
 * way. It only ever looks backwards: the caller passes last year's report, never a later one.
 */
import type Fraction from 'fraction.js';
import type { WanDecimals } from '../base/money.ts';
import type { Better, Change, Verdict } from './change.ts';
import { change, gradeRank, indicatorBetter, qualitativeRank } from './change.ts';
import { exactActual, exactMeasure } from './exact.ts';
import type { MeasureKind } from './measures.ts';
import { MEASURES, measuresWith } from './measures.ts';
import type { FundingLine, Grade, IndicatorResult, Report } from './report-schema.ts';

/** A measure in both years. */
export interface MeasureRow {
  name: string;
  kind: MeasureKind;
  /** Unit of a count (件, 人). */
  unit?: '件' | '人';
  better: Better;
  change: Change;
}

/** A funding line (a 资金来源, or the 年度资金总额 when `source` is null) in both years. */
export interface FundingRow {
  source: string | null;
  /** The line exists in this year's budget / last year's budget. */
  inCurrent: boolean;
  inPrevious: boolean;
  annualBudget: Change;
  executed: Change;
  executionRate: Change;
}

/** An indicator in both years, matched by its name (三级指标). */
export interface IndicatorRow {
  name: string;
  level1: IndicatorResult['level1'];
  current?: IndicatorResult;
  previous?: IndicatorResult;
  /**
   * Why the actual values are not compared: the indicator is new or dropped, or its unit or
   * 指标性质 changed (a number in 件 and one in % say nothing about each other).
   */
  incomparable?: 'new' | 'dropped' | 'unit' | 'direction';
  /** Actual values, for quantitative indicators in the same unit. */
  actual?: Change;
  /** The two actual values exactly (see exact.ts), with `actual`: 万元 is written from these. */
  actualExact?: { previous: Fraction; current: Fraction };
  /** Qualitative grades, compared by rank. */
  grade?: { previous: string | null; current: string | null; verdict: Verdict | null };
  score: Change;
}

/**
 * The 万元 decimals of the two years compared: each year's money is written as that year's own
 * tables and prose write it (its report.funding.wanDecimals).
 */
export interface WanPair {
  previous: WanDecimals;
  current: WanDecimals;
}

/** wanPair(previous, current): the two reports' 万元 decimals. */
export function wanPair(previous: Report, current: Report): WanPair {
  return { previous: previous.funding.wanDecimals, current: current.funding.wanDecimals };
}

export interface YearOverYear {
  year: number;
  previousYear: number;
  /** Each year's 万元 decimals. */
  wanDecimals: WanPair;
  measures: MeasureRow[];
  /** The 年度资金总额 first, then this year's sources, then sources only last year had. */
  funding: FundingRow[];
  /** This year's indicators in table order, then indicators only last year had. */
  indicators: IndicatorRow[];
  totalScore: Change;
  fundingScore: Change;
  grade: { previous: Grade; current: Grade; verdict: Verdict };
}

/**
 * The measures either year has, in definition order; only those named in `names` when given
 * (see mainMeasures).
 */
export function measureChanges(
  previous: Report,
  current: Report,
  names?: readonly string[],
): MeasureRow[] {
  return MEASURES.filter(
    (m) =>
      (m.name in current.measures || m.name in previous.measures) &&
      (names === undefined || names.includes(m.name)),
  ).map((m) => ({
    name: m.name,
    kind: m.kind,
    ...(m.unit ? { unit: m.unit } : {}),
    better: m.better,
    change: change(previous.measures[m.name] ?? null, current.measures[m.name] ?? null, m.better, [
      exactMeasure(previous, m.name),
      exactMeasure(current, m.name),
    ]),
  }));
}

/** Measures the funding block stands for (their `funding` role), listed in 主要数据 whatever the indicators use. */
export const FUNDING_MEASURES: readonly string[] = measuresWith('funding');

/**
 * mainMeasures(reports, chosen): the measures 主要数据 lists, in definition order — those
 * project.yaml's 主要数据 names, else those the reports' indicators use as 计算口径 plus the
 * funding measures. A measure no report has is left out.
 */
export function mainMeasures(reports: readonly Report[], chosen?: readonly string[]): string[] {
  const wanted = new Set(
    chosen ?? [
      ...reports.flatMap((r) => r.indicators.flatMap((i) => (i.measure ? [i.measure] : []))),
      ...FUNDING_MEASURES,
    ],
  );
  return MEASURES.filter(
    (m) => wanted.has(m.name) && reports.some((r) => m.name in r.measures),
  ).map((m) => m.name);
}

type Amounts = Omit<FundingLine, 'source'>;

function fundingRow(
  source: string | null,
  previous: Amounts | undefined,
  current: Amounts | undefined,
): FundingRow {
  // Budget and spending in themselves are neither good nor bad; the execution rate is.
  return {
    source,
    inCurrent: current !== undefined,
    inPrevious: previous !== undefined,
    annualBudget: change(previous?.annualBudget ?? null, current?.annualBudget ?? null, 'none'),
    executed: change(previous?.executed ?? null, current?.executed ?? null, 'none'),
    executionRate: change(previous?.executionRate ?? null, current?.executionRate ?? null, 'up'),
  };
}

/** The 年度资金总额 and every 资金来源 of either year, matched by source. */
export function fundingChanges(previous: Report, current: Report): FundingRow[] {
  const before = new Map(previous.funding.lines.map((l) => [l.source, l]));
  const now = new Set(current.funding.lines.map((l) => l.source));
  return [
    fundingRow(null, previous.funding.total, current.funding.total),
    ...current.funding.lines.map((l) => fundingRow(l.source, before.get(l.source), l)),
    ...previous.funding.lines
      .filter((l) => !now.has(l.source))
      .map((l) => fundingRow(l.source, l, undefined)),
  ];
}

function indicatorRow(
  previous: IndicatorResult | undefined,
  current: IndicatorResult | undefined,
  reports: { previous: Report; current: Report },
): IndicatorRow {
  const any = (current ?? previous) as IndicatorResult;
  const better = indicatorBetter(any.direction);
  const row: IndicatorRow = {
    name: any.name,
    level1: any.level1,
    // A score is always better higher, whatever the indicator's direction.
    score: change(previous?.score ?? null, current?.score ?? null, 'up'),
  };
  if (current) row.current = current;
  if (previous) row.previous = previous;
  if (!previous || !current) {
    row.incomparable = previous ? 'dropped' : 'new';
    return row;
  }
  if (previous.direction !== current.direction) {
    row.incomparable = 'direction';
    return row;
  }
  if (current.direction === '定性') {
    const p = typeof previous.actual === 'string' ? previous.actual : null;
    const c = typeof current.actual === 'string' ? current.actual : null;
    const rankOf = (g: string | null) => (g === null ? null : qualitativeRank(g));
    const rank = change(rankOf(p), rankOf(c), 'up');
    row.grade = { previous: p, current: c, verdict: rank.verdict };
    return row;
  }
  if (previous.unit !== current.unit) {
    row.incomparable = 'unit';
    return row;
  }
  const value = (i: IndicatorResult) => (typeof i.actual === 'number' ? i.actual : null);
  const before = exactActual(reports.previous, previous);
  const now = exactActual(reports.current, current);
  row.actual = change(value(previous), value(current), better, [before, now]);
  if (before !== null && now !== null) row.actualExact = { previous: before, current: now };
  return row;
}

/** Indicators of both years matched by name: this year's in order, then dropped ones. */
export function indicatorChanges(previous: Report, current: Report): IndicatorRow[] {
  const before = new Map(previous.indicators.map((i) => [i.name, i]));
  const now = new Set(current.indicators.map((i) => i.name));
  const reports = { previous, current };
  return [
    ...current.indicators.map((i) => indicatorRow(before.get(i.name), i, reports)),
    ...previous.indicators
      .filter((i) => !now.has(i.name))
      .map((i) => indicatorRow(i, undefined, reports)),
  ];
}

/**
 * yearOverYear(previous, current, chosen): everything the report compares with the year before;
 * `chosen` is project.yaml's 主要数据 (see mainMeasures).
 */
export function yearOverYear(
  previous: Report,
  current: Report,
  chosen?: readonly string[],
): YearOverYear {
  const rank = change(gradeRank(previous.grade), gradeRank(current.grade), 'up');
  return {
    year: current.year,
    previousYear: previous.year,
    wanDecimals: wanPair(previous, current),
    measures: measureChanges(previous, current, mainMeasures([previous, current], chosen)),
    funding: fundingChanges(previous, current),
    indicators: indicatorChanges(previous, current),
    totalScore: change(previous.totalScore, current.totalScore, 'up'),
    fundingScore: change(previous.funding.score, current.funding.score, 'up'),
    grade: {
      previous: previous.grade,
      current: current.grade,
      verdict: rank.verdict ?? 'neutral',
    },
  };
}
