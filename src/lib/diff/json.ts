/**
 * `npm run diff --json`: the comparison as JSON for other tools. Inside the comparison money is
 * integer 分; the file says 元, as report.json does, so a tool reading both sees one unit.
 */
import { yuanAmount } from '../model/report-json.ts';
import type { SiteDiff } from './compare.ts';
import type { FigureChange } from './figures.ts';
import type { FigureFormat, FigureValue } from './values.ts';

/** How an amount is described in the file: `{ kind: 'yuan' }`, the unit its values are in. */
type FileFormat = Exclude<FigureFormat, { kind: 'money' }> | { kind: 'yuan' };

const inYuan = (value: FigureValue | undefined) =>
  typeof value === 'number' ? yuanAmount(value) : value;

function fileFigure(f: FigureChange): Omit<FigureChange, 'format'> & { format: FileFormat } {
  if (f.format.kind !== 'money') return f as Omit<FigureChange, 'format'> & { format: FileFormat };
  return { ...f, old: inYuan(f.old), new: inYuan(f.new), format: { kind: 'yuan' } };
}

/** The comparison as the --json output writes it: two-space indent, a final newline. */
export function diffJson(diff: SiteDiff): string {
  const file = {
    ...diff,
    changed: diff.changed.map((py) => ({ ...py, figures: py.figures.map(fileFigure) })),
    units: diff.units.map((u) => ({ ...u, figures: u.figures.map(fileFigure) })),
    ...(diff.yearOnYear === undefined
      ? {}
      : {
          yearOnYear: diff.yearOnYear.map((py) => ({
            ...py,
            figures: py.figures.map(fileFigure),
          })),
        }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
