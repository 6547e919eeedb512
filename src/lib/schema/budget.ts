/** budget.csv — 资金情况, one row per 资金来源. */
import * as z from 'zod';
import { column, fen, requiredText } from '../read/columns.ts';

export const budgetLineSchema = z.object({
  /** Line in budget.csv where the row starts. */
  line: z.int(),
  /** 资金来源: 本年财政拨款, 上年结转资金, 其他资金, or a bureau's own (责任单位配套). */
  source: column(requiredText(), { header: '资金来源', cell: 'text', required: true }),
  /** 年初预算数 in 分; many published tables have no such column (then shown as “—”). */
  initialBudget: column(fen.optional(), { header: '年初预算数', cell: 'money' }),
  /** 全年预算数 (A) in 分. */
  annualBudget: column(fen, { header: '全年预算数', cell: 'money', required: true }),
  /** 全年执行数 (B) in 分, if the bureau states it; must equal the payments of that source. */
  executed: column(fen.optional(), { header: '全年执行数', cell: 'money' }),
});

export type BudgetLine = z.output<typeof budgetLineSchema>;
