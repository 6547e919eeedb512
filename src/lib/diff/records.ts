/**
 * Which records of a ledger changed between two builds, from the ledgers the site exports
 * (`cases.csv`, `payments.csv`): rows are matched by their first column (案件编号, 拨付编号) and
 * compared cell by cell under the column names, so a reordered or widened export still compares.
 */
import Papa from 'papaparse';

export interface CellChange {
  column: string;
  old: string;
  new: string;
}

export interface RecordChange {
  /** 案件台账 or 拨付明细 */
  ledger: string;
  /** The record's id: its first column (a repeated id gets `#2`, `#3` …). */
  id: string;
  change: 'added' | 'removed' | 'changed';
  /** For a changed record, the cells that differ. */
  cells: CellChange[];
}

interface Table {
  columns: string[];
  rows: Map<string, Map<string, string>>;
}

function readCsv(text: string): Table {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const [header = [], ...body] = rows;
  const byId = new Map<string, Map<string, string>>();
  const seen = new Map<string, number>();
  for (const row of body) {
    const first = row[0] ?? '';
    const n = (seen.get(first) ?? 0) + 1;
    seen.set(first, n);
    byId.set(n === 1 ? first : `${first}#${n}`, new Map(header.map((c, i) => [c, row[i] ?? ''])));
  }
  return { columns: header, rows: byId };
}

/** recordChanges(ledger, oldCsv, newCsv): records added, removed or changed, in the new order. */
export function recordChanges(ledger: string, oldCsv: string, newCsv: string): RecordChange[] {
  if (oldCsv === newCsv) return [];
  const before = readCsv(oldCsv);
  const after = readCsv(newCsv);
  const columns = [
    ...after.columns.slice(1),
    ...before.columns.slice(1).filter((c) => !after.columns.includes(c)),
  ];
  const changes: RecordChange[] = [];
  for (const [id, row] of after.rows) {
    const old = before.rows.get(id);
    if (!old) {
      changes.push({ ledger, id, change: 'added', cells: [] });
      continue;
    }
    const cells = columns
      .map((column) => ({ column, old: old.get(column) ?? '', new: row.get(column) ?? '' }))
      .filter((c) => c.old !== c.new);
    if (cells.length > 0) changes.push({ ledger, id, change: 'changed', cells });
  }
  for (const id of before.rows.keys()) {
    if (!after.rows.has(id)) changes.push({ ledger, id, change: 'removed', cells: [] });
  }
  return changes;
}
