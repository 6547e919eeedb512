/**
 * The closing 合计/总计 row of a file: recognising it, reading the money sums it states, and
 * reconciling them with the sum of the records, to the 分.
 */
import type { ProblemSink } from '../base/problems.ts';
import type { MoneyUnit } from './cells.ts';
import { CellFailure, parseMoney } from './cells.ts';
import type { MappedColumn } from './header.ts';
import { formatYuan } from '../base/money.ts';

/** What reconciliation needs of a read table. */
export interface StatedTotalsOf {
  records: readonly unknown[];
  counts: { invalid: number };
  statedTotals: ReadonlyMap<string, number>;
}

const TOTAL_WORDS = /^(合\s*计|总\s*计)\s*[:：]?$/;

export function isTotalRow(cells: readonly string[]): boolean {
  for (const cell of cells) {
    const text = cell.trim();
    if (text === '') continue;
    // Only a first cell starting 合 or 总 can be the 合计/总计 row.
    const c = text.charCodeAt(0);
    return (c === 0x5408 || c === 0x603b) && TOTAL_WORDS.test(text);
  }
  return false;
}

export function readStatedTotals(
  cells: readonly string[],
  columns: readonly MappedColumn[],
  line: number,
  sink: ProblemSink,
  totals: Map<string, number>,
): void {
  for (const col of columns) {
    if (col.def.cell !== 'money') continue;
    const value = parseMoney(cells[col.index] ?? '', col.unit as MoneyUnit);
    if (value instanceof CellFailure) sink.error(`合计行：${value.message}`, line, col.header);
    else if (value !== undefined) totals.set(col.def.field, value);
  }
}

/**
 * The sum of a money field over the records that count (`inTotal`), in 分; undefined when no
 * record has the field.
 */
export function recordSum<R>(
  records: readonly R[],
  field: string,
  inTotal?: (record: R) => boolean,
): number | undefined {
  let sum: number | undefined;
  for (const record of records) {
    if (inTotal && !inTotal(record)) continue;
    const v = (record as Record<string, unknown>)[field];
    if (typeof v === 'number') sum = (sum ?? 0) + v;
  }
  return sum;
}

/** The 合计 row must agree with the sum of the records that count (`inTotal`), to the 分. */
export function checkStatedTotals<R>(
  result: StatedTotalsOf & { records: readonly R[] },
  line: number | undefined,
  label: (field: string) => string,
  sink: ProblemSink,
  inTotal?: (record: R) => boolean,
): void {
  if (line === undefined || result.counts.invalid > 0) return;
  for (const [field, stated] of result.statedTotals) {
    const sum = recordSum(result.records, field, inTotal) ?? 0;
    if (sum !== stated) {
      sink.error(
        `合计行为 ${formatYuan(stated)} 元，逐行相加为 ${formatYuan(sum)} 元，相差 ${formatYuan(stated - sum)} 元；请核对合计行或明细`,
        line,
        label(field),
      );
    }
  }
}
