/**
 * How one data file was read, as the build summary and the content collection keep it. The type
 * is read from the schema; keys are in the order the loader writes them, which parsing keeps.
 */
import * as z from 'zod';
import type { Encoding } from '../read/decode.ts';
import type { TableCounts } from '../read/table.ts';

const count = z.int().nonnegative();

const tableCountsSchema = z.strictObject({
  /** Rows after the header. */
  rows: count,
  records: count,
  blank: count,
  /** 合计/总计 rows (0 or 1). */
  total: count,
  /** Rows with at least one error. */
  invalid: count,
});

const encodingSchema = z.enum(['UTF-8', 'UTF-8 (BOM)', 'GB18030']);

export const fileSummarySchema = z.strictObject({
  file: z.string(),
  counts: tableCountsSchema,
  unknownColumns: z.array(z.string()),
  /** Money sums read, in 分, by field: what the 合计 row is checked against. */
  totals: z.record(z.string(), z.int()),
  encoding: encodingSchema.optional(),
});

export type FileSummary = z.output<typeof fileSummarySchema>;

// The reader's own types (read/) are the source of these two: a change there that the schemas
// do not follow fails the type check here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type CountsFollowTheReader = Holds<Same<z.output<typeof tableCountsSchema>, TableCounts>>;
export type EncodingsFollowTheReader = Holds<Same<z.output<typeof encodingSchema>, Encoding>>;
