/**
 * Ledger pages. The case and payment ledgers are cut into pages of a fixed number of rows and
 * written beside the build as the HTML of their table rows (escaped, src/lib/ledger/html.ts), so
 * a page reads only its own rows, ready to show: no page grows past a size a browser opens
 * comfortably, a ten-year archive never sits in memory at once, and the row markup of thousands
 * of pages is built by the loader's worker threads rather than one page at a time.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { csvHeads, csvLine, writeLedgerCsv } from './csv.ts';
import type { LedgerColumn } from './columns.ts';
import { CASE_COLUMNS, PAYMENT_COLUMNS, publishedColumns } from './columns.ts';
import { caseRowsHtml, paymentRowsHtml } from './html.ts';
import type { CaseRow, PaymentRow } from './rows.ts';
import { caseRows, paymentRowsOf, paymentUnits, unitOrder } from './rows.ts';
import type { LedgerIndex, LedgerPart, UnitLedger } from './index-schema.ts';
import { writeSearchIds } from '../search/search-index.ts';
import type { CaseLinks } from '../model/links.ts';
import type { CaseRecord } from '../schema/cases.ts';
import type { PaymentRecord } from '../schema/spending.ts';

export const DEFAULT_PAGE_SIZE = 1000;

/** One page as a ledger page shows it. */
export interface LedgerPageRows {
  /** `<tr>` rows, numbered across pages, every cell escaped. */
  html: string;
  count: number;
  /** 本页小计 in 分. */
  totalFen: number;
}

export type { LedgerIndex, LedgerPart, UnitLedger } from './index-schema.ts';

/** The file writeLedgers() wrote a page's rows to. */
export function ledgerPageFile(dir: string, part: string, page: number): string {
  return join(dir, part, `${String(page).padStart(5, '0')}.html`);
}

/** The two ledgers as downloads: `cases` → `cases.csv`, `payments` → `payments.csv`. */
export type LedgerDownload = 'cases' | 'payments';

/** Where writeLedgers put a ledger's CSV download. */
export function ledgerCsvFile(ledger: LedgerIndex, which: LedgerDownload): string {
  if (ledger.dir === undefined) throw new Error('台账分页文件尚未生成');
  return join(ledger.dir, `${which}.csv`);
}

/** One ledger part's pages (`cases`, `payments`, `units/u3`) of `pageSize` rows each. */
async function writePart<Row>(
  dir: string,
  part: string,
  rows: readonly Row[],
  toHtml: (rows: readonly Row[], start: number) => string,
  money: (row: Row) => number,
  pageSize: number,
): Promise<LedgerPart> {
  await mkdir(join(dir, part), { recursive: true });
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const pageTotals: number[] = [];
  for (let page = 1; page <= pages; page++) {
    const slice = rows.slice((page - 1) * pageSize, page * pageSize);
    pageTotals.push(slice.reduce((sum, row) => sum + money(row), 0));
    await writeFile(
      ledgerPageFile(dir, part, page),
      pageBytes(slice, (page - 1) * pageSize + 1, toHtml),
    );
  }
  return { rows: rows.length, pages, pageTotals };
}

/**
 * `toHtml(rows, start)` as UTF-8, made a row at a time: the same bytes, but a page's thousand
 * rows are never joined into one string first (turning that string into bytes took most of the
 * time of writing the ledgers).
 */
function pageBytes<Row>(
  rows: readonly Row[],
  start: number,
  toHtml: (rows: readonly Row[], start: number) => string,
): Buffer {
  let bytes = Buffer.allocUnsafe(256 * 1024);
  let length = 0;
  for (let i = 0; i < rows.length; i++) {
    const html = toHtml([rows[i] as Row], start + i);
    // A UTF-16 code unit never takes more than three bytes in UTF-8.
    const most = length + html.length * 3;
    if (most > bytes.length) {
      const larger = Buffer.allocUnsafe(Math.max(bytes.length * 2, most));
      bytes.copy(larger, 0, 0, length);
      bytes = larger;
    }
    length += bytes.write(html, length, 'utf8');
  }
  return bytes.subarray(0, length);
}

const paidOf = (row: CaseRow) => row[10];
const amountOf = (row: PaymentRow) => row[5];

/**
 * The payment ledger's pages and its CSV download, into `dir` (writeLedgers' folder), with the
 * published columns: those always published and the `listed` ones (project.yaml's 公开列).
 */
export async function writePaymentLedger(
  dir: string,
  allPayments: readonly PaymentRow[],
  pageSize = DEFAULT_PAGE_SIZE,
  listed: readonly string[] = [],
  hasCases = true,
): Promise<LedgerPart> {
  const columns = publishedColumns(PAYMENT_COLUMNS, listed, hasCases);
  const toHtml = (rows: readonly PaymentRow[], start: number) =>
    paymentRowsHtml(columns, rows, start);
  const part = await writePart(dir, 'payments', allPayments, toHtml, amountOf, pageSize);
  await writeCsv(join(dir, 'payments.csv'), columns, allPayments);
  return part;
}

