/**
 * One CSV file → validated records. Every row is accounted for: it becomes a record, or it is
 * blank, or it is the closing 合计 row, or it has errors (each reported with file, line and
 * column). Nothing is dropped silently.
 */
import type * as z from 'zod';
import type { ColumnDef } from './columns.ts';
import { columnsOf } from './columns.ts';
import { ProblemSink } from '../base/problems.ts';
import type { Problem } from '../base/problems.ts';
import type { Cell, MoneyUnit } from './cells.ts';
import { CellFailure, parseDate, parseFlag, parseMoney, parseText } from './cells.ts';
import { safeMessage } from '../privacy/echo.ts';
import { parseCsv } from './csv.ts';
import { decodeCsv } from './decode.ts';
import type { Encoding } from './decode.ts';
import type { MappedColumn } from './header.ts';
import { explainUnrecognised, mapHeader } from './header.ts';
import { findSensitive, SENSITIVE_MESSAGE } from '../privacy/privacy.ts';
import { checkStatedTotals, isTotalRow, readStatedTotals } from './totals.ts';

/** What a kind of file holds and how its records are validated. */
export interface TableSpec<R> {
  /** File name inside a project-year folder: `cases.csv`. */
  fileName: string;
  /** What the file is called in messages: `信访积案台账`. */
  title: string;
  /** The row schema whose fields carry the column metadata. */
  row: z.ZodObject;
  /** Validates one row (fields already parsed from cells) into a record. */
  record: z.ZodType<R>;
  /**
   * Whether a record counts in the file's sums (its 合计 row, the build summary); all do unless
   * said. A 其中 line of budget.csv does not: its money is inside another line's.
   */
  // Method syntax: a spec of some R is still a TableSpec<unknown> to the code that lists them.
  inTotal?(record: R): boolean;
}

export interface TableCounts {
  /** Rows after the header. */
  rows: number;
  records: number;
  blank: number;
  /** 合计/总计 rows (0 or 1). */
  total: number;
  /** Rows with at least one error. */
  invalid: number;
}

export interface TableResult<R> {
  file: string;
  encoding?: Encoding;
  records: R[];
  counts: TableCounts;
  /** Money sums stated in the 合计 row, by field, with the row's line; checked by the reader. */
  statedTotals: Map<string, number>;
  /** The fields whose columns are present in the file. */
  present: Set<string>;
  /** Headers as written, by field, for messages about present columns. */
  headers: Map<string, string>;
  unknownColumns: string[];
  problems: Problem[];
}

/** Excel's own limit on the characters of a cell: a longer cell did not come from Excel. */
export const MAX_CELL_CHARS = 32_767;
/** A header cell longer than this is shown by its position, never echoed. */
const MAX_HEADER_CHARS = 40;

/** Reads and validates one file. `file` is the path shown in messages. */
export function readTable<R>(file: string, bytes: Uint8Array, spec: TableSpec<R>): TableResult<R> {
  const sink = new ProblemSink(file);
  const result = emptyTable<R>(file, sink.problems);

  const decoded = decodeCsv(bytes);
  if (!decoded.ok) {
    sink.error(decoded.message, decoded.line);
    return result;
  }
  result.encoding = decoded.encoding;

  const { rows, lines, errors } = parseCsv(decoded.text);
  for (const e of errors) sink.error(e.message, e.line);
  // A row where a quote went wrong holds what should have been the rows after it: it is an
  // error, not a record.
  const brokenLines = new Set(errors.map((e) => e.line));

  const defs = columnsOf(spec.row);
  let headerAt = 0;
  while (headerAt < rows.length && isBlank(rows[headerAt] ?? [])) headerAt++;
  if (headerAt >= rows.length) {
    sink.error(`文件没有表头，也没有数据；${spec.title}应以表头行开始`);
    return result;
  }
  // Header cells are checked like any other; one holding a number is shown by position only,
  // so neither the unknown-column warning nor a later message repeats it.
  const headerCells = (rows[headerAt] ?? []).map((c, i) =>
    findSensitive(c) === undefined && c.length <= MAX_HEADER_CHARS ? c : `第 ${i + 1} 列`,
  );
  scanSensitive(rows[headerAt] ?? [], [], lines[headerAt] ?? headerAt + 1, sink);
  const header = mapHeader(headerCells, defs);
  if (header.columns.length === 0) {
    const why = explainUnrecognised(rows.slice(headerAt), lines.slice(headerAt), defs);
    sink.error(
      why ??
        `第一行不是${spec.title}的表头：没有一个列名可以识别；应有 ${defs
          .filter((d) => d.required)
          .map((d) => d.header)
          .join('、')} 等列`,
      lines[headerAt],
    );
    return result;
  }
  for (const e of header.errors) sink.error(e.message, lines[headerAt], e.column);
  if (header.unknown.length > 0) {
    result.unknownColumns = header.unknown;
    sink.warn(
      `以下列不是${spec.title}的标准列，已忽略：${header.unknown.join('、')}`,
      lines[headerAt],
    );
  }
  for (const col of header.columns) {
    result.present.add(col.def.field);
    result.headers.set(col.def.field, col.header);
  }
  const headerBroken = header.errors.length > 0;
  const headerLabel = headerFor(header.columns, defs);

  let totalLine: number | undefined;
  for (let r = headerAt + 1; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    const line = lines[r] ?? r + 1;
    result.counts.rows++;
    if (isBlank(cells)) {
      result.counts.blank++;
      continue;
    }
    const errorsBefore = sink.errorCount;
    if (totalLine !== undefined) {
      sink.error(`合计行（第 ${totalLine} 行）之后还有内容；合计行应是最后一行`, line);
      result.counts.invalid++;
      continue;
    }
    const failed = scanSensitive(cells, headerCells, line, sink);
    if (brokenLines.has(line)) {
      result.counts.invalid++;
      continue;
    }
    checkWidth(cells, header.width, line, sink);

    if (isTotalRow(cells)) {
      totalLine = line;
      result.counts.total++;
      readStatedTotals(cells, header.columns, line, sink, result.statedTotals);
      if (sink.errorCount > errorsBefore) result.counts.invalid++;
      continue;
    }
    if (headerBroken) {
      result.counts.invalid++;
      continue;
    }

    const raw: Record<string, unknown> = { line };
    // Allocated only for a row that has a bad cell: most rows have none.
    let failedFields: Set<string> | undefined;
    for (const col of header.columns) {
      if (failed?.has(col.index)) {
        (failedFields ??= new Set()).add(col.def.field);
        continue;
      }
      const value = parseCell(cells[col.index] ?? '', col);
      if (value instanceof CellFailure) {
        sink.error(value.message, line, col.header);
        (failedFields ??= new Set()).add(col.def.field);
      } else raw[col.def.field] = value;
    }
    // The schema still checks the other fields, so one pass reports every problem of the row;
    // issues about a cell that already failed are not repeated.
    const parsed = spec.record.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (!failedFields?.has(field))
          sink.error(safeMessage(issue.message), line, headerLabel(field));
      }
    }
    if (sink.errorCount > errorsBefore) result.counts.invalid++;
    else if (parsed.success) result.records.push(parsed.data);
  }
  result.counts.records = result.records.length;
  checkStatedTotals(result, totalLine, headerLabel, sink, spec.inTotal);
  return result;
}

