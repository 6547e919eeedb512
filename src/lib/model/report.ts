/**
 * A project-year's records → its report: measures, the funding block, every indicator scored,
 * the total and the grade. Problems that only show once values are computed (a shortfall with
 * no 偏差原因, a measure in the wrong unit) are returned located, like the reader's.
 */
import Fraction from 'fraction.js';
import type { Problem } from '../base/problems.ts';
import type { BudgetLine } from '../schema/budget.ts';
import type { CaseRecord } from '../schema/cases.ts';
import type { IndicatorRecord } from '../schema/indicators.ts';
import type { PaymentRecord } from '../schema/spending.ts';
import type { CaseLinks } from './links.ts';
import type { MeasureDef } from './measures.ts';
import { computeMeasures, DEFAULT_TIMELY_DAYS, measureByName, MEASURES } from './measures.ts';
import type { FundingBlock, IndicatorResult, Report } from './report-schema.ts';
import { REPORT_SCHEMA_VERSION } from './report-schema.ts';
import {
  FUNDING_POINTS,
  gradeOf,
  isMet,
  isQualitativeMet,
  round2,
  scoreByRule,
  scoreFunding,
} from './scoring.ts';

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
}

/** 分 → 元 as a number exact to the 分 (a fraction of a 分 is rounded half-up). */
export function fenToYuan(fen: Fraction | number): number {
  const f = typeof fen === 'number' ? new Fraction(fen) : fen;
  return f.round(0).div(100).valueOf();
}

/** A measure's value as report.json holds it: count, unrounded rate, or 元. */
export function measureValue(def: MeasureDef, value: Fraction | undefined): number | null {
  if (value === undefined) return null;
  switch (def.kind) {
    case 'count':
      return value.valueOf();
    case 'rate':
      return value.valueOf();
    case 'money':
      return fenToYuan(value);
  }
}

/** A measure exactly, as report.json's `exact` holds it: `n/d` in the unit of `measures`. */
export function exactMeasureText(def: MeasureDef, value: Fraction | undefined): string | null {
  if (value === undefined) return null;
  return (def.kind === 'money' ? value.div(100) : value).toFraction();
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
      initialBudget: fenToYuan(b.initialBudget),
      annualBudget: fenToYuan(b.annualBudget),
      executed: fenToYuan(executed),
      executionRate: rate(executed, b.annualBudget),
    };
  });
  const sum = (pick: (b: BudgetLine) => number) => budget.reduce((s, b) => s + pick(b), 0);
  const initial = sum((b) => b.initialBudget);
  const annual = sum((b) => b.annualBudget);
  const executed = budget.reduce((s, b) => s + (spent.get(b.source) ?? 0), 0);
  const points = new Fraction(FUNDING_POINTS);
  return {
    lines,
    total: {
      initialBudget: fenToYuan(initial),
      annualBudget: fenToYuan(annual),
      executed: fenToYuan(executed),
      executionRate: rate(executed, annual),
    },
    executionRate: rate(executed, annual),
    points: FUNDING_POINTS,
    score: annual === 0 ? 0 : round2(scoreFunding(new Fraction(executed, annual), points)),
  };
}

export const COUNT_UNITS = ['件', '人', '个', '户', '次', '人次', '项', '家'];

/**
 * A measure expressed in an indicator's unit: a rate in %, money in 元 or 万元, a count as is.
 * Returns a message when the unit does not fit the measure.
 */
export function inUnit(
  def: MeasureDef,
  value: Fraction,
  unit: string | undefined,
): Fraction | string {
  switch (def.kind) {
    case 'rate':
      return unit === '%' ? value.mul(100) : `计算口径“${def.name}”是比率，度量单位应为 %`;
    case 'money':
      if (unit === '元') return value.div(100);
      if (unit === '万元') return value.div(1_000_000);
      return `计算口径“${def.name}”是金额，度量单位应为 元 或 万元`;
    case 'count':
      return unit === undefined || COUNT_UNITS.includes(unit)
        ? value
        : `计算口径“${def.name}”是件数或人数，度量单位应为 ${def.unit ?? '件'}`;
  }
}

