/**
 * The subtotals of a project-year as the content collection stores them (model/breakdowns.ts
 * computes them): the types are read from these schemas, so the two cannot drift apart. Keys are
 * in the order breakdowns() writes them, which parsing keeps. Money in 分.
 */
import * as z from 'zod';

const count = z.int().nonnegative();
/** An amount in 分 (negative when corrections outweigh payments). */
const fen = z.int();

/** Cases and money of one group of cases (a street, a category). */
export const caseGroupSchema = z.strictObject({
  key: z.string(),
  cases: count,
  resolved: count,
  settled: count,
  /** Payments linked to the group's cases, net of corrections, in 分. */
  paidFen: fen,
});

export const monthRowSchema = z.strictObject({
  /** `2024-03` */
  month: z.string().regex(/^\d{4}-\d{2}$/),
  payments: count,
  amountFen: fen,
  /** Paid from January to this month, in 分. */
  cumulativeFen: fen,
});

export const sourceRowSchema = z.strictObject({
  source: z.string(),
  payments: count,
  amountFen: fen,
  annualBudgetFen: fen,
  /**
   * A 其中：中央和省级补助 line: the 资金来源 it is part of, whose row already counts its payments
   * and budget (so the totals leave this row out).
   */
  partOf: z.string().optional(),
});

export const statusRowSchema = z.strictObject({
  status: z.string(),
  cases: count,
});

export const breakdownsSchema = z.strictObject({
  byUnit: z.array(caseGroupSchema),
  byCategory: z.array(caseGroupSchema),
  byMonth: z.array(monthRowSchema).length(12),
  bySource: z.array(sourceRowSchema),
  byStatus: z.array(statusRowSchema),
  /** Σ 全年预算数 in 分, the line the cumulative chart is drawn against. */
  annualBudgetFen: fen,
});

export type CaseGroup = z.output<typeof caseGroupSchema>;
export type MonthRow = z.output<typeof monthRowSchema>;
export type SourceRow = z.output<typeof sourceRowSchema>;
export type StatusRow = z.output<typeof statusRowSchema>;
export type Breakdowns = z.output<typeof breakdownsSchema>;
