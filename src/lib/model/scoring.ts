/**
 * Scoring rules of the 项目支出绩效自评表, as provincial finance systems configure them
 * (performance-evaluation.md §3). Every function is pure and exact: values are fractions, and
 * only the final score is rounded, half-up to 0.01.
 */
import Fraction from 'fraction.js';
import type { Direction, QualitativeGrade } from '../schema/indicators.ts';
import type { Grade } from './report-schema.ts';

/** Points of the funding block (预算执行率); the indicators carry the other 90. */
export const FUNDING_POINTS = 10;
export const TOTAL_POINTS = 100;

type Value = Fraction;

const ZERO = new Fraction(0);

function clamp(score: Value, points: Value): Value {
  if (score.compare(ZERO) < 0) return ZERO;
  return score.compare(points) > 0 ? points : score;
}

/**
 * ≥ (positive): actual ≥ target → full points; else actual ÷ target × points.
 * A target of 0 is met by any actual ≥ 0.
 */
export function scorePositive(actual: Value, target: Value, points: Value): Value {
  if (actual.compare(target) >= 0) return points;
  if (target.compare(ZERO) <= 0) return ZERO;
  return clamp(actual.div(target).mul(points), points);
}

/**
 * ≤ (reverse): actual ≤ target → full; target < actual < 2 × target →
 * (1 − (actual − target) ÷ target) × points; actual ≥ 2 × target → 0.
 * A target of 0 gives full points only when actual ≤ 0.
 */
export function scoreReverse(actual: Value, target: Value, points: Value): Value {
  if (actual.compare(target) <= 0) return points;
  if (target.compare(ZERO) <= 0) return ZERO;
  if (actual.compare(target.mul(2)) >= 0) return ZERO;
  return clamp(new Fraction(1).sub(actual.sub(target).div(target)).mul(points), points);
}

/** = (equality): scored like a positive indicator; with a target of 0, full only if actual ≤ 0. */
export function scoreEqual(actual: Value, target: Value, points: Value): Value {
  if (target.equals(ZERO)) return actual.compare(ZERO) <= 0 ? points : ZERO;
  return scorePositive(actual, target, points);
}

/** The rule for a quantitative direction. */
export function scoreByRule(
  direction: Exclude<Direction, '定性'>,
  actual: Value,
  target: Value,
  points: Value,
): Value {
  switch (direction) {
    case '≥':
      return scorePositive(actual, target, points);
    case '≤':
      return scoreReverse(actual, target, points);
    case '=':
      return scoreEqual(actual, target, points);
  }
}

/**
 * A range target (`90%-100%`): inside [low, high] → full points; below, scored as a positive
 * indicator against low; above, as a reverse indicator against high.
 */
export function scoreRange(actual: Value, low: Value, high: Value, points: Value): Value {
  if (actual.compare(low) < 0) return scorePositive(actual, low, points);
  if (actual.compare(high) > 0) return scoreReverse(actual, high, points);
  return points;
}

/** Whether a value lies inside a range target, both ends included. */
export function inRange(actual: Value, low: Value, high: Value): boolean {
  return actual.compare(low) >= 0 && actual.compare(high) <= 0;
}

/**
 * An indicator scored by judgement against words (`有效`, `持续改善`) counts as met when its
 * score reaches the 达成 band (80 % of 分值), as a qualitative one graded 达成 would.
 */
export function isJudgedMet(score: Value, points: Value): boolean {
  return score.mul(100).compare(points.mul(GRADE_BANDS.达成[0])) >= 0;
}

/**
 * 不适用 indicators are dropped and the rest rescaled to 100 (财预〔2020〕10号 practice): the
 * factor 100 ÷ (100 − dropped points), exact.
 */
export function rescaleFactor(droppedPoints: Value): Value {
  const kept = new Fraction(TOTAL_POINTS).sub(droppedPoints);
  return kept.compare(ZERO) <= 0 ? ZERO : new Fraction(TOTAL_POINTS).div(kept);
}

/** Whether a quantitative indicator reached its target (= is met like ≥, or at 0 by ≤ 0). */
export function isMet(
  direction: Exclude<Direction, '定性'>,
  actual: Value,
  target: Value,
): boolean {
  switch (direction) {
    case '≥':
      return actual.compare(target) >= 0;
    case '≤':
      return actual.compare(target) <= 0;
    case '=':
      return target.equals(ZERO) ? actual.compare(ZERO) <= 0 : actual.compare(target) >= 0;
  }
}

/** A qualitative indicator is met only when graded 达成. */
export function isQualitativeMet(grade: QualitativeGrade): boolean {
  return grade === '达成';
}

/** The share of 分值, in %, that the evaluator's score of each qualitative grade must lie in. */
export const GRADE_BANDS: Record<QualitativeGrade, readonly [number, number]> = {
  达成: [80, 100],
  部分达成: [60, 80],
  未达成: [0, 60],
};

/**
 * Whether a qualitative score lies in its grade's band of `points` (which must be above 0).
 * Exact rational comparison keeps the band edges (60 %, 80 %) inclusive.
 */
export function inGradeBand(grade: QualitativeGrade, score: Value, points: Value): boolean {
  const [lo, hi] = GRADE_BANDS[grade];
  const share = score.mul(100).div(points);
  return share.compare(lo) >= 0 && share.compare(hi) <= 0;
}

/** 预算执行率 block: min(rate × points, points). */
export function scoreFunding(rate: Value, points: Value): Value {
  return clamp(rate.mul(points), points);
}

/** Half-up to two decimals, as a plain number (9.825 → 9.83). */
export function round2(value: Value): number {
  return value.round(2).valueOf();
}

/** 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below. */
export function gradeOf(total: number): Grade {
  if (total >= 90) return '优';
  if (total >= 80) return '良';
  if (total >= 60) return '中';
  return '差';
}
