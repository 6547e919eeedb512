/**
 * The columns of the two ledgers, each described once: its head on the page and in the download,
 * its cell as text and as HTML, how a reader reads it beside its neighbours, and whether it is
 * published by default. The ledger pages (html.ts), the downloads (csv.ts) and the row check
 * (row-reading.ts) all loop over the published part of these lists, so a column left out is left
 * out everywhere at once (docs/privacy-publishing.md).
 */
import { escapeHtml } from '../base/html.ts';
import { formatYuan } from '../base/money.ts';
import type { CaseRow, PaymentRow } from './rows.ts';

/** A column head of a ledger page: `num` right-aligns it; `amount` is the column the page totals. */
export interface LedgerHead {
  label: string;
  num?: true;
  amount?: true;
}

/**
 * How a reader reads a cell in its row. `text` runs on into a text cell beside it (a number
 * split over two such cells is read whole); a `value` — a date, an amount, a choice from a
 * fixed list — is read as that value and stands alone.
 */
export type CellReading = 'text' | 'value';

export interface LedgerColumn<Row> {
  /** The column's name in the data file, and in project.yaml's 公开列. */
  name: string;
  head: LedgerHead;
  /** The head of the download. */
  csvHead: string;
  /** The cell as a reader reads it, and as the download holds it. */
  text: (row: Row) => string;
  /** The cell's inner HTML when it is more than its text escaped. */
  html?: (row: Row) => string;
  /** The `<td>`'s class. */
  cellClass?: 'num' | 'center' | 'note';
  reading: CellReading;
  /**
   * Free text the report does not need: published only when project.yaml's 公开列 names it.
   * Anything may be typed into such a cell, so by default it leaves the office with nobody.
   */
  listed?: true;
  /**
   * Filled from the case ledger (a payment's case and its unit): left out of a project-year
   * without one, where it would be empty in every row.
   */
  fromCases?: true;
}

const yuan = (fen: number) => formatYuan(fen);

/** The case ledger's columns, in the order of the page and the download. */
export const CASE_COLUMNS: readonly LedgerColumn<CaseRow>[] = [
  {
    name: '案件编号',
    head: { label: '案件编号' },
    csvHead: '案件编号',
    text: (r) => r[0],
    reading: 'text',
  },
  {
    name: '信访人',
    head: { label: '信访人' },
    csvHead: '信访人',
    text: (r) => r[1],
    reading: 'text',
  },
  {
    name: '责任单位',
    head: { label: '责任单位' },
    csvHead: '责任单位',
    text: (r) => r[2],
    reading: 'text',
  },
  {
    name: '问题类别',
    head: { label: '问题类别' },
    csvHead: '问题类别',
    text: (r) => r[3],
    reading: 'text',
  },
  {
    name: '包案领导',
    head: { label: '包案领导' },
    csvHead: '包案领导',
    text: (r) => r[4],
    reading: 'text',
    listed: true,
  },
  {
    name: '登记日期',
    head: { label: '登记日期' },
    csvHead: '登记日期',
    text: (r) => r[5],
    reading: 'value',
  },
  {
    name: '办结日期',
    head: { label: '办结日期' },
    csvHead: '办结日期',
    text: (r) => r[6],
    reading: 'value',
  },
  {
    name: '化解状态',
    head: { label: '化解状态' },
    csvHead: '化解状态',
    text: (r) => r[7],
    reading: 'value',
  },
  {
    name: '息诉罢访',
    head: { label: '息诉罢访' },
    csvHead: '息诉罢访',
    text: (r) => (r[8] ? '是' : '否'),
    cellClass: 'center',
    reading: 'value',
  },
  {
    name: '满意度',
    head: { label: '满意度' },
    csvHead: '满意度',
    text: (r) => r[9],
    reading: 'value',
  },
  {
    name: '拨付金额',
    head: { label: '拨付金额（元）', num: true, amount: true },
    csvHead: '拨付金额(元)',
    text: (r) => yuan(r[10]),
    cellClass: 'num',
    reading: 'value',
  },
  {
    name: '备注',
    head: { label: '备注' },
    csvHead: '备注',
    text: (r) => r[11],
    cellClass: 'note',
    reading: 'text',
    listed: true,
  },
];

/** The payment ledger's columns, in the order of the page and the download. */
export const PAYMENT_COLUMNS: readonly LedgerColumn<PaymentRow>[] = [
  {
    name: '拨付编号',
    head: { label: '拨付编号' },
    csvHead: '拨付编号',
    text: (r) => r[0],
    reading: 'text',
  },
  {
    name: '拨付日期',
    head: { label: '拨付日期' },
    csvHead: '拨付日期',
    text: (r) => r[1],
    reading: 'value',
  },
  {
    name: '案件编号',
    head: { label: '案件编号' },
    csvHead: '案件编号',
    text: (r) => r[2],
    reading: 'text',
    fromCases: true,
  },
  {
    name: '责任单位',
    head: { label: '责任单位' },
    csvHead: '责任单位',
    text: (r) => r[3],
    reading: 'text',
    fromCases: true,
  },
  {
    name: '资金来源',
    head: { label: '资金来源' },
    csvHead: '资金来源',
    text: (r) => r[4],
    reading: 'text',
  },
  {
    name: '金额',
    head: { label: '金额（元）', num: true, amount: true },
    csvHead: '金额(元)',
    text: (r) => yuan(r[5]),
    html: (r) => `${yuan(r[5])}${r[5] < 0 ? ' <span class="flag-manual">冲减</span>' : ''}`,
    cellClass: 'num',
    reading: 'value',
  },
  {
    name: '用途',
    head: { label: '用途' },
    csvHead: '用途',
    text: (r) => r[6],
    reading: 'text',
    listed: true,
  },
  {
    name: '审批文号',
    head: { label: '审批文号' },
    csvHead: '审批文号',
    text: (r) => r[7],
    reading: 'text',
    listed: true,
  },
];

/** The names project.yaml's 公开列 may list: every column published only when listed. */
export const LISTABLE_COLUMNS: readonly string[] = [...CASE_COLUMNS, ...PAYMENT_COLUMNS]
  .filter((c) => c.listed)
  .map((c) => c.name);

/** The names always published, which 公开列 may repeat to no effect. */
export const ALWAYS_PUBLISHED: readonly string[] = [
  ...new Set([...CASE_COLUMNS, ...PAYMENT_COLUMNS].filter((c) => !c.listed).map((c) => c.name)),
];

/**
 * The columns published: those always published, and the listed ones `listed` names; without a
 * case ledger (`hasCases` false), none filled from it.
 */
export function publishedColumns<Row>(
  columns: readonly LedgerColumn<Row>[],
  listed: readonly string[] = [],
  hasCases = true,
): LedgerColumn<Row>[] {
  return columns.filter(
    (c) => (!c.listed || listed.includes(c.name)) && (hasCases || !c.fromCases),
  );
}

/** A published column by name (the names a ledger index keeps), in the list's order. */
export function columnsNamed<Row>(
  columns: readonly LedgerColumn<Row>[],
  names: readonly string[],
): LedgerColumn<Row>[] {
  return columns.filter((c) => names.includes(c.name));
}

/** A row's cells as `<td>`s, one per line, as a ledger page holds them. */
export function cellsHtml<Row>(columns: readonly LedgerColumn<Row>[], row: Row): string {
  let html = '';
  for (const c of columns) {
    const open = c.cellClass === undefined ? '<td>' : `<td class="${c.cellClass}">`;
    html += `\n${open}${c.html ? c.html(row) : escapeHtml(c.text(row))}</td>`;
  }
  return html;
}
