/**
 * The subtotal tables (by 责任单位, 问题类别, month, 资金来源) as rows of text. The HTML tables,
 * the CSV downloads and the chart data tables are all made from these same rows.
 */
import type { Breakdowns, CaseGroup } from '../model/breakdowns.ts';
import { formatYuan } from '../base/money.ts';
import { formatCount, formatMonth, formatRatio } from './format.ts';

export const SUBTOTAL_KINDS = ['unit', 'category', 'month', 'source'] as const;
export type SubtotalKind = (typeof SUBTOTAL_KINDS)[number];

/** The subtotals drawn from the case ledger, absent where a project-year has none. */
const CASE_KINDS: readonly SubtotalKind[] = ['unit', 'category'];

/** The subtotal tables a project-year has: without a case ledger, by month and source only. */
export function subtotalKindsOf(report: { noCaseLedger?: true | undefined }): SubtotalKind[] {
  return SUBTOTAL_KINDS.filter((k) => !(report.noCaseLedger && CASE_KINDS.includes(k)));
}

export const SUBTOTAL_TITLES: Record<SubtotalKind, string> = {
  unit: '按责任单位汇总',
  category: '按问题类别汇总',
  month: '按月份汇总（资金拨付）',
  source: '按资金来源汇总',
};

export interface TextTable {
  columns: string[];
  /** Which columns hold numbers (right-aligned). */
  numeric: boolean[];
  rows: string[][];
  /** The closing 合计 row. */
  total: string[];
  /** Optional link per row (a unit's case list). */
  links?: (string | undefined)[];
}

function caseGroupTable(label: string, groups: readonly CaseGroup[]): TextTable {
  const sum = (pick: (g: CaseGroup) => number) => groups.reduce((s, g) => s + pick(g), 0);
  return {
    columns: [label, '案件数', '已化解', '化解率', '息诉罢访', '拨付金额（元）'],
    numeric: [false, true, true, true, true, true],
    rows: groups.map((g) => [
      g.key,
      formatCount(g.cases),
      formatCount(g.resolved),
      formatRatio(g.resolved, g.cases),
      formatCount(g.settled),
      formatYuan(g.paidFen),
    ]),
    total: [
      '合计',
      formatCount(sum((g) => g.cases)),
      formatCount(sum((g) => g.resolved)),
      formatRatio(
        sum((g) => g.resolved),
        sum((g) => g.cases),
      ),
      formatCount(sum((g) => g.settled)),
      formatYuan(sum((g) => g.paidFen)),
    ],
  };
}

export function subtotalTable(kind: SubtotalKind, b: Breakdowns): TextTable {
  switch (kind) {
    case 'unit':
      return caseGroupTable('责任单位', b.byUnit);
    case 'category':
      return caseGroupTable('问题类别', b.byCategory);
    case 'month': {
      const paid = b.byMonth.reduce((s, m) => s + m.amountFen, 0);
      return {
        columns: ['月份', '拨付笔数', '当月拨付（元）', '累计拨付（元）', '累计执行率'],
        numeric: [false, true, true, true, true],
        rows: b.byMonth.map((m) => [
          formatMonth(m.month),
          formatCount(m.payments),
          formatYuan(m.amountFen),
          formatYuan(m.cumulativeFen),
          formatRatio(m.cumulativeFen, b.annualBudgetFen),
        ]),
        total: [
          '合计',
          formatCount(b.byMonth.reduce((s, m) => s + m.payments, 0)),
          formatYuan(paid),
          formatYuan(paid),
          formatRatio(paid, b.annualBudgetFen),
        ],
      };
    }
    case 'source': {
      // A 其中 row's payments are in the row it is part of already.
      const wholes = b.bySource.filter((r) => r.partOf === undefined);
      const paid = wholes.reduce((s, r) => s + r.amountFen, 0);
      return {
        columns: [
          '资金来源',
          '拨付笔数',
          '全年预算数（元）',
          '全年执行数（元）',
          '执行率',
          '占支出比例',
        ],
        numeric: [false, true, true, true, true, true],
        rows: b.bySource.map((r) => [
          r.partOf === undefined ? r.source : `\u3000\u3000其中：${r.source}`,
          formatCount(r.payments),
          formatYuan(r.annualBudgetFen),
          formatYuan(r.amountFen),
          formatRatio(r.amountFen, r.annualBudgetFen),
          formatRatio(r.amountFen, paid),
        ]),
        total: [
          '合计',
          formatCount(wholes.reduce((s, r) => s + r.payments, 0)),
          formatYuan(b.annualBudgetFen),
          formatYuan(paid),
          formatRatio(paid, b.annualBudgetFen),
          formatRatio(paid, paid),
        ],
      };
    }
  }
}
