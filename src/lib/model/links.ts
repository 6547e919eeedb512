/**
 * How a project-year's payments tie to its cases, worked out once. Looking a 案件编号 up in a
 * hash map is the costliest step of the model at scale (each payment's id is a different string
 * from its case's, so every lookup hashes and compares characters), and the cross-file check,
 * the measures, the subtotals and the ledgers all need the same answer: they read it here, by
 * position, instead of each looking every id up again.
 */
import type { CaseRecord } from '../schema/cases.ts';
import type { PaymentRecord } from '../schema/spending.ts';

export interface CaseLinks {
  /** Position in `cases` of each 案件编号 (its first row when it repeats). */
  indexOf: ReadonlyMap<string, number>;
  /** Cases whose 案件编号 is already on an earlier row: `[position, position of the first]`. */
  duplicates: readonly (readonly [number, number])[];
  /** Per payment, the position of its case; -1 when it names no case or an unknown one. */
  caseOf: Int32Array;
  /** Per case, the net amount paid in 分 (corrections included). */
  paidFen: Float64Array;
}

/** The links of these cases and payments (a pure function of the two lists). */
export function caseLinks(
  cases: readonly CaseRecord[],
  payments: readonly PaymentRecord[],
): CaseLinks {
  const indexOf = new Map<string, number>();
  const duplicates: [number, number][] = [];
  for (let i = 0; i < cases.length; i++) {
    const id = (cases[i] as CaseRecord).caseId;
    const first = indexOf.get(id);
    if (first === undefined) indexOf.set(id, i);
    else duplicates.push([i, first]);
  }
  const caseOf = new Int32Array(payments.length);
  const paidFen = new Float64Array(cases.length);
  for (let i = 0; i < payments.length; i++) {
    const p = payments[i] as PaymentRecord;
    const at = p.caseId === undefined ? undefined : indexOf.get(p.caseId);
    if (at === undefined) caseOf[i] = -1;
    else {
      caseOf[i] = at;
      paidFen[at] = (paidFen[at] as number) + p.amount;
    }
  }
  return { indexOf, duplicates, caseOf, paidFen };
}