function writeCsv<Row>(
  file: string,
  columns: readonly LedgerColumn<Row>[],
  rows: readonly Row[],
): Promise<void> {
  return writeLedgerCsv(file, csvHeads(columns), rows, (row) => csvLine(columns, row));
}

/**
 * The names of the columns a project-year's ledgers publish (the ledger index keeps them); without
 * a case ledger, no payment column filled from it.
 */
export function publishedNames(
  listed: readonly string[] = [],
  hasCases = true,
): LedgerIndex['columns'] {
  return {
    cases: publishedColumns(CASE_COLUMNS, listed).map((c) => c.name),
    payments: publishedColumns(PAYMENT_COLUMNS, listed, hasCases).map((c) => c.name),
  };
}

/**
 * Writes the payment ledger elsewhere (the thread that read the payments, given each payment's
 * unit), while this thread writes the case ledgers; gives back what writePaymentLedger() would.
 */
export type WritePaymentsAside = (
  dir: string,
  units: string[],
  pageSize: number,
  listed: readonly string[],
  hasCases: boolean,
) => Promise<LedgerPart>;

/**
 * Writes both ledgers of a project-year into `dir` (replacing what was there): pages of
 * `pageSize` rows for the case ledger, the payment ledger and each unit's case list, and the
 * two CSV downloads whole, so the pages and downloads only read what was prepared here. Only
 * the published columns are written: those always published, and the `listed` ones.
 */
export async function writeLedgers(
  dir: string,
  cases: readonly CaseRecord[],
  payments: readonly PaymentRecord[],
  links: CaseLinks,
  pageSize = DEFAULT_PAGE_SIZE,
  paymentsAside?: WritePaymentsAside,
  listed: readonly string[] = [],
  hasCases = true,
): Promise<LedgerIndex> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const units = paymentUnits(cases, links);
  const allPayments = paymentsAside ? undefined : paymentRowsOf(payments, units);
  const paymentPart = allPayments
    ? writePaymentLedger(dir, allPayments, pageSize, listed, hasCases)
    : (paymentsAside as WritePaymentsAside)(dir, units, pageSize, listed, hasCases);
  // Settled (not left to reject unobserved) whatever happens to the case ledgers meanwhile.
  paymentPart.catch(() => undefined);
  const allCases = caseRows(cases, links);
  const caseColumns = publishedColumns(CASE_COLUMNS, listed);
  const caseHtml = (rows: readonly CaseRow[], start: number) =>
    caseRowsHtml(caseColumns, rows, start);
  const byUnit = new Map<string, CaseRow[]>();
  for (const row of allCases) {
    const list = byUnit.get(row[2]);
    if (list) list.push(row);
    else byUnit.set(row[2], [row]);
  }
  const unitLedgers: UnitLedger[] = [];
  let n = 0;
  for (const unit of unitOrder(cases)) {
    const id = `u${++n}`;
    const part = await writePart(
      dir,
      `units/${id}`,
      byUnit.get(unit) ?? [],
      caseHtml,
      paidOf,
      pageSize,
    );
    unitLedgers.push({ id, unit, ...part });
  }
  const casePart = await writePart(dir, 'cases', allCases, caseHtml, paidOf, pageSize);
  await writeCsv(join(dir, 'cases.csv'), caseColumns, allCases);
  const search = await writeSearchIds(
    dir,
    allCases,
    allPayments ?? payments.map((p) => [p.paymentId] as const),
    pageSize,
  );
  const index: LedgerIndex = {
    dir,
    pageSize,
    columns: publishedNames(listed, hasCases),
    cases: casePart,
    payments: await paymentPart,
    units: unitLedgers,
  };
  index.search = search;
  return index;
}

/** Ledger pages live under `<ledger dir>/<年度>/<项目标识>/`. */
export function ledgerDirOf(ledgerRoot: string, year: number, slug: string): string {
  return join(ledgerRoot, String(year), slug);
}

/** How many of `rows` rows are on page `page` (from 1) of `pageSize` rows each. */
export function pageRowCount(pageSize: number, rows: number, page: number): number {
  return Math.max(0, Math.min(pageSize, rows - (page - 1) * pageSize));
}

/** One page of a ledger part (`cases`, `payments`, or `units/u3`), as writeLedgers wrote it. */
export async function readLedgerPage(
  ledger: LedgerIndex,
  part: LedgerPart,
  name: string,
  page: number,
): Promise<LedgerPageRows> {
  if (ledger.dir === undefined) throw new Error('台账分页文件尚未生成');
  return {
    html: await readFile(ledgerPageFile(ledger.dir, name, page), 'utf8'),
    count: pageRowCount(ledger.pageSize, part.rows, page),
    totalFen: part.pageTotals?.[page - 1] ?? 0,
  };
}
