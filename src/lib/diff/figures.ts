/**
 * The figures that differ between two report.json files (their figures: report-figures.ts),
 * each with both values and the change as the summary writes them.
 */
import type Fraction from 'fraction.js';
import type { Figure } from './report-figures.ts';
import { reportFigures } from './report-figures.ts';
import type { FigureFormat, FigureValue } from './values.ts';
import { changeText, pairText } from './values.ts';

/** A figure that differs between two builds; `undefined` where one build does not have it. */
export interface FigureChange {
  key: string;
  group: string;
  name: string;
  old: FigureValue | undefined;
  new: FigureValue | undefined;
  format: FigureFormat;
  /** Both values as the summary writes them, with enough decimals to tell them apart. */
  oldText: string;
  newText: string;
  /** The change of a number, signed: `-3,000.00元`, `-0.52个百分点`. */
  change?: string;
}

function figureChange(
  f: Figure,
  old: FigureValue | undefined,
  now: FigureValue | undefined,
  exacts?: [Fraction | null | undefined, Fraction | null | undefined],
): FigureChange {
  const [oldText, newText] = pairText(old, now, f.format);
  const change = changeText(old, now, f.format, exacts);
  return {
    key: f.key,
    group: f.group,
    name: f.name,
    old,
    new: now,
    format: f.format,
    oldText,
    newText,
    ...(change === undefined ? {} : { change }),
  };
}

/**
 * figureChanges(before, after): the figures whose values differ, in the new report's order, then
 * those only the old one has.
 */
export function figureChanges(before: unknown, after: unknown): FigureChange[] {
  return figureListChanges(reportFigures(before), reportFigures(after));
}

/** figureListChanges(before, after): of two builds' figures, those whose values differ. */
export function figureListChanges(
  before: readonly Figure[],
  now: readonly Figure[],
): FigureChange[] {
  const old = new Map(before.map((f) => [f.key, f]));
  const changes: FigureChange[] = [];
  for (const f of now) {
    const o = old.get(f.key);
    if (o === undefined || o.value !== f.value) {
      changes.push(figureChange(f, o?.value, f.value, [o?.exact, f.exact]));
    }
    old.delete(f.key);
  }
  for (const o of old.values()) changes.push(figureChange(o, o.value, undefined));
  return changes;
}
