/**
 * Year-over-year comparisons as the tables show them: last year's value, this year's, the change
 * and the relative change, each as text, with the verdict that colours the change. The
 * components only lay these rows out.
 */
import type { MeasureKind } from '../model/measures.ts';
import type { Change, Verdict } from '../model/change.ts';
import type { FundingRow, IndicatorRow, MeasureRow, YearOverYear } from '../model/yoy.ts';
import Fraction from 'fraction.js';
import { formatWan, formatYuan } from '../base/money.ts';
import {
  exactWanDecimals,
  formatCount,
  formatNumber,
  formatPercent,
  formatPointsChange,
  formatRelativeChange,
  signedChange,
  formatScore,
  toFixedExact,
} from './format.ts';
import { unitValueText } from './figures.ts';

/** One line of a comparison table. */
export interface YoyRow {
  /** The line or indicator the row belongs to (merged down the first column). */
  group?: string;
  label: string;
  previous: string;
  current: string;
  /** `+12件`, `-0.52个百分点`, `持平`, or `—`. */
  delta: string;
  /** `+4.65%`, or `—` when there is nothing to divide by. */
  relative: string;
  verdict: Verdict | null;
  /** Why the values are not compared. */
  note?: string;
}

/** How a value is written: a count with its unit, a rate, 分 shown in 万元, a score, a unit. */
export type ValueFormat =
  | { kind: 'count'; unit: string }
  | { kind: 'rate' }
  | { kind: 'money' }
  | { kind: 'score' }
  | { kind: 'unit'; unit: string | null };

const DASH = '—';

/** Decimals of 万元 that show both years' amounts exactly. */
function wanDecimals(change: Change): 2 | 4 | 6 {
  return exactWanDecimals([change.previous, change.current].filter((v) => v !== null));
}

/**
 * An amount in 万元 at the decimals that keep it exact; one that needs all six (an amount with
 * 分, such as a cost per case) reads better in 元.
 */
function moneyText(fen: number, wan: 2 | 4 | 6): string {
  return wan === 6 ? `${formatYuan(fen)}元` : `${formatWan(fen, wan)}万元`;
}

/** A value as the comparison tables write it: `270件`, `92.47%`, `768.70万元`, `97.91分`. */
export function valueText(
  value: number | null,
  format: ValueFormat,
  wan: 2 | 4 | 6 = exactWanDecimals(value === null ? [] : [value]),
): string {
  if (value === null) return DASH;
  switch (format.kind) {
    case 'count':
      return `${formatCount(value)}${format.unit}`;
    case 'rate':
      return formatPercent(value);
    case 'money':
      return moneyText(value, wan);
    case 'score':
      return `${formatScore(value)}分`;
    case 'unit':
      return `${unitValueText(value, format.unit)}${format.unit ?? ''}`;
  }
}

/**
 * An exact change written for a comparison table, rounded once: a count with its unit, a rate in
 * 个百分点, an amount in 万元 at the table's decimals (else 元), a score, a value in an
 * indicator's unit (个百分点 for %). Signed: `+12件`, `-0.52个百分点`.
 */
export function changeFigureText(delta: Fraction, format: ValueFormat, wan: 2 | 4 | 6 = 2): string {
  switch (format.kind) {
    case 'count':
      return signedChange(`${formatNumber(delta)}${format.unit}`, delta);
    case 'rate':
      return formatPointsChange(delta);
    case 'money':
      return signedChange(moneyText(delta.round(0).valueOf(), wan), delta);
    case 'score':
      return signedChange(`${toFixedExact(delta, 2)}分`, delta);
    case 'unit':
      return format.unit === '%'
        ? formatPointsChange(delta.div(100))
        : signedChange(`${unitValueText(delta, format.unit)}${format.unit ?? ''}`, delta);
  }
}

/**
 * A value as the table rounds it for display (rates as fractions 0–1 at two decimals of a
 * percent, indicator values and scores at two decimals); undefined where the display is exact
 * (counts, money at the decimals that keep it exact).
 */
function shown(value: number, format: ValueFormat): Fraction | undefined {
  if (format.kind === 'rate')
    return new Fraction(toFixedExact(new Fraction(String(value)).mul(100), 2)).div(100);
  if (format.kind === 'unit' || format.kind === 'score')
    return new Fraction(toFixedExact(value, 2));
  return undefined;
}

/**
 * The change as text: `+12件`, `-0.52个百分点` (rates), `+61.45万元`, `持平`, or `—`. It is the
 * difference of the two values as the table shows them, so that the row adds up on paper
 * (2.74万元 → 2.85万元 is +0.11万元, though the exact difference rounds to 0.10).
 */
export function deltaText(change: Change, format: ValueFormat): string {
  if (change.exact === null) return DASH;
  if (change.trend === 'same') return '持平';
  const before = change.previous === null ? undefined : shown(change.previous, format);
  const after = change.current === null ? undefined : shown(change.current, format);
  const delta = before && after ? after.sub(before) : change.exact.delta;
  if (delta.equals(0)) return '持平';
  return changeFigureText(delta, format, wanDecimals(change));
}