/** Scores every indicator and totals the table. */
export function buildReport(input: ReportInput): { report: Report; problems: Problem[] } {
  const file = `${input.dir}/indicators.csv`;
  const problems: Problem[] = [];
  const error = (line: number, column: string, message: string) =>
    problems.push({ file, line, column, message, severity: 'error' });
  const warn = (line: number, column: string, message: string) =>
    problems.push({ file, line, column, message, severity: 'warning' });

  const timelyDays = input.timelyDays ?? DEFAULT_TIMELY_DAYS;
  const values = computeMeasures({ ...input, timelyDays });
  const measures: Record<string, number | null> = {};
  const exactMeasures: Record<string, string | null> = {};
  for (const def of MEASURES) {
    measures[def.name] = measureValue(def, values.get(def.name));
    exactMeasures[def.name] = exactMeasureText(def, values.get(def.name));
  }

  const funding = fundingBlock(input.budget, input.payments);
  const indicators: IndicatorResult[] = input.indicators.map((ind) => {
    const points = new Fraction(ind.points);
    const manual = ind.manualScore !== undefined;
    const base = {
      level1: ind.level1,
      level2: ind.level2,
      name: ind.name,
      direction: ind.direction,
      unit: ind.unit ?? null,
      points: points.valueOf(),
      measure: ind.measure ?? null,
    };
    if (ind.direction === '定性') {
      const grade = ind.actual ?? '未达成';
      const met = isQualitativeMet(grade);
      requireReason(met, ind, `评价结果为“${grade}”`);
      return {
        ...base,
        target: ind.target,
        actual: grade,
        score: round2(new Fraction(ind.manualScore ?? '0')),
        manual: true,
        met,
        reason: ind.reason ?? null,
        line: ind.line,
      };
    }
    const target = new Fraction(ind.target);
    let actual: Fraction | undefined =
      ind.actual === undefined ? undefined : new Fraction(ind.actual);
    if (ind.measure !== undefined) {
      const def = measureByName(ind.measure);
      const value = values.get(ind.measure);
      if (def === undefined) {
        actual = undefined; // Reported by the cross-file check.
      } else if (value === undefined) {
        error(ind.line, '计算口径', `计算口径“${def.name}”无法计算：分母为 0（${def.definition}）`);
        actual = undefined;
      } else {
        const converted = inUnit(def, value, ind.unit);
        if (typeof converted === 'string') {
          error(ind.line, '度量单位', converted);
          actual = undefined;
        } else {
          if (ind.actual !== undefined && round2(converted) !== round2(new Fraction(ind.actual))) {
            error(
              ind.line,
              '实际完成值',
              `填写的 ${ind.actual} 与按计算口径“${def.name}”算出的 ${round2(converted)} 不一致；请留空，由站点根据台账计算`,
            );
          }
          actual = converted;
        }
      }
    }
    const met = actual !== undefined && isMet(ind.direction, actual, target);
    const ruleScore =
      actual === undefined ? new Fraction(0) : scoreByRule(ind.direction, actual, target, points);
    const score = manual ? new Fraction(ind.manualScore ?? '0') : ruleScore;
    if (actual !== undefined) {
      requireReason(
        met,
        ind,
        `实际完成值 ${round2(actual)}${ind.unit ?? ''}，年度指标值 ${ind.direction}${ind.target}${ind.unit ?? ''}`,
      );
      if (
        met &&
        ind.direction === '≥' &&
        !target.equals(0) &&
        actual.compare(target.mul(13, 10)) >= 0 &&
        ind.reason === undefined
      ) {
        warn(
          ind.line,
          '年度指标值',
          `指标“${ind.name}”实际完成值超过年度指标值的 130%，指标值可能设定偏低；可在偏差原因分析中说明`,
        );
      }
    }
    return {
      ...base,
      target: target.valueOf(),
      actual: actual === undefined ? null : round2(actual),
      score: round2(score),
      manual,
      met,
      reason: ind.reason ?? null,
      line: ind.line,
    };
  });

  function requireReason(met: boolean, ind: IndicatorRecord, detail: string): void {
    if (!met && ind.reason === undefined) {
      error(
        ind.line,
        '偏差原因分析及改进措施',
        `指标“${ind.name}”未达到年度指标值（${detail}），必须填写偏差原因分析及改进措施`,
      );
    }
  }

  // Sum of the rounded scores, added as exact decimals (each score has two decimals at most).
  const total = indicators.reduce(
    (sum, i) => sum.add(i.score.toFixed(2)),
    new Fraction(funding.score.toFixed(2)),
  );
  const totalScore = total.valueOf();
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
    measures,
    timelyDays,
    funding,
    indicators,
    totalScore,
    grade: gradeOf(totalScore),
    exact: { measures: exactMeasures },
  };
  return { report, problems };
}
