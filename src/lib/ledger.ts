/**
 * Ledger pages. The case and payment ledgers are cut into pages of a fixed number of rows and
 * written as small JSON files beside the build, so a page reads only its own rows: no page grows
 * past a size a browser opens comfortably, and a ten-year archive never sits in memory at once.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toCsv } from './csv-export.ts';
import { formatYuan } from './format.ts';
import type { CaseRecord } from './schema/cases.ts';
import type { PaymentRecord } from './schema/spending.ts';

export const DEFAULT_PAGE_SIZE = 1000;

/** One case as shown in the ledger: the record plus what was paid for it (分). */
export type CaseRow = [
  caseId: string,
  petitioner: string,
  petitionerId: string,
  unit: string,
  category: string,
  leader: string,
  registered: string,
  closed: string,
  status: string,
  settled: boolean,
  satisfaction: string,
  paidFen: number,
  note: string,
];

export type PaymentRow = [
  paymentId: string,
  date: string,
  caseId: string,
  unit: string,
  source: string,
  amountFen: number,
  purpose: string,
  approval: string,
];

export interface LedgerPart {
  rows: number;
  pages: number;
}

/** The case list of one 责任单位, printed for meetings about that street or department. */
export interface UnitLedger extends LedgerPart {
  /** URL part: `u1`, `u2` … in the order of the subtotal table. */
  id: string;
  unit: string;
}

export interface LedgerIndex {
  /** Folder holding the pages (absent when the model was built without writing them). */
  dir?: string;
  pageSize: number;
  cases: LedgerPart;
  payments: LedgerPart;
  units: UnitLedger[];
}

export function caseRows(
  cases: readonly CaseRecord[],
  payments: readonly PaymentRecord[],
): CaseRow[] {
  const paid = new Map<string, number>();
  for (const p of payments)
    if (p.caseId !== undefined) paid.set(p.caseId, (paid.get(p.caseId) ?? 0) + p.amount);
  return cases.map((c) => [
    c.caseId,
    c.petitioner,
    c.petitionerId ?? '',
    c.unit,
    c.category,
    c.leader ?? '',
    c.registered,
    c.closed ?? '',
    c.status,
    c.settled,
    c.satisfaction,
    paid.get(c.caseId) ?? 0,
    c.note ?? '',
  ]);
}

export function paymentRows(
  payments: readonly PaymentRecord[],
  cases: readonly CaseRecord[],
): PaymentRow[] {
  const unitOf = new Map(cases.map((c) => [c.caseId, c.unit]));
  return payments.map((p) => [
    p.paymentId,
    p.date,
    p.caseId ?? '',
    p.caseId === undefined ? '' : (unitOf.get(p.caseId) ?? ''),
    p.source,
    p.amount,
    p.purpose ?? '',
    p.approval ?? '',
  ]);
}

function pageFile(dir: string, part: string, page: number): string {
  return join(dir, part, `${String(page).padStart(5, '0')}.json`);
}