/** The relative change: `+4.65%`, `持平`, or `—`. */
export function relativeText(change: Change): string {
  if (change.trend === 'same') return '持平';
  const relative = change.exact?.relative ?? null;
  return relative === null ? DASH : formatRelativeChange(relative);
}

/** The word for a verdict, for readers who cannot see the colour (and for paper). */
export function verdictWord(verdict: Verdict | null): string {
  return verdict === 'better' ? '向好' : verdict === 'worse' ? '变差' : '';
}

function row(
  label: string,
  change: Change,
  format: ValueFormat,
  group?: string,
  note?: string,
): YoyRow {
  const wan = format.kind === 'money' ? wanDecimals(change) : undefined;
  return {
    ...(group === undefined ? {} : { group }),
    label,
    previous: valueText(change.previous, format, wan),
    current: valueText(change.current, format, wan),
    delta: deltaText(change, format),
    relative: relativeText(change),
    verdict: change.verdict,
    ...(note === undefined ? {} : { note }),
  };
}

function measureFormat(kind: MeasureKind, unit: string | undefined): ValueFormat {
  return kind === 'count' ? { kind: 'count', unit: unit ?? '件' } : { kind };
}

/** One row per measure. */
export function measureRows(measures: readonly MeasureRow[]): YoyRow[] {
  return measures.map((m) => row(m.name, m.change, measureFormat(m.kind, m.unit)));
}

/** 全年预算数, 全年执行数 and 执行率 of the 年度资金总额 and of each 资金来源. */
export function fundingRows(funding: readonly FundingRow[]): YoyRow[] {
  return funding.flatMap((f) => {
    const group = f.source ?? '年度资金总额';
    const note = !f.inPrevious ? '上年无此资金来源' : !f.inCurrent ? '本年无此资金来源' : undefined;
    return [
      row('全年预算数', f.annualBudget, { kind: 'money' }, group, note),
      row('全年执行数', f.executed, { kind: 'money' }, group, note),
      row('执行率', f.executionRate, { kind: 'rate' }, group, note),
    ];
  });
}

const INCOMPARABLE: Record<NonNullable<IndicatorRow['incomparable']>, string> = {
  new: '上年无此指标',
  dropped: '本年无此指标',
  unit: '两年度量单位不同，不作比较',
  direction: '两年指标性质不同，不作比较',
};

/** 实际完成值 and 得分 of each indicator. */
export function indicatorRows(indicators: readonly IndicatorRow[]): YoyRow[] {
  return indicators.flatMap((i) => {
    const note = i.incomparable ? INCOMPARABLE[i.incomparable] : undefined;
    const unit = (i.current ?? i.previous)?.unit ?? null;
    let actual: YoyRow;
    if (i.grade) {
      actual = {
        group: i.name,
        label: '实际完成值',
        previous: i.grade.previous ?? DASH,
        current: i.grade.current ?? DASH,
        delta:
          i.grade.previous === i.grade.current
            ? '持平'
            : i.grade.verdict === 'better'
              ? '等级提高'
              : i.grade.verdict === 'worse'
                ? '等级下降'
                : DASH,
        relative: DASH,
        verdict: i.grade.verdict,
      };
    } else if (i.actual) {
      actual = row('实际完成值', i.actual, { kind: 'unit', unit }, i.name);
    } else {
      const text = (r: IndicatorRow['current']) =>
        r === undefined || r.actual === null
          ? DASH
          : typeof r.actual === 'number'
            ? valueText(r.actual, { kind: 'unit', unit: r.unit })
            : r.actual;
      actual = {
        group: i.name,
        label: '实际完成值',
        previous: text(i.previous),
        current: text(i.current),
        delta: DASH,
        relative: DASH,
        verdict: null,
        ...(note === undefined ? {} : { note }),
      };
    }
    return [actual, row('得分', i.score, { kind: 'score' }, i.name, note)];
  });
}

/** The score lines: 总分, 预算执行得分 and 等级. */
export function scoreRows(yoy: YearOverYear): YoyRow[] {
  const g = yoy.grade;
  return [
    row('自评总分', yoy.totalScore, { kind: 'score' }),
    row('预算执行得分', yoy.fundingScore, { kind: 'score' }),
    {
      label: '评价等级',
      previous: g.previous,
      current: g.current,
      delta: g.previous === g.current ? '持平' : `${g.previous} → ${g.current}`,
      relative: DASH,
      verdict: g.verdict,
    },
  ];
}

/** One sentence on the score: `较2023年度（95.20分，优）提高2.71分，等级不变。` */
export function scoreSentence(yoy: YearOverYear): string {
  const t = yoy.totalScore;
  const before = `较${yoy.previousYear}年度（${valueText(t.previous, { kind: 'score' })}，${yoy.grade.previous}）`;
  const moved =
    t.trend === 'same' || t.delta === null
      ? '持平'
      : `${t.trend === 'up' ? '提高' : '下降'}${formatScore(Math.abs(t.delta))}分`;
  const grade =
    yoy.grade.previous === yoy.grade.current
      ? '等级不变'
      : `等级由“${yoy.grade.previous}”变为“${yoy.grade.current}”`;
  return `${before}${moved}，${grade}。`;
}
