/**
 * The exact values every change between two reports is computed from, so that one change shows
 * the same wherever it is written (the compare page, the report page, `npm run diff`):
 *
 * - a measure: the report's `exact.measures` (a fraction `n/d`, money in 分), else — the
 *   report.json of an older build — the number `measures` holds;
 * - an indicator bound to a measure (计算口径): that measure's exact value in the indicator's unit,
 *   not the actual value rounded to 0.01 — so 件均化解资金 changes by the same relative amount in
 *   主要数据 and in 绩效指标;
 * - anything else (amounts in 分, scores, a hand-entered actual value): the number as written.
 */
import Fraction from 'fraction.js';
import { measureByName } from './measures.ts';
import { inUnit } from './indicator-score.ts';

/** A double as the exact decimal it prints as: 0.3 is 3/10, not the nearest double's fraction. */
export function decimal(value: number): Fraction {
  const text = String(value);
  return /e/i.test(text) ? new Fraction(value) : new Fraction(text);
}

/** An exact value as report.json writes it: `n` or `n/d`. */
export const FRACTION_TEXT = /^-?\d{1,30}(\/[1-9]\d{0,29})?$/;

/**
 * The parts of a report the exact values come from: the model's, or a report.json of any build
 * read loosely and brought to 分 (report-json.ts).
 */
export interface ExactSource {
  measures?: Record<string, number | null | undefined>;
  exact?: { measures?: Record<string, string | null | undefined> } | undefined;
}

/** A measure exactly (rates 0–1, money in 分, counts); null when it has no value. */
export function exactMeasure(report: ExactSource, name: string): Fraction | null {
  const text = report.exact?.measures?.[name];
  if (typeof text === 'string' && FRACTION_TEXT.test(text)) return new Fraction(text);
  if (text === null) return null;
  const value = report.measures?.[name];
  return typeof value === 'number' && Number.isFinite(value) ? decimal(value) : null;
}

/** A measure's exact value in an indicator's unit (as report.ts converts it); null otherwise. */
export function measureInUnit(
  report: ExactSource,
  measure: string,
  unit: string | null,
): Fraction | null {
  const def = measureByName(measure);
  const value = exactMeasure(report, measure);
  if (def === undefined || value === null) return null;
  const converted = inUnit(def, value, unit ?? undefined);
  return typeof converted === 'string' ? null : converted;
}

/** The parts of an indicator result the exact actual value comes from. */
export interface ExactIndicator {
  actual: number | string | null;
  measure: string | null;
  unit: string | null;
}

/**
 * An indicator's actual value exactly: its 计算口径's exact value in its unit when it has one,
 * else the number as written; null for a 定性 grade or a missing value.
 */
export function exactActual(report: ExactSource, indicator: ExactIndicator): Fraction | null {
  if (typeof indicator.actual !== 'number') return null;
  if (indicator.measure !== null) {
    const bound = measureInUnit(report, indicator.measure, indicator.unit);
    if (bound !== null) return bound;
  }
  return decimal(indicator.actual);
}
