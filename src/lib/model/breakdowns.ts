/**
 * Subtotals of the ledgers: by 责任单位, 问题类别, month, 资金来源 and 化解状态. The same rows feed
 * the subtotal tables, the charts and their data tables, so a chart never shows a figure the
 * tables do not. Money stays in 分.
 */
import type { BudgetLine } from '../schema/budget.ts';
import { CASE_STATUSES } from '../schema/cases.ts';
import type { CaseRecord } from '../schema/cases.ts';
import type { PaymentRecord } from '../schema/spending.ts';
import { compareText } from '../base/problems.ts';
import type { Breakdowns, CaseGroup, MonthRow, SourceRow } from './breakdowns-schema.ts';
import type { CaseLinks } from './links.ts';
import type { SourcePlace } from './standard-funding.ts';
import { linePayments } from './standard-funding.ts';

export type { Breakdowns, CaseGroup, MonthRow, SourceRow, StatusRow } from './breakdowns-schema.ts';

/** Label for payments not tied to a case. */
export const UNLINKED = '（未关联案件）';

/** The subtotals of a project-year; `links` is caseLinks(cases, payments). */
export function breakdowns(
  year: number,
  cases: readonly CaseRecord[],
  payments: readonly PaymentRecord[],
  budget: readonly BudgetLine[],
  links: CaseLinks,
  places: readonly SourcePlace[] = [],
): Breakdowns {
  const { paidFen } = links;
  const unlinkedFen = payments.reduce((s, p) => s + (p.caseId === undefined ? p.amount : 0), 0);

  const group = (keyOf: (c: CaseRecord) => string): CaseGroup[] => {
    const groups = new Map<string, CaseGroup>();
    for (let i = 0; i < cases.length; i++) {
      const c = cases[i] as CaseRecord;
      const key = keyOf(c);
      let g = groups.get(key);
      if (!g) {
        g = { key, cases: 0, resolved: 0, settled: 0, paidFen: 0 };
        groups.set(key, g);
      }
      g.cases++;
      if (c.status === '已化解') {
        g.resolved++;
        if (c.settled) g.settled++;
      }
      g.paidFen += paidFen[i] as number;
    }
    const rows = [...groups.values()].sort(
      (a, b) => b.cases - a.cases || compareText(a.key, b.key),
    );
    if (unlinkedFen !== 0)
      rows.push({ key: UNLINKED, cases: 0, resolved: 0, settled: 0, paidFen: unlinkedFen });
    return rows;
  };

  const monthCount = new Array<number>(12).fill(0);
  const monthFen = new Array<number>(12).fill(0);
  const sourceCount = new Map<string, number>();
  const sourceFen = new Map<string, number>();
  for (const p of payments) {
    // Payment dates are checked to lie inside the year, so the month picks the slot.
    const m = Number(p.date.slice(5, 7)) - 1;
    monthCount[m] = (monthCount[m] ?? 0) + 1;
    monthFen[m] = (monthFen[m] ?? 0) + p.amount;
    sourceCount.set(p.source, (sourceCount.get(p.source) ?? 0) + 1);
    sourceFen.set(p.source, (sourceFen.get(p.source) ?? 0) + p.amount);
  }
  let cumulative = 0;
  const byMonth: MonthRow[] = monthFen.map((amount, i) => {
    cumulative += amount;
    return {
      month: `${year}-${i < 9 ? '0' : ''}${i + 1}`,
      payments: monthCount[i] ?? 0,
      amountFen: amount,
      cumulativeFen: cumulative,
    };
  });

  // A 本年财政拨款 line holds its 其中 lines' payments too, as in the funding block.
  const lineFen = linePayments(budget, places, sourceFen);
  const lineCount = linePayments(budget, places, sourceCount);
  const bySource: SourceRow[] = budget.map((b, i) => {
    const whole = budget[places[i]?.partOf ?? -1];
    return {
      source: b.source,
      payments: lineCount[i] ?? 0,
      amountFen: lineFen[i] ?? 0,
      annualBudgetFen: b.annualBudget,
      ...(whole ? { partOf: whole.source } : {}),
    };
  });

  const byStatus = CASE_STATUSES.map((status) => ({
    status,
    cases: cases.filter((c) => c.status === status).length,
  }));

  return {
    byUnit: group((c) => c.unit),
    byCategory: group((c) => c.category),
    byMonth,
    bySource,
    byStatus,
    annualBudgetFen: bySource.reduce(
      (s, r) => s + (r.partOf === undefined ? r.annualBudgetFen : 0),
      0,
    ),
  };
}
