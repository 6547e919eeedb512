/** Subtotal tables with the links the site adds (a 责任单位 row opens that unit's case list). */
import type { ProjectYearModel } from '../lib/pipeline/project-year.ts';
import type { SubtotalKind, TextTable } from '../lib/report/subtotals.ts';
import { subtotalTable } from '../lib/report/subtotals.ts';
import { reportHref } from './urls.ts';

export function subtotalWithLinks(kind: SubtotalKind, py: ProjectYearModel): TextTable {
  const table = subtotalTable(kind, py.breakdowns);
  if (kind !== 'unit') return table;
  const ids = new Map(py.ledger.units.map((u) => [u.unit, u.id]));
  return {
    ...table,
    links: table.rows.map((row) => {
      const id = ids.get(row[0] ?? '');
      return id ? reportHref(py.year, py.slug, `units/${id}/`) : undefined;
    }),
  };
}
