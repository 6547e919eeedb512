/**
 * Year-over-year comparisons as the tables show them: last year's value, this year's, the change
 * and the relative change, each as text, with the verdict that colours the change. The
 * components only lay these rows out.
 */
import type { MeasureKind } from '../model/measures.ts';
import type { Change, Verdict } from '../model/change.ts';
import type { FundingRow, IndicatorRow, MeasureRow, WanPair, YearOverYear } from '../model/yoy.ts';
import Fraction from 'fraction.js';
import { formatWan } from '../base/money.ts';
import type { WanDecimals } from '../base/money.ts';
import {
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

/** Which year of a comparison a value belongs to. */
export type Side = keyof WanPair;

/**
 * How a value is written: a count with its unit, a rate, 分 shown in 万元 at each year's
 * decimals, a score, a value in an indicator's unit.
 */
export type ValueFormat =
  | { kind: 'count'; unit: string }
  | { kind: 'rate' }
  | { kind: 'money'; wan: WanPair }
  | { kind: 'score' }
  | { kind: 'unit'; unit: string | null };

const DASH = '—';

/** An amount in 分 as 万元 at `decimals`: `768.6979万元`. */
function moneyText(fen: number, decimals: WanDecimals): string {
  return `${formatWan(fen, decimals)}万元`;
}

/**
 * A value as the comparison tables write it: `270件`, `92.47%`, `768.6979万元` (money at the
 * decimals of the year it belongs to), `97.91分`.
 */
export function valueText(
  value: number | null,
  format: ValueFormat,
  side: Side = 'current',
): string {
  if (value === null) return DASH;
  switch (format.kind) {
    case 'count':
      return `${formatCount(value)}${format.unit}`;
    case 'rate':
      return formatPercent(value);
    case 'money':
      return moneyText(value, format.wan[side]);
    case 'score':
      return `${formatScore(value)}分`;
    case 'unit':
      return `${unitValueText(value, format.unit)}${format.unit ?? ''}`;
  }
}

/** The decimals a change of money is written with: the more of the two years'. */
function changeDecimals(wan: WanPair): WanDecimals {
  return wan.previous > wan.current ? wan.previous : wan.current;
}

/**
 * An exact change written for a comparison table, rounded once: a count with its unit, a rate in
 * 个百分点, an amount in 万元 at the more decimals of the two years, a score, a value in an
 * indicator's unit (个百分点 for %). Signed: `+12件`, `-0.52个百分点`.
 */
export function changeFigureText(delta: Fraction, format: ValueFormat): string {
  switch (format.kind) {
    case 'count':
      return signedChange(`${formatNumber(delta)}${format.unit}`, delta);
    case 'rate':
      return formatPointsChange(delta);
    case 'money':
      return signedChange(moneyText(delta.round(0).valueOf(), changeDecimals(format.wan)), delta);
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
 * percent, indicator values and scores at two decimals, money in 分 at its year's 万元 decimals);
 * undefined where the display is exact (counts).
 */
function shown(value: number, format: ValueFormat, side: Side): Fraction | undefined {
  if (format.kind === 'rate')
    return new Fraction(toFixedExact(new Fraction(String(value)).mul(100), 2)).div(100);
  if (format.kind === 'unit' || format.kind === 'score')
    return new Fraction(toFixedExact(value, 2));
  if (format.kind === 'money')
    return new Fraction(formatWan(value, format.wan[side]).replace(/,/g, '')).mul(1_000_000);
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
  const before = change.previous === null ? undefined : shown(change.previous, format, 'previous');
  const after = change.current === null ? undefined : shown(change.current, format, 'current');
  const delta = before && after ? after.sub(before) : change.exact.delta;
  if (delta.equals(0)) return '持平';
  return changeFigureText(delta, format);
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
  return {
    ...(group === undefined ? {} : { group }),
    label,
    previous: valueText(change.previous, format, 'previous'),
    current: valueText(change.current, format, 'current'),
    delta: deltaText(change, format),
    relative: relativeText(change),
    verdict: change.verdict,
    ...(note === undefined ? {} : { note }),
  };
}

function measureFormat(kind: MeasureKind, unit: string | undefined, wan: WanPair): ValueFormat {
  if (kind === 'count') return { kind: 'count', unit: unit ?? '件' };
  return kind === 'money' ? { kind, wan } : { kind };
}

/** One row per measure; money at each year's 万元 decimals. */
export function measureRows(measures: readonly MeasureRow[], wan: WanPair): YoyRow[] {
  return measures.map((m) => row(m.name, m.change, measureFormat(m.kind, m.unit, wan)));
}

/**
 * 全年预算数, 全年执行数 and 执行率 of the 年度资金总额 and of each 资金来源; money at each year's
 * 万元 decimals.
 */
export function fundingRows(funding: readonly FundingRow[], wan: WanPair): YoyRow[] {
  return funding.flatMap((f) => {
    const group = f.source ?? '年度资金总额';
    const note = !f.inPrevious ? '上年无此资金来源' : !f.inCurrent ? '本年无此资金来源' : undefined;
    return [
      row('全年预算数', f.annualBudget, { kind: 'money', wan }, group, note),
      row('全年执行数', f.executed, { kind: 'money', wan }, group, note),
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

/**
 * 实际完成值 in 万元 as money: each year's exact value at that year's 万元 decimals, as its 自评表
 * writes it, and the change the difference of the two as shown.
 */
function wanActualRow(i: IndicatorRow, actual: Change, wan: WanPair): YoyRow | undefined {
  const exact = i.actualExact;
  if (exact === undefined) return undefined;
  const previous = toFixedExact(exact.previous, wan.previous);
  const current = toFixedExact(exact.current, wan.current);
  const delta = new Fraction(current).sub(new Fraction(previous));
  return {
    group: i.name,
    label: '实际完成值',
    previous: `${previous}万元`,
    current: `${current}万元`,
    delta: delta.equals(0)
      ? '持平'
      : signedChange(`${toFixedExact(delta, changeDecimals(wan))}万元`, delta),
    relative: relativeText(actual),
    verdict: actual.verdict,
  };
}

/** 实际完成值 and 得分 of each indicator; values in 万元 at each year's 万元 decimals. */
export function indicatorRows(indicators: readonly IndicatorRow[], wan: WanPair): YoyRow[] {
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
      actual =
        (unit === '万元' ? wanActualRow(i, i.actual, wan) : undefined) ??
        row('实际完成值', i.actual, { kind: 'unit', unit }, i.name);
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
