/**
 * CSV for download: UTF-8 with a BOM and CRLF, which Excel on a Chinese Windows machine opens
 * with the characters intact; cells quoted by papaparse where needed. Every cell that a
 * spreadsheet could run as a formula is neutralised first (neutraliseCell), here and in the
 * ledger writer (src/lib/ledger/csv.ts) alike.
 */
import Papa from 'papaparse';

const BOM = '\uFEFF';

/**
 * A cell Excel or WPS may take for a formula: it begins, after any leading whitespace, with
 * `=`, `+`, `-`, `@` (or their full-width forms ＝＋－＠), a tab or a carriage return.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/;
/**
 * A plain signed decimal number, which stays a number in the spreadsheet: `-1200.50`, `-3`,
 * `+5`, `-1,200.50` (a negative amount, a 冲减, as the ledgers write it).
 */
const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * The cell as it may be written to a CSV download: a cell that could run as a formula
 * (`-1+cmd|' /C calc'!A0`, `=HYPERLINK(…)`, `@SUM(1)`, `＝1+1`, ` =1`) gets a leading apostrophe,
 * as OWASP recommends, so the spreadsheet shows it as text; a plain number is kept as it is.
 * The one rule of every CSV the site writes; a neutralised cell is also always quoted
 * (quotedAsNeutralised).
 */
export function neutraliseCell(cell: string): string {
  return isNeutralised(cell) ? `'${cell}` : cell;
}

/** True when neutraliseCell() changes the cell. */
export function isNeutralised(cell: string): boolean {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell);
}

/**
 * True when a written cell must be quoted because it was neutralised: it begins with the
 * apostrophe before a formula. (A cell written as `'=…` by hand is quoted too; harmless.)
 */
export function quotedAsNeutralised(written: string): boolean {
  return written.startsWith("'") && isNeutralised(written.slice(1));
}

export function toCsv(columns: readonly string[], rows: Iterable<readonly string[]>): string {
  const data: string[][] = [columns.map(neutraliseCell)];
  for (const row of rows) data.push(row.map(neutraliseCell));
  const quotes = (value: unknown): boolean =>
    typeof value === 'string' && quotedAsNeutralised(value);
  return BOM + Papa.unparse(data, { newline: '\r\n', quotes }) + '\r\n';
}
