/**
 * One value in two years: the exact difference, the relative change, which way it moved and
 * whether that is good — the primitive every year-over-year row and every diff is made of — and
 * the ranks that make grades comparable.
 */
import type Fraction from 'fraction.js';
import { QUALITATIVE_GRADES } from '../schema/indicators.ts';
import type { Direction } from '../schema/indicators.ts';
import { decimal } from './exact.ts';
import type { MeasureBetter } from './measures.ts';
import type { Grade } from './report-schema.ts';
import { GRADES } from './report-schema.ts';

/** Which way a rise is good: `none` where a rise is neither good nor bad in itself. */
export type Better = MeasureBetter;
/** Which way the value moved. */
export type Trend = 'up' | 'down' | 'same';
/** Whether the move is good (`better`), bad (`worse`), or neither. */
export type Verdict = 'better' | 'worse' | 'neutral';

/** One value in two years. */
export interface Change {
  previous: number | null;
  current: number | null;
  /** current − previous (from the exact values); null when either value is missing. */
  delta: number | null;
  /** delta ÷ |previous|; null when previous is 0 or either value is missing. */
  relative: number | null;
  trend: Trend | null;
  verdict: Verdict | null;
  /**
   * The change exactly, from the exact values (see exact.ts): every text of this change is
   * rounded once from these, so it reads the same in every table, sentence and diff.
   */
  exact: { delta: Fraction; relative: Fraction | null } | null;
}

type Exact = Fraction | null;

/** The verdict of a move in the given good direction. */
export function verdictOf(trend: Trend, better: Better): Verdict {
  if (trend === 'same' || better === 'none') return 'neutral';
  return trend === better ? 'better' : 'worse';
}

/**
 * change(previous, current, better) pairs two values: the difference, the relative change, the
 * direction and whether it is good. Missing values (null) give nulls, never a made-up change.
 */
export function change(
  previous: number | null,
  current: number | null,
  better: Better,
  exact?: readonly [Exact, Exact],
): Change {
  const before = exact ? exact[0] : previous === null ? null : decimal(previous);
  const now = exact ? exact[1] : current === null ? null : decimal(current);
  if (previous === null || current === null || before === null || now === null) {
    return {
      previous,
      current,
      delta: null,
      relative: null,
      trend: null,
      verdict: null,
      exact: null,
    };
  }
  const diff = now.sub(before);
  const trend: Trend = diff.n === 0n ? 'same' : diff.s < 0n ? 'down' : 'up';
  const relative = before.n === 0n ? null : diff.div(before.abs());
  return {
    previous,
    current,
    delta: diff.valueOf(),
    relative: relative === null ? null : relative.valueOf(),
    trend,
    verdict: verdictOf(trend, better),
    exact: { delta: diff, relative },
  };
}

/** The good direction of an indicator: up for ≥, = and 定性 (a better grade); down for ≤. */
export function indicatorBetter(direction: Direction): Better {
  return direction === '≤' ? 'down' : 'up';
}

/** 达成 2, 部分达成 1, 未达成 0: qualitative grades compared by rank. */
export function qualitativeRank(grade: string): number | null {
  const i = (QUALITATIVE_GRADES as readonly string[]).indexOf(grade);
  return i < 0 ? null : QUALITATIVE_GRADES.length - 1 - i;
}

/** 优 3 … 差 0: grades compared by rank. */
export function gradeRank(grade: Grade): number {
  return GRADES.length - 1 - GRADES.indexOf(grade);
}
