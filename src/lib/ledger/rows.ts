/**
 * Ledger rows: a case or a payment as the ledgers show it, with what links it to the other file
 * (what was paid for a case, the unit of a payment's case), in the order of the subtotal table.
 */
import type { CaseLinks } from '../model/links.ts';
import type { CaseRecord } from '../schema/cases.ts';
import type { PaymentRecord } from '../schema/spending.ts';

/**
 * One case as the ledger may show it: the record plus what was paid for it (分). The 信访人编号
 * is not here: no page, download or index shows it. Which of these cells are published is
 * decided by the column list (columns.ts).
 */
export type CaseRow = [
  caseId: string,
  petitioner: string,
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

/** The case ledger's rows; `links` is caseLinks(cases, payments) of the project-year. */
export function caseRows(cases: readonly CaseRecord[], links: CaseLinks): CaseRow[] {
  const { paidFen } = links;
  return cases.map((c, i) => [
    c.caseId,
    c.petitioner,
    c.unit,
    c.category,
    c.leader ?? '',
    c.registered,
    c.closed ?? '',
    c.status,
    c.settled,
    c.satisfaction,
    paidFen[i] as number,
    c.note ?? '',
  ]);
}

/** The payment ledger's rows; `links` is caseLinks(cases, payments) of the project-year. */
export function paymentRows(
  payments: readonly PaymentRecord[],
  cases: readonly CaseRecord[],
  links: CaseLinks,
): PaymentRow[] {
  return paymentRowsOf(payments, paymentUnits(cases, links));
}

/** Per payment, the 责任单位 of its case ('' when it names none or an unknown one). */
export function paymentUnits(cases: readonly CaseRecord[], links: CaseLinks): string[] {
  return Array.from(links.caseOf, (at) => cases[at]?.unit ?? '');
}

/** Payment rows given each payment's unit (paymentUnits), for a thread that holds no cases. */
export function paymentRowsOf(
  payments: readonly PaymentRecord[],
  units: readonly string[],
): PaymentRow[] {
  return payments.map((p, i) => [
    p.paymentId,
    p.date,
    p.caseId ?? '',
    units[i] ?? '',
    p.source,
    p.amount,
    p.purpose ?? '',
    p.approval ?? '',
  ]);
}

/** Units in the order of the subtotal table: most cases first, then by name. */
export function unitOrder(cases: readonly CaseRecord[]): string[] {
  const counts = new Map<string, number>();
  for (const c of cases) counts.set(c.unit, (counts.get(c.unit) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([u]) => u);
}
