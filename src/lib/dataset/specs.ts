/** The four files of a project-year folder and how each is read. */
import Fraction from 'fraction.js';
import * as z from 'zod';
import { GRADE_BANDS, inGradeBand } from '../model/scoring.ts';
import { budgetLineSchema, CENTRAL } from '../schema/budget.ts';
import type { BudgetLine } from '../schema/budget.ts';
import { caseRecordSchema } from '../schema/cases.ts';
import type { CaseRecord } from '../schema/cases.ts';
import { indicatorRecordSchema, indicatorRowSchema } from '../schema/indicators.ts';
import type { IndicatorRecord } from '../schema/indicators.ts';
import { paymentRecordSchema } from '../schema/spending.ts';
import type { PaymentRecord } from '../schema/spending.ts';
import type { TableSpec } from '../read/table.ts';

export const CASES: TableSpec<CaseRecord> = {
  fileName: 'cases.csv',
  title: '信访积案台账',
  row: caseRecordSchema,
  record: caseRecordSchema,
};

export const SPENDING: TableSpec<PaymentRecord> = {
  fileName: 'spending.csv',
  title: '资金拨付明细',
  row: paymentRecordSchema,
  record: paymentRecordSchema,
};

export const BUDGET: TableSpec<BudgetLine> = {
  fileName: 'budget.csv',
  title: '资金情况表',
  row: budgetLineSchema,
  record: budgetLineSchema,
  // A 其中：中央和省级补助 line is inside its 本年财政拨款 line: not in the file's 合计 again.
  inTotal: (line) => line.category !== CENTRAL,
};

export const INDICATORS: TableSpec<IndicatorRecord> = {
  fileName: 'indicators.csv',
  title: '绩效指标表',
  row: indicatorRowSchema,
  // The schema checks each row's form; whether a qualitative score fits its grade is a scoring
  // rule of the model, checked here so such a row is refused on its 得分 cell like a bad cell.
  // It runs on a row with other problems too (not on one the schema gave up on), so one pass
  // reports them all.
  record: indicatorRecordSchema.superRefine(checkGradeBand, {
    when: (payload) => payload.value !== z.NEVER,
  }),
};

function checkGradeBand(record: IndicatorRecord, ctx: z.RefinementCtx): void {
  if (record.notApplicable || record.direction !== '定性') return;
  const { actual: grade, manualScore } = record;
  if (grade === undefined || manualScore === undefined) return;
  const points = new Fraction(record.points);
  // 分值 of 0 or below (or unreadable, read as 0) is refused on its own cell.
  if (points.compare(0) <= 0) return;
  if (inGradeBand(grade, new Fraction(manualScore), points)) return;
  const [lo, hi] = GRADE_BANDS[grade];
  ctx.addIssue({
    code: 'custom',
    path: ['manualScore'],
    message: `“${grade}”的得分应在分值的 ${lo}%–${hi}% 之间（${bandEdge(points, lo)}–${bandEdge(points, hi)} 分），现为 ${manualScore}`,
  });
}

/** points × percent ÷ 100 as plain text, e.g. 10 × 80 % → `8`. */
function bandEdge(points: Fraction, percent: number): string {
  return points.mul(percent, 100).toString();
}

/** File names a project-year folder may hold. */
export const DATA_FILES = [BUDGET, CASES, SPENDING, INDICATORS].map((s) => s.fileName);

/** File names a project-year folder must hold: the case ledger is optional. */
export const REQUIRED_FILES = [BUDGET, SPENDING, INDICATORS].map((s) => s.fileName);
