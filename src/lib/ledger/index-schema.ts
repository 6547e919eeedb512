/**
 * A project-year's ledger index as the content collection stores it: how many rows and pages
 * each ledger has, the money on each page, each unit's case list, and where the pages were
 * written. The types are read from these schemas (ledger.ts re-exports them); keys are in the
 * order writeLedgers() writes them, which parsing keeps.
 */
import * as z from 'zod';
import { searchIdsSchema } from '../search/search-index.ts';

const count = z.int().nonnegative();

const ledgerPartShape = {
  rows: count,
  pages: z.int().positive(),
  /** Money on each page, in 分 (paid for its cases, or its payments): the page's 小计. */
  pageTotals: z.array(z.int()).optional(),
};

export const ledgerPartSchema = z.strictObject(ledgerPartShape);

/** The case list of one 责任单位, printed for meetings about that street or department. */
export const unitLedgerSchema = z.strictObject({
  /** URL part: `u1`, `u2` … in the order of the subtotal table. */
  id: z.string().regex(/^u\d+$/),
  unit: z.string(),
  ...ledgerPartShape,
});

export const ledgerIndexSchema = z.strictObject({
  /** Folder holding the pages (absent when the model was built without writing them). */
  dir: z.string().optional(),
  pageSize: z.int().positive(),
  /** The columns the ledgers publish, by name (src/lib/ledger/columns.ts), in their order. */
  columns: z.strictObject({ cases: z.array(z.string()), payments: z.array(z.string()) }),
  cases: ledgerPartSchema,
  payments: ledgerPartSchema,
  units: z.array(unitLedgerSchema),
  /** The search box's lookup records of this project-year (src/lib/search/search-index.ts). */
  search: searchIdsSchema.optional(),
});

export type LedgerPart = z.output<typeof ledgerPartSchema>;
export type UnitLedger = z.output<typeof unitLedgerSchema>;
export type LedgerIndex = z.output<typeof ledgerIndexSchema>;
