/**
 * Figure values as the diff writes them: amounts (分) exact in 元, rates as percentages, scores with
 * two decimals — and, where two different values would print the same (a rate that moved by
 * less than 0.005%), with as many more decimals as it takes to tell them apart.
 */
import Fraction from 'fraction.js';
import { formatYuan } from '../base/money.ts';
import {
  formatCount,
  formatNumber,
  formatPercent,
  formatScore,
  formatPointsChange,
  formatYuanChange,
  signedChange,
  toFixedExact,
} from '../report/format.ts';
import { unitValueText } from '../report/figures.ts';

/** Written where a build does not have the figure at all. */
export type FigureFormat =
  | { kind: 'count'; unit: string }
  | { kind: 'rate' }
  | { kind: 'money' }
  | { kind: 'score' }
  | { kind: 'points' }
  | { kind: 'unit'; unit: string | null }
  | { kind: 'text' }
  | { kind: 'flag'; yes: string; no: string };

export type FigureValue = number | string | boolean | null;

export const ABSENT = '（无）';

function decimal(value: number): Fraction {
  const text = String(value);
  return /e/i.test(text) ? new Fraction(value) : new Fraction(text);
}

function numberText(value: number, format: FigureFormat, extra: number): string {
  switch (format.kind) {
    case 'count':
      return `${formatCount(value)}${format.unit}`;
    case 'rate':
      return formatPercent(value, 2 + extra);
    case 'money':
      return `${formatYuan(value)}元`;
    case 'score':
      return `${extra === 0 ? formatScore(value) : toFixedExact(value, 2 + extra)}分`;
    case 'points':
      return `${formatNumber(value, 2 + extra)}分`;
    case 'unit':
      return `${extra === 0 ? unitValueText(value, format.unit) : toFixedExact(value, 2 + extra)}${format.unit ?? ''}`;
    case 'text':
    case 'flag':
      return formatNumber(value, 2 + extra);
  }
}

/** One value as text; `extra` decimals beyond the usual two where a format has decimals. */
export function valueText(value: FigureValue | undefined, format: FigureFormat, extra = 0): string {
  if (value === undefined) return ABSENT;
  if (value === null) return '—';
  if (typeof value === 'boolean') {
    return format.kind === 'flag' ? (value ? format.yes : format.no) : value ? '是' : '否';
  }
  if (typeof value === 'string') return value === '' ? '（空）' : value;
  return numberText(value, format, extra);
}

/**
 * pairText(old, new, format): both values as text, with enough decimals that two different
 * numbers never print the same (up to six more).
 */
export function pairText(
  old: FigureValue | undefined,
  now: FigureValue | undefined,
  format: FigureFormat,
): [string, string] {
  for (let extra = 0; ; extra++) {
    const pair: [string, string] = [valueText(old, format, extra), valueText(now, format, extra)];
    if (pair[0] !== pair[1] || extra >= 6 || typeof old !== 'number' || typeof now !== 'number') {
      return pair;
    }
  }
}

/**
 * The change of a number, signed: `-3,000.00元`, `-0.52个百分点`, `+3件`; undefined otherwise.
 * Computed from the exact values when both builds give them (report.json's `exact`, a measure
 * behind an indicator), so it reads as the compare page writes the same change.
 */
export function changeText(
  old: FigureValue | undefined,
  now: FigureValue | undefined,
  format: FigureFormat,
  exacts?: [Fraction | null | undefined, Fraction | null | undefined],
): string | undefined {
  if (typeof old !== 'number' || typeof now !== 'number') return undefined;
  const [before, after] = exacts ?? [];
  const delta =
    before instanceof Fraction && after instanceof Fraction
      ? after.sub(before)
      : decimal(now).sub(decimal(old));
  switch (format.kind) {
    case 'rate': {
      const text = formatPointsChange(delta);
      return /^[+-]?0\.00个/.test(text) ? formatPointsChange(delta, 6) : text;
    }
    case 'unit':
      return format.unit === '%'
        ? formatPointsChange(delta.div(100))
        : signedChange(`${unitValueText(delta, format.unit)}${format.unit ?? ''}`, delta);
    case 'text':
    case 'flag':
      return undefined;
    case 'money':
      return formatYuanChange(delta);
    case 'score':
      return signedChange(`${toFixedExact(delta, 2)}分`, delta);
    case 'count':
    case 'points':
      return signedChange(numberText(delta.valueOf(), format, 0), delta);
  }
}
