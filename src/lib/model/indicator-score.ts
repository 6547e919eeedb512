/**
 * One indicator of indicators.csv → its result: the actual value (entered, or computed from its
 * 计算口径 in the indicator's unit), whether it is met, and its score by rule or by hand. Problems
 * that only show once values are computed (a shortfall with no 偏差原因, a measure in the wrong
 * unit, an entered value the measure contradicts) are returned located on the indicator's line.
 */
import Fraction from 'fraction.js';
import type { Problem } from '../base/problems.ts';
import { deadlineMet } from '../schema/indicator-forms.ts';
import type { IndicatorRecord } from '../schema/indicators.ts';
import type { MeasureDef } from './measures.ts';
import { measureByName } from './measures.ts';
import type { IndicatorResult } from './report-schema.ts';
import {
  inRange,
  isJudgedMet,
  isMet,
  isQualitativeMet,
  round2,
  scoreByRule,
  scoreRange,
} from './scoring.ts';

export const COUNT_UNITS = ['件', '人', '个', '户', '次', '人次', '项', '家'];

/**
 * A measure expressed in an indicator's unit: a rate in %, money (分) in 元 or 万元, a count as
 * is. Returns a message when the unit does not fit the measure.
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
        : `计算口径“${def.name}”是件数或人数，度量单位应为 ${def.unit}`;
  }
}

/**
 * scoreIndicator(ind, values, file, year): the indicator's result and its problems, located in
 * `file` (the project-year's indicators.csv). `values` are the computed measures (money in 分);
 * `year` is the report's, in which a deadline written without a year (`12月底前`) falls.
 */
export function scoreIndicator(
  ind: IndicatorRecord,
  values: ReadonlyMap<string, Fraction | undefined>,
  file: string,
  year: number,
): { result: IndicatorResult; problems: Problem[] } {
  const problems: Problem[] = [];
  const error = (column: string, message: string) =>
    problems.push({ file, line: ind.line, column, message, severity: 'error' });
  const requireReason = (met: boolean, detail: string) => {
    if (!met && ind.reason === undefined) {
      error(
        '偏差原因分析及改进措施',
        `指标“${ind.name}”未达到年度指标值（${detail}），必须填写偏差原因分析及改进措施`,
      );
    }
  };

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
  const done = (fields: Pick<IndicatorResult, 'target' | 'actual' | 'score' | 'met'>) => ({
    result: {
      ...base,
      ...fields,
      manual: manual || ind.direction === '定性',
      reason: ind.reason ?? null,
      line: ind.line,
    },
    problems,
  });
  if (ind.notApplicable) {
    return {
      result: {
        ...base,
        target: ind.target,
        actual: ind.actual,
        score: 0,
        manual: false,
        met: true,
        reason: ind.reason ?? null,
        line: ind.line,
        notApplicable: true,
      },
      problems,
    };
  }
  if (ind.direction === '定性') {
    const grade = ind.actual ?? '未达成';
    const met = isQualitativeMet(grade);
    requireReason(met, `评价结果为“${grade}”`);
    const score = round2(new Fraction(ind.manualScore ?? '0'));
    return done({ target: ind.target, actual: grade, score, met });
  }
  const form = ind.form;
  if (form.kind === 'deadline' || form.kind === 'onTime') {
    const actual = ind.actual;
    const met =
      actual === '是' ||
      (actual !== undefined &&
        actual !== '否' &&
        deadlineMet(form, { kind: 'date', date: actual }, year));
    if (actual !== undefined) requireReason(met, `实际完成值 ${actual}，年度指标值 ${ind.target}`);
    const score = manual ? new Fraction(ind.manualScore ?? '0') : met ? points : new Fraction(0);
    return done({ target: ind.target, actual: actual ?? null, score: round2(score), met });
  }
  if (form.kind === 'text') {
    const score = new Fraction(ind.manualScore ?? '0');
    const met = isJudgedMet(score, points);
    requireReason(met, `评价得分 ${round2(score)} 分，低于分值的 80%`);
    return done({ target: ind.target, actual: ind.actual ?? null, score: round2(score), met });
  }
  const range: [Fraction, Fraction] | null =
    form.kind === 'range' ? [new Fraction(form.low), new Fraction(form.high)] : null;
  const target = new Fraction(form.kind === 'number' ? form.value : '0');
  let actual: Fraction | undefined =
    ind.actual === undefined ? undefined : new Fraction(ind.actual);
  if (ind.measure !== undefined) {
    const def = measureByName(ind.measure);
    const value = values.get(ind.measure);
    if (def === undefined) {
      actual = undefined; // Reported by the cross-file check.
    } else if (value === undefined) {
      error('计算口径', `计算口径“${def.name}”无法计算：分母为 0（${def.definition}）`);
      actual = undefined;
    } else {
      const converted = inUnit(def, value, ind.unit);
      if (typeof converted === 'string') {
        error('度量单位', converted);
        actual = undefined;
      } else {
        if (ind.actual !== undefined && round2(converted) !== round2(new Fraction(ind.actual))) {
          error(
            '实际完成值',
            `填写的 ${ind.actual} 与按计算口径“${def.name}”算出的 ${round2(converted)} 不一致；请留空，由站点根据台账计算`,
          );
        }
        actual = converted;
      }
    }
  }
  const met =
    actual !== undefined &&
    (range ? inRange(actual, range[0], range[1]) : isMet(ind.direction, actual, target));
  let ruleScore = new Fraction(0);
  if (actual !== undefined) {
    ruleScore = range
      ? scoreRange(actual, range[0], range[1], points)
      : scoreByRule(ind.direction, actual, target, points);
  }
  const score = manual ? new Fraction(ind.manualScore ?? '0') : ruleScore;
  if (actual !== undefined) {
    requireReason(
      met,
      `实际完成值 ${round2(actual)}${ind.unit ?? ''}，年度指标值 ${range ? ind.target : `${ind.direction}${ind.target}${ind.unit ?? ''}`}`,
    );
    if (
      !range &&
      met &&
      ind.direction === '≥' &&
      !target.equals(0) &&
      actual.compare(target.mul(13, 10)) >= 0 &&
      ind.reason === undefined
    ) {
      problems.push({
        file,
        line: ind.line,
        column: '年度指标值',
        message: `指标“${ind.name}”实际完成值超过年度指标值的 130%，指标值可能设定偏低；可在偏差原因分析中说明`,
        severity: 'warning',
      });
    }
  }
  return done({
    target: range ? ind.target : target.valueOf(),
    actual: actual === undefined ? null : round2(actual),
    score: round2(score),
    met,
  });
}