/** A result with no rows, for a file that could not be read at all. */
export function emptyTable<R>(file: string, problems: Problem[] = []): TableResult<R> {
  return {
    file,
    records: [],
    counts: { rows: 0, records: 0, blank: 0, total: 0, invalid: 0 },
    statedTotals: new Map(),
    present: new Set(),
    headers: new Map(),
    unknownColumns: [],
    problems,
  };
}

function parseCell(raw: string, col: MappedColumn): Cell<unknown> {
  switch (col.def.cell) {
    case 'money':
      return parseMoney(raw, col.unit as MoneyUnit);
    case 'date':
      return parseDate(raw);
    case 'flag':
      return parseFlag(raw);
    case 'text':
      return parseText(raw);
  }
}

function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}

/** Trailing empty cells (`,,,,`) are fine, and so are missing ones; more filled cells than headers are not. */
function checkWidth(
  cells: readonly string[],
  width: number,
  line: number,
  sink: ProblemSink,
): void {
  let used = cells.length;
  while (used > 0 && (cells[used - 1] ?? '').trim() === '') used--;
  if (used > width) {
    sink.error(
      `这一行有 ${used} 个单元格有内容，但表头只有 ${width} 列；可能是某个含逗号的内容没有加引号`,
      line,
    );
  }
  // A shorter row is read with its missing trailing cells blank: Excel leaves out trailing empty
  // cells on some rows of its CSV exports. A row cut by an unquoted line break still fails, on
  // the required cells it lacks.
}

/**
 * Checks every cell, known column or not, for ID-card and mobile numbers, and for a length no
 * Excel cell can have (a quote gone wrong, or not a spreadsheet at all). Returns the cells that
 * failed (undefined when none did); neither kind of cell is ever repeated in a message.
 */
function scanSensitive(
  cells: readonly string[],
  headerCells: readonly string[],
  line: number,
  sink: ProblemSink,
): Set<number> | undefined {
  let hits: Set<number> | undefined;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] ?? '';
    if (cell.length > MAX_CELL_CHARS) {
      (hits ??= new Set()).add(i);
      sink.error(
        `单元格有 ${cell.length.toLocaleString('en-US')} 个字符，超过了 Excel 单元格的上限 ${MAX_CELL_CHARS.toLocaleString('en-US')} 个；请检查这一行的引号是否成对，或删减内容（此处不显示单元格内容）`,
        line,
        (headerCells[i] ?? '').trim() || `第 ${i + 1} 列`,
      );
      continue;
    }
    const found = findSensitive(cell);
    if (found) {
      (hits ??= new Set()).add(i);
      sink.error(SENSITIVE_MESSAGE[found], line, (headerCells[i] ?? '').trim() || `第 ${i + 1} 列`);
    }
  }
  return hits;
}

/** Header text to show for a field: as written in the file, else the contract's name. */
function headerFor(
  columns: readonly MappedColumn[],
  defs: readonly ColumnDef[],
): (field: string) => string {
  const written = new Map(columns.map((c) => [c.def.field, c.header]));
  const canonical = new Map(
    defs.map((d) => [d.field, d.cell === 'money' ? `${d.header}(元)` : d.header]),
  );
  return (field) => written.get(field) ?? canonical.get(field) ?? field;
}
