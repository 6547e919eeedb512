/**
 * Ledger pages. The case and payment ledgers are cut into pages of a fixed number of rows and
 * written beside the build as the HTML of their table rows (escaped, src/lib/ledger/html.ts), so
 * a page reads only its own rows, ready to show: no page grows past a size a browser opens
 * comfortably, a ten-year archive never sits in memory at once, and the row markup of thousands
 * of pages is built by the loader's worker threads rather than one page at a time.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CASE_CSV_COLUMNS,
  caseCsvLine,
  PAYMENT_CSV_COLUMNS,
  paymentCsvLine,
  writeLedgerCsv,
} from './csv.ts';
import { caseRowsHtml, paymentRowsHtml } from './html.ts';
import type { CaseRow, PaymentRow } from './rows.ts';
import { caseRows, paymentRows, unitOrder } from './rows.ts';
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

function pageFile(dir: string, part: string, page: number): string {
  return join(dir, part, `${String(page).padStart(5, '0')}.html`);
}

/** The two ledgers as downloads: `cases` → `cases.csv`, `payments` → `payments.csv`. */
export type LedgerDownload = 'cases' | 'payments';

/** Where writeLedgers put a ledger's CSV download. */
export function ledgerCsvFile(ledger: LedgerIndex, which: LedgerDownload): string {
  if (ledger.dir === undefined) throw new Error('台账分页文件尚未生成');
  return join(ledger.dir, `${which}.csv`);
}

/**
 * Writes both ledgers of a project-year into `dir` (replacing what was there): pages of
 * `pageSize` rows for the case ledger, the payment ledger and each unit's case list, and the
 * two CSV downloads whole, so the pages and downloads only read what was prepared here.
 */
export async function writeLedgers(
  dir: string,
  cases: readonly CaseRecord[],
  payments: readonly PaymentRecord[],
  links: CaseLinks,
  pageSize = DEFAULT_PAGE_SIZE,
): Promise<LedgerIndex> {
  await rm(dir, { recursive: true, force: true });
  const write = async <Row>(
    part: string,
    rows: readonly Row[],
    toHtml: (rows: readonly Row[], start: number) => string,
    money: (row: Row) => number,
  ): Promise<LedgerPart> => {
    await mkdir(join(dir, part), { recursive: true });
    const pages = Math.max(1, Math.ceil(rows.length / pageSize));
    const pageTotals: number[] = [];
    for (let page = 1; page <= pages; page++) {
      const slice = rows.slice((page - 1) * pageSize, page * pageSize);
      pageTotals.push(slice.reduce((sum, row) => sum + money(row), 0));
      await writeFile(pageFile(dir, part, page), toHtml(slice, (page - 1) * pageSize + 1));
    }
    return { rows: rows.length, pages, pageTotals };
  };
  const paidOf = (row: CaseRow) => row[11];
  const amountOf = (row: PaymentRow) => row[5];
  const allCases = caseRows(cases, links);
  const byUnit = new Map<string, CaseRow[]>();
  for (const row of allCases) {
    const list = byUnit.get(row[3]);
    if (list) list.push(row);
    else byUnit.set(row[3], [row]);
  }
  const units: UnitLedger[] = [];
  let n = 0;
  for (const unit of unitOrder(cases)) {
    const id = `u${++n}`;
    const part = await write(`units/${id}`, byUnit.get(unit) ?? [], caseRowsHtml, paidOf);
    units.push({ id, unit, ...part });
  }
  const allPayments = paymentRows(payments, cases, links);
  const index: LedgerIndex = {
    dir,
    pageSize,
    cases: await write('cases', allCases, caseRowsHtml, paidOf),
    payments: await write('payments', allPayments, paymentRowsHtml, amountOf),
    units,
  };
  await writeLedgerCsv(ledgerCsvFile(index, 'cases'), CASE_CSV_COLUMNS, allCases, caseCsvLine);
  await writeLedgerCsv(
    ledgerCsvFile(index, 'payments'),
    PAYMENT_CSV_COLUMNS,
    allPayments,
    paymentCsvLine,
  );
  index.search = await writeSearchIds(dir, allCases, allPayments, pageSize);
  return index;
}

/** Ledger pages live under `<ledger dir>/<年度>/<项目标识>/`. */
export function ledgerDirOf(ledgerRoot: string, year: number, slug: string): string {
  return join(ledgerRoot, String(year), slug);
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
    html: await readFile(pageFile(ledger.dir, name, page), 'utf8'),
    count: Math.max(0, Math.min(ledger.pageSize, part.rows - (page - 1) * ledger.pageSize)),
    totalFen: part.pageTotals?.[page - 1] ?? 0,
  };
}
