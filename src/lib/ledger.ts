/**
 * Ledger pages. The case and payment ledgers are cut into pages of a fixed number of rows and
 * written as small JSON files beside the build, so a page reads only its own rows: no page grows
 * past a size a browser opens comfortably, and a ten-year archive never sits in memory at once.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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

/** Writes both ledgers of a project-year into `dir` (replacing what was there). */
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
  const units: UnitLedger[] = [];
  let n = 0;
  for (const unit of unitOrder(cases)) {
    const id = `u${++n}`;
    units.push({
      id,
      unit,
      ...(await write(
        `units/${id}`,
        allCases.filter((row) => row[3] === unit),
      )),
    });
  }
  return {
    dir,
    pageSize,
    cases: await write('cases', allCases),
    payments: await write('payments', paymentRows(payments, cases)),
    units,
  };
}

/** Ledger pages live under `<ledger dir>/<年度>/<项目标识>/`. */
export function ledgerDirOf(ledgerRoot: string, year: number, slug: string): string {
  return join(ledgerRoot, String(year), slug);
}

/** One page of a ledger part: `cases`, `payments`, or `units/u3`. */
export async function readLedgerPage<Row>(dir: string, part: string, page: number): Promise<Row[]> {
  return JSON.parse(await readFile(pageFile(dir, part, page), 'utf8')) as Row[];
}

/** Every row of a ledger part, page after page. */
export async function* readLedgerRows<Row>(
  dir: string,
  part: string,
  info: LedgerPart,
): AsyncGenerator<Row> {
  for (let page = 1; page <= info.pages; page++) yield* await readLedgerPage<Row>(dir, part, page);
}
