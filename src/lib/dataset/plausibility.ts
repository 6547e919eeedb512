/**
 * Figures that are possible but unlikely, and so more often a mistake than the truth: more
 * refunds than payments, spending against a budget of nothing, more spent than budgeted. Each is
 * a warning, located at the row it concerns; the report is still built, with the figures as read.
 */
import { ProblemSink } from '../base/problems.ts';
import type { Problem } from '../base/problems.ts';
import { quote } from '../privacy/echo.ts';
import { formatYuan } from '../base/money.ts';
import type { TableResult } from '../read/table.ts';
import type { BudgetLine } from '../schema/budget.ts';
import type { PaymentRecord } from '../schema/spending.ts';
import type { SourcePlace } from '../model/standard-funding.ts';
import { linePayments } from '../model/standard-funding.ts';

/** `103.25%`, from amounts in 分, rounded up so a rate just over 100 % never shows as 100.00 %. */
function percent(part: number, whole: number): string {
  const p = BigInt(part) * 10000n;
  const w = BigInt(whole);
  const basisPoints = p / w + (p % w === 0n ? 0n : 1n);
  return `${(Number(basisPoints) / 100).toFixed(2)}%`;
}

export function plausibility(
  spending: TableResult<PaymentRecord>,
  budget: TableResult<BudgetLine>,
  places: readonly SourcePlace[] = [],
): Problem[] {
  const readable = (t: TableResult<unknown>) => t.problems.every((p) => p.severity !== 'error');
  if (!readable(spending) || !readable(budget)) return [];
  const spendingSink = new ProblemSink(spending.file);
  const budgetSink = new ProblemSink(budget.file);
  const header = (field: string, fallback: string) => budget.headers.get(field) ?? fallback;

  const paid = new Map<string, number>();
  let total = 0;
  for (const p of spending.records) {
    paid.set(p.source, (paid.get(p.source) ?? 0) + p.amount);
    total += p.amount;
  }
  if (total < 0) {
    spendingSink.warn(
      `拨付金额合计为 ${formatYuan(total)} 元，是负数：冲减多于拨付。请核对冲减行的金额和正负号`,
    );
  }

  // A 其中 line's money is inside the line it is part of: counted there, not again in the total.
  const perLine = linePayments(budget.records, places, paid);
  let annual = 0;
  let executed = 0;
  for (const [i, b] of budget.records.entries()) {
    const spent = perLine[i] ?? 0;
    if (places[i]?.partOf === undefined) {
      annual += b.annualBudget;
      executed += spent;
    }
    if (b.annualBudget === 0 && spent !== 0) {
      budgetSink.warn(
        `${quote(b.source)}的全年预算数为 0，但拨付明细中该来源支出 ${formatYuan(spent)} 元；请核对全年预算数（预算调整后的数）`,
        b.line,
        header('annualBudget', '全年预算数'),
      );
    } else if (b.annualBudget > 0 && spent > b.annualBudget) {
      budgetSink.warn(
        `${quote(b.source)}的执行率为 ${percent(spent, b.annualBudget)}，超过 100%：支出 ${formatYuan(spent)} 元多于全年预算数 ${formatYuan(b.annualBudget)} 元；请核对全年预算数是否已按预算调整更新`,
        b.line,
        header('annualBudget', '全年预算数'),
      );
    }
  }
  if (annual > 0 && executed > annual) {
    budgetSink.warn(
      `预算执行率合计为 ${percent(executed, annual)}，超过 100%：支出合计 ${formatYuan(executed)} 元多于全年预算数合计 ${formatYuan(annual)} 元（预算执行得分按 100% 封顶）`,
    );
  }
  return [...spendingSink.problems, ...budgetSink.problems];
}
