/**
 * A ledger row read as a reader reads it: across. Each cell was checked on its own when the file
 * was read (src/lib/read/table.ts); here the published cells of a row are read together, so a
 * number split over cells side by side (问题类别 `联系电话138`, 包案领导 `0013-8000`) is caught
 * before anything is written. Cells are joined with one space, which the detector reads as a
 * separator between digit groups, but only text cells that stand side by side in the published
 * row: a date, an amount or a choice from a list (CellReading `value`) is read as that value, so
 * it ends the run, and `2024-01-02`, `2024-03-05`, `1,200.00` beside each other stay three values.
 */
import type { Problem } from '../base/problems.ts';
import {
  findNumbers,
  findSensitive,
  mayHoldSensitive,
  SENSITIVE_MESSAGE,
} from '../privacy/privacy.ts';
import type { Sensitive } from '../privacy/privacy.ts';
import type { LedgerColumn } from './columns.ts';

/** What the check says about a row, without its content. */
const ACROSS_MESSAGE: Record<Sensitive, string> = {
  idcard: `这些相邻单元格连起来读，${SENSITIVE_MESSAGE.idcard.replace('单元格中', '')}`,
  mobile: `这些相邻单元格连起来读，${SENSITIVE_MESSAGE.mobile.replace('单元格中', '')}`,
};

/** Runs of side-by-side text columns, two or more long: where a number may run across cells. */
export function textRuns<Row>(columns: readonly LedgerColumn<Row>[]): LedgerColumn<Row>[][] {
  const runs: LedgerColumn<Row>[][] = [];
  let run: LedgerColumn<Row>[] = [];
  for (const c of [...columns, undefined]) {
    if (c?.reading === 'text') run.push(c);
    else {
      if (run.length > 1) runs.push(run);
      run = [];
    }
  }
  return runs;
}

/**
 * One problem per run of a row that, read across, holds an ID-card or mobile number: located at
 * the row's line in `file`, naming the columns the number runs over. `lines[i]` is the line of
 * `rows[i]`; `columns` are the published columns, in order.
 */
export function rowReadingProblems<Row>(
  file: string,
  rows: readonly Row[],
  lines: readonly number[],
  columns: readonly LedgerColumn<Row>[],
): Problem[] {
  const problems: Problem[] = [];
  const runs = textRuns(columns);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Row;
    for (const run of runs) {
      const cells = run.map((c) => c.text(row));
      const line = cells.join(' ');
      if (!mayHoldSensitive(line)) continue;
      const found = across(cells, line);
      if (found === undefined) continue;
      problems.push({
        file,
        line: lines[i] as number,
        column: found.cells.map((at) => (run[at] as LedgerColumn<Row>).name).join('、'),
        message: ACROSS_MESSAGE[found.kind],
        severity: 'error',
      });
    }
  }
  return problems;
}

/** The first number of the joined cells, and the cells it is written over. */
function across(
  cells: readonly string[],
  line: string,
): { kind: Sensitive; cells: number[] } | undefined {
  const hit = findNumbers(line, 'plain')[0];
  if (hit === undefined) {
    // Read through markup (`138<b>0013</b>` beside `8000`): the run as a whole is named.
    const kind = findSensitive(line);
    return kind === undefined ? undefined : { kind, cells: cells.map((_, at) => at) };
  }
  const over: number[] = [];
  let from = 0;
  for (const [at, cell] of cells.entries()) {
    const to = from + cell.length;
    if (from < hit.end && to > hit.start) over.push(at);
    from = to + 1;
  }
  return { kind: hit.kind, cells: over };
}
