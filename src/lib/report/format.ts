/**
 * Display formats, applied only at the edge. Money arrives as integer 分 and is written by
 * base/money.ts (元 with separators, 万元 at a project-year's decimals); here are the rest:
 * changes, rates as percentages with two decimals rounded half-up from the exact value, scores,
 * counts and dates.
 */
import Fraction from 'fraction.js';
import { formatYuan } from '../base/money.ts';

/** Thousands separators in the integer part only: `1234567.1234` → `1,234,567.1234`. */
function group(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * A double as an exact fraction of what it prints as: report.json numbers are written and read
 * as decimals, so 1234567.125 is that decimal, not the nearest small-denominator fraction.
 */
function exact(value: number | Fraction): Fraction {
  if (value instanceof Fraction) return value;
  const text = String(value);
  return /e/i.test(text) ? new Fraction(value) : new Fraction(text);
}

/** A value rounded half-up to exactly `decimals` places, as text: 9.6 → `9.60`. */
export function toFixedExact(value: number | Fraction, decimals: number): string {
  const f = exact(value);
  const scaled = f.mul(10 ** decimals).round(0);
  const negative = scaled.s < 0n && scaled.n !== 0n;
  const digits = scaled.n.toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = decimals === 0 ? '' : `.${digits.slice(digits.length - decimals)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** A fraction 0–1 (exact, or a double holding one) → `93.33%`, half-up. */
export function formatPercent(rate: number | Fraction | null | undefined, decimals = 2): string {
  if (rate === null || rate === undefined) return '—';
  const f = exact(rate);
  return `${toFixedExact(f.mul(100), decimals)}%`;
}

/** a ÷ b as a percentage, exact; `—` when b is 0. */
export function formatRatio(numerator: number, denominator: number, decimals = 2): string {
  return denominator === 0 ? '—' : formatPercent(new Fraction(numerator, denominator), decimals);
}

/** A plain number with up to `decimals` places, trailing zeros dropped: 4.5, 270, 93.33. */
export function formatNumber(value: number | Fraction | null | undefined, decimals = 2): string {
  if (value === null || value === undefined) return '—';
  return group(exact(value).round(decimals).toString());
}

/** `+` before a change above zero; a change below zero keeps its `-`; zero has no sign. */
export function signedChange(text: string, change: Fraction): string {
  return change.s > 0n && change.n !== 0n ? `+${text}` : text;
}

/**
 * A change of a rate (fractions 0–1) in 个百分点: the exact difference × 100, rounded half-up
 * once to `decimals` places: `+0.35个百分点`.
 */
export function formatPointsChange(delta: Fraction, decimals = 2): string {
  return signedChange(`${toFixedExact(delta.mul(100), decimals)}个百分点`, delta);
}

/** A relative change (an exact fraction), as a signed percentage: `+4.65%`. */
export function formatRelativeChange(relative: Fraction): string {
  return signedChange(formatPercent(relative), relative);
}

/** A change of an amount in 分 (exact), in 元 to the 分: `-3,000.00元`. */
export function formatYuanChange(delta: Fraction): string {
  return signedChange(`${formatYuan(delta.round(0).valueOf())}元`, delta);
}

/** A score, always with two decimals: `9.61`. */
export function formatScore(value: number): string {
  return toFixedExact(value, 2);
}

/** Whole counts with separators: `1,234`. */
export function formatCount(value: number): string {
  return group(String(value));
}

/** `2024-03-05` → `2024年3月5日`. */
export function formatDateCn(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** `2024-03` → `3月`. */
export function formatMonth(month: string): string {
  return `${Number(month.slice(5, 7))}月`;
}

/** Decimal places as a reader writes them in a note: `两`, `四`, `六` (else the digits). */
export function decimalsCn(decimals: number): string {
  return (
    ({ 1: '一', 2: '两', 3: '三', 4: '四', 6: '六' } as Record<number, string>)[decimals] ??
    String(decimals)
  );
}
