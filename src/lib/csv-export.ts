/**
 * CSV for download: UTF-8 with a BOM and CRLF, which Excel on a Chinese Windows machine opens
 * with the characters intact; cells quoted by papaparse where needed, and a leading =, +, - or @
 * neutralised so a cell can never run as a formula.
 */
import Papa from 'papaparse';

const BOM = '\uFEFF';

/** A cell Excel would take for a formula gets a leading apostrophe. */
function safeCell(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !/^-\d/.test(cell) ? `'${cell}` : cell;
}

export function toCsv(columns: readonly string[], rows: Iterable<readonly string[]>): string {
  const data: string[][] = [[...columns]];
  for (const row of rows) data.push(row.map(safeCell));
  return BOM + Papa.unparse(data, { newline: '\r\n' }) + '\r\n';
}
