/**
 * The ledgers as CSV downloads (`cases.csv`, `payments.csv`), written whole by the loader beside
 * the ledger pages, so that a download of 200,000 payments is copied rather than rebuilt.
 */
import { open } from 'node:fs/promises';
import { neutraliseCell, quotedAsNeutralised, toCsv } from './csv-export.ts';
import type { LedgerColumn } from './columns.ts';

/** The download's head line: the published columns' CSV heads. */
export function csvHeads<Row>(columns: readonly LedgerColumn<Row>[]): string[] {
  return columns.map((c) => c.csvHead);
}

/** A ledger row as the cells of its download: the published columns' text. */
export function csvLine<Row>(columns: readonly LedgerColumn<Row>[], row: Row): string[] {
  return columns.map((c) => c.text(row));
}

/**
 * The same text as toCsv() (src/lib/ledger/csv-export.ts: BOM, CRLF, formula cells neutralised,
 * papaparse's quoting), written cell by cell: papaparse's general writer took most of the time
 * of preparing a 200,000-row download. test/whole/fuzz-csv.test.ts holds the two to the same
 * output.
 */
export function ledgerCsv(
  columns: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  return [...csvChunks(columns, rows, (row) => row)].join('');
}

/** Rows per piece of a download written to disk: the whole text is never held at once. */
const CSV_CHUNK_ROWS = 5_000;

/** ledgerCsv() in pieces: the header line, then the rows a chunk at a time. */
function* csvChunks<Row>(
  columns: readonly string[],
  rows: readonly Row[],
  cells: (row: Row) => readonly string[],
): Generator<string> {
  yield toCsv(columns, []);
  for (let i = 0; i < rows.length; i += CSV_CHUNK_ROWS) {
    const chunk = rows.slice(i, i + CSV_CHUNK_ROWS);
    const lines = chunk.map((row) => cells(row).map(csvCell).join(','));
    yield `${lines.join('\r\n')}\r\n`;
  }
}

/** Writes a download a chunk at a time. */
export async function writeLedgerCsv<Row>(
  file: string,
  columns: readonly string[],
  rows: readonly Row[],
  cells: (row: Row) => readonly string[],
): Promise<void> {
  const handle = await open(file, 'w');
  try {
    for (const chunk of csvChunks(columns, rows, cells)) await handle.write(chunk);
  } finally {
    await handle.close();
  }
}

const NEEDS_QUOTES = /[",\r\n\uFEFF]|^ | $/;

/** One cell as toCsv() writes it: neutralised (neutraliseCell), then quoted where needed. */
function csvCell(cell: string): string {
  const text = neutraliseCell(cell);
  return NEEDS_QUOTES.test(text) || quotedAsNeutralised(text)
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}
