/** Records built directly, for the model tests that need no CSV. */
import { caseLinks } from '../../../src/lib/model/links.ts';
import type { CaseLinks } from '../../../src/lib/model/links.ts';
import { buildReport as buildLinkedReport } from '../../../src/lib/model/report.ts';
import type { ReportInput } from '../../../src/lib/model/report.ts';
import type { BudgetLine } from '../../../src/lib/schema/budget.ts';
import type { CaseRecord } from '../../../src/lib/schema/cases.ts';
import type { IndicatorRecord } from '../../../src/lib/schema/indicators.ts';
import { readTarget } from '../../../src/lib/schema/indicator-forms.ts';
import type { PaymentRecord } from '../../../src/lib/schema/spending.ts';

let serial = 0;

/** `input` with the links of its cases and payments, as the project-year job passes them. */
export function withLinks<
  T extends { cases: readonly CaseRecord[]; payments: readonly PaymentRecord[] },
>(input: T): T & { links: CaseLinks } {
  return { ...input, links: caseLinks(input.cases, input.payments) };
}

/** The model's buildReport(input), given the links of the input's records as the job gives them. */
export function buildReport(
  input: Omit<ReportInput, 'links'>,
): ReturnType<typeof buildLinkedReport> {
  return buildLinkedReport(withLinks(input));
}

export function kase(fields: Partial<CaseRecord> = {}): CaseRecord {
  serial++;
  return {
    line: serial + 1,
    caseId: `C${serial}`,
    petitioner: '罗某厚',
    unit: '东城街道',
    category: '征地拆迁',
    registered: '2024-01-01',
    status: '未化解',
    settled: false,
    satisfaction: '未评价',
    ...fields,
  };
}

/** A resolved case, closed `days` after it was registered on 2024-01-01. */
export function resolved(days = 30, fields: Partial<CaseRecord> = {}): CaseRecord {
  const closed = new Date(Date.UTC(2024, 0, 1 + days)).toISOString().slice(0, 10);
  return kase({ status: '已化解', closed, ...fields });
}

export function payment(amount: number, fields: Partial<PaymentRecord> = {}): PaymentRecord {
  serial++;
  return {
    line: serial + 1,
    paymentId: `P${serial}`,
    date: '2024-06-01',
    source: '本年财政拨款',
    amount,
    ...fields,
  };
}

export function budgetLine(annualBudget: number, fields: Partial<BudgetLine> = {}): BudgetLine {
  return { line: 2, source: '本年财政拨款', initialBudget: annualBudget, annualBudget, ...fields };
}

/**
 * A quantitative indicator as the schema outputs it; numbers are decimal text. Its target's form
 * is read from `target` unless given.
 */
export function indicator(fields: Partial<IndicatorRecord> = {}): IndicatorRecord {
  const target = fields.target ?? '100';
  return {
    form: readTarget(target),
    notApplicable: false,
    line: 2,
    level1: '产出指标',
    level2: '数量指标',
    name: '指标',
    direction: '≥',
    target: '100',
    unit: undefined,
    points: '10',
    measure: undefined,
    actual: '100',
    manualScore: undefined,
    reason: undefined,
    ...fields,
  } as IndicatorRecord;
}
