/**
 * Text → rows of cells, each row tagged with the physical line it starts on. papaparse does the
 * splitting (quotes, commas and line breaks inside quotes); this module adds line numbers and
 * turns papaparse's errors into located Chinese messages.
 */
import Papa from 'papaparse';

export interface CsvRows {
  /** Every row of the file, blank ones included, in order. */
  rows: string[][];
  /** 1-based line on which each row starts (`lines[i]` belongs to `rows[i]`). */
  lines: number[];
  /** Structural problems: an unclosed quote and the like. */
  errors: { line: number; message: string }[];
}

/** Splits CSV text (any line endings) into rows, keeping blank rows so they can be counted. */
export function parseCsv(text: string): CsvRows {
  // One line ending throughout: Excel writes CRLF, hand edits add LF, old Mac exports CR.
  const normalized = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const result = Papa.parse<string[]>(normalized, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
  });
  const rows = result.data;
  // A final line break is the end of the last row, not an empty row after it.
  if (normalized.endsWith('\n') && rows.length > 0) {
    const last = rows[rows.length - 1];
    if (last !== undefined && last.length === 1 && last[0] === '') rows.pop();
  }

  const lines = new Array<number>(rows.length);
  const mayHaveBreaks = normalized.includes('"');
  let line = 1;
  for (let i = 0; i < rows.length; i++) {
    lines[i] = line;
    line += 1;
    if (mayHaveBreaks) {
      for (const cell of rows[i] ?? []) line += countBreaks(cell);
    }
  }

  const errors: CsvRows['errors'] = [];
  for (const e of result.errors) {
    const at = e.row === undefined ? undefined : lines[e.row];
    if (e.code === 'MissingQuotes') {
      errors.push({
        line: at ?? 1,
        message: '引号没有闭合：从这一行起的内容被读成了同一个单元格；请检查这一行的双引号是否成对',
      });
    } else if (e.code === 'InvalidQuotes') {
      errors.push({
        line: at ?? 1,
        message:
          '引号位置不对：带引号的单元格在结束引号后还有其他字符；单元格内的双引号应写成两个（""）',
      });
    }
    // UndetectableDelimiter cannot occur with a fixed delimiter; field-count mismatches are
    // checked against the header by the table reader, which knows the expected width.
  }
  return { rows, lines, errors };
}

function countBreaks(cell: string): number {
  let n = 0;
  let i = cell.indexOf('\n');
  while (i !== -1) {
    n++;
    i = cell.indexOf('\n', i + 1);
  }
  return n;
}
