/** The four files of a project-year folder and how each is read. */
import { budgetLineSchema } from '../schema/budget.ts';
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
};

export const INDICATORS: TableSpec<IndicatorRecord> = {
  fileName: 'indicators.csv',
  title: '绩效指标表',
  row: indicatorRowSchema,
  record: indicatorRecordSchema,
};

/** File names a project-year folder must hold. */
export const DATA_FILES = [BUDGET, CASES, SPENDING, INDICATORS].map((s) => s.fileName);
