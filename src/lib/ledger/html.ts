/**
 * The rows of a ledger page as HTML text. A ten-year archive has thousands of pages of a
 * thousand rows; building each row as one string is many times faster than rendering a
 * component per cell, and the pages set it with `set:html`. Every value from a CSV cell passes
 * through escapeHtml, so a cell holding `<script>` shows as text (test/e2e/security.test.ts).
 * Rows and cells each start a line, as the one-block-per-line pass would put them
 * (src/lib/output/readable-html.ts), so that pass keeps a ledger page's rows as they are.
 */
import { escapeHtml } from '../base/html.ts';
import type { LedgerColumn, LedgerHead } from './columns.ts';
import { cellsHtml } from './columns.ts';
import type { CaseRow, PaymentRow } from './rows.ts';
import { rowAnchor } from '../search/search-key.ts';

export type { LedgerHead } from './columns.ts';

/** The heads of a ledger page: 序号, then the published columns'. */
export function ledgerHeads<Row>(columns: readonly LedgerColumn<Row>[]): LedgerHead[] {
  return [{ label: '序号', num: true }, ...columns.map((c) => c.head)];
}

/** `<tr>` rows of the case ledger, numbered from `start`, one row and one cell per line. */
export function caseRowsHtml(
  columns: readonly LedgerColumn<CaseRow>[],
  rows: readonly CaseRow[],
  start: number,
): string {
  let html = '';
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as CaseRow;
    html +=
      `\n<tr id="${escapeHtml(rowAnchor('c', r[0]))}">\n<td class="num">${start + i}</td>` +
      `${cellsHtml(columns, r)}</tr>`;
  }
  return html;
}

/** `<tr>` rows of the payment ledger, one row and one cell per line; a correction (冲减) is marked as one. */
export function paymentRowsHtml(
  columns: readonly LedgerColumn<PaymentRow>[],
  rows: readonly PaymentRow[],
  start: number,
): string {
  let html = '';
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PaymentRow;
    const correction = r[5] < 0;
    html +=
      `\n<tr id="${escapeHtml(rowAnchor('p', r[0]))}"${correction ? ' class="correction"' : ''}>\n<td class="num">${start + i}</td>` +
      `${cellsHtml(columns, r)}</tr>`;
  }
  return html;
}