/** Units in the order of the subtotal table: most cases first, then by name. */
export function unitOrder(cases: readonly CaseRecord[]): string[] {
  const counts = new Map<string, number>();
  for (const c of cases) counts.set(c.unit, (counts.get(c.unit) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([u]) => u);
}

/** Columns of the downloadable case ledger (`cases.csv`). */
export const CASE_CSV_COLUMNS = [
  '案件编号',
  '信访人',
  '责任单位',
  '问题类别',
  '包案领导',
  '登记日期',
  '办结日期',
  '化解状态',
  '息诉罢访',
  '满意度',
  '拨付金额(元)',
  '备注',
];

/** Columns of the downloadable payment ledger (`payments.csv`). */
export const PAYMENT_CSV_COLUMNS = [
  '拨付编号',
  '拨付日期',
  '案件编号',
  '责任单位',
  '资金来源',
  '金额(元)',
  '用途',
  '审批文号',
];

function caseCsvLine(r: CaseRow): string[] {
  return [
    r[0],
    r[1],
    r[3],
    r[4],
    r[5],
    r[6],
    r[7],
    r[8],
    r[9] ? '是' : '否',
    r[10],
    formatYuan(r[11]),
    r[12],
  ];
}

function paymentCsvLine(r: PaymentRow): string[] {
  return [r[0], r[1], r[2], r[3], r[4], formatYuan(r[5]), r[6], r[7]];
}

/** The two ledgers as downloads: `cases` → `cases.csv`, `payments` → `payments.csv`. */
export type LedgerDownload = 'cases' | 'payments';

/** Where writeLedgers put a ledger's CSV download. */
export function ledgerCsvFile(ledger: LedgerIndex, which: LedgerDownload): string {
  if (ledger.dir === undefined) throw new Error('台账分页文件尚未生成');
  return join(ledger.dir, `${which}.csv`);
}

/**
 * Writes both ledgers of a project-year into `dir` (replacing what was there): JSON pages of
 * `pageSize` rows for the case ledger, the payment ledger and each unit's case list, and the
 * two CSV downloads whole, so the pages and downloads only read what was prepared here.
 */
export async function writeLedgers(
  dir: string,
  cases: readonly CaseRecord[],
  payments: readonly PaymentRecord[],
  pageSize = DEFAULT_PAGE_SIZE,
): Promise<LedgerIndex> {
  await rm(dir, { recursive: true, force: true });
  const write = async (part: string, rows: readonly unknown[]): Promise<LedgerPart> => {
    await mkdir(join(dir, part), { recursive: true });
    const pages = Math.max(1, Math.ceil(rows.length / pageSize));
    for (let page = 1; page <= pages; page++) {
      const slice = rows.slice((page - 1) * pageSize, page * pageSize);
      await writeFile(pageFile(dir, part, page), JSON.stringify(slice));
    }
    return { rows: rows.length, pages };
  };
  const allCases = caseRows(cases, payments);
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
    units.push({ id, unit, ...(await write(`units/${id}`, byUnit.get(unit) ?? [])) });
  }
  const allPayments = paymentRows(payments, cases);
  const index: LedgerIndex = {
    dir,
    pageSize,
    cases: await write('cases', allCases),
    payments: await write('payments', allPayments),
    units,
  };
  await writeFile(
    ledgerCsvFile(index, 'cases'),
    ledgerCsv(CASE_CSV_COLUMNS, allCases.map(caseCsvLine)),
  );
  await writeFile(
    ledgerCsvFile(index, 'payments'),
    ledgerCsv(PAYMENT_CSV_COLUMNS, allPayments.map(paymentCsvLine)),
  );
  return index;
}

/**
 * The same text as toCsv() (src/lib/csv-export.ts: BOM, CRLF, a leading = + - @ neutralised,
 * papaparse's quoting), written cell by cell: papaparse's general writer took most of the time
 * of preparing a 200,000-row download. test/unit/fuzz-csv.test.ts holds the two to the same
 * output.
 */
export function ledgerCsv(
  columns: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const lines = [toCsv(columns, []).slice(0, -2)];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

const FORMULA = /^[=+\-@\t\r]/;
const NEGATIVE_NUMBER = /^-\d/;
const NEEDS_QUOTES = /[",\r\n\uFEFF]|^ | $/;

function csvCell(cell: string): string {
  const text = FORMULA.test(cell) && !NEGATIVE_NUMBER.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Ledger pages live under `<ledger dir>/<年度>/<项目标识>/`. */
export function ledgerDirOf(ledgerRoot: string, year: number, slug: string): string {
  return join(ledgerRoot, String(year), slug);
}

/** One page of a ledger part: `cases`, `payments`, or `units/u3`. */
export async function readLedgerPage<Row>(dir: string, part: string, page: number): Promise<Row[]> {
  return JSON.parse(await readFile(pageFile(dir, part, page), 'utf8')) as Row[];
}
