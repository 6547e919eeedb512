/**
 * The rows of a ledger page as HTML text. A ten-year archive has thousands of pages of a
 * thousand rows; building each row as one string is many times faster than rendering a
 * component per cell, and the pages set it with `set:html`. Every value from a CSV cell passes
 * through escapeHtml, so a cell holding `<script>` shows as text (test/e2e/security.test.ts).
 * Rows and cells each start a line, as the one-block-per-line pass would put them
 * (src/lib/output/readable-html.ts), so that pass keeps a ledger page's rows as they are.
 */
import { escapeHtml } from '../base/html.ts';
import { formatYuan } from '../base/money.ts';
import type { CaseRow, PaymentRow } from './rows.ts';
import { rowAnchor } from '../search/search-key.ts';

/** A column head of a ledger page: `num` right-aligns it; `amount` is the column the page totals. */
export interface LedgerHead {
  label: string;
  num?: true;
  amount?: true;
}

/** The heads of caseRowsHtml's cells, in order. */
export const CASE_HEADS: readonly LedgerHead[] = [
  { label: '序号', num: true },
  { label: '案件编号' },
  { label: '信访人' },
  { label: '责任单位' },
  { label: '问题类别' },
  { label: '包案领导' },
  { label: '登记日期' },
  { label: '办结日期' },
  { label: '化解状态' },
  { label: '息诉罢访' },
  { label: '满意度' },
  { label: '拨付金额（元）', num: true, amount: true },
  { label: '备注' },
];

/** The heads of paymentRowsHtml's cells, in order. */
export const PAYMENT_HEADS: readonly LedgerHead[] = [
  { label: '序号', num: true },
  { label: '拨付编号' },
  { label: '拨付日期' },
  { label: '案件编号' },
  { label: '责任单位' },
  { label: '资金来源' },
  { label: '金额（元）', num: true, amount: true },
  { label: '用途' },
  { label: '审批文号' },
];

/** `<tr>` rows of the case ledger, numbered from `start`, one row and one cell per line. */
export function caseRowsHtml(rows: readonly CaseRow[], start: number): string {
  let html = '';
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as CaseRow;
    html +=
      `\n<tr id="${escapeHtml(rowAnchor('c', r[0]))}">\n<td class="num">${start + i}</td>` +
      `\n<td>${escapeHtml(r[0])}</td>\n<td>${escapeHtml(r[1])}</td>\n<td>${escapeHtml(r[3])}</td>` +
      `\n<td>${escapeHtml(r[4])}</td>\n<td>${escapeHtml(r[5])}</td>\n<td>${escapeHtml(r[6])}</td>` +
      `\n<td>${escapeHtml(r[7])}</td>\n<td>${escapeHtml(r[8])}</td>` +
      `\n<td class="center">${r[9] ? '是' : '否'}</td>\n<td>${escapeHtml(r[10])}</td>` +
      `\n<td class="num">${formatYuan(r[11])}</td>\n<td class="note">${escapeHtml(r[12])}</td></tr>`;
  }
  return html;
}

/** `<tr>` rows of the payment ledger, one row and one cell per line; a correction (冲减) is marked as one. */
export function paymentRowsHtml(rows: readonly PaymentRow[], start: number): string {
  let html = '';
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PaymentRow;
    const correction = r[5] < 0;
    html +=
      `\n<tr id="${escapeHtml(rowAnchor('p', r[0]))}"${correction ? ' class="correction"' : ''}>\n<td class="num">${start + i}</td>` +
      `\n<td>${escapeHtml(r[0])}</td>\n<td>${escapeHtml(r[1])}</td>\n<td>${escapeHtml(r[2])}</td>` +
      `\n<td>${escapeHtml(r[3])}</td>\n<td>${escapeHtml(r[4])}</td>` +
      `\n<td class="num">${formatYuan(r[5])}${correction ? ' <span class="flag-manual">冲减</span>' : ''}</td>` +
      `\n<td>${escapeHtml(r[6])}</td>\n<td>${escapeHtml(r[7])}</td></tr>`;
  }
  return html;
}
