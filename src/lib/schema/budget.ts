/** budget.csv — 资金情况, one row per 资金来源. */
import * as z from 'zod';
import { column, fen, requiredText } from '../read/columns.ts';

/**
 * 资金类别: the row of the 自评表's funding block a 资金来源 belongs to. The three standard rows
 * under 年度资金总额 (in this order), and 中央和省级补助 — a part of 本年财政拨款, shown as a 其中 line under it
 * and not added again to any total.
 */
export const STANDARD_SOURCES = ['当年财政拨款', '上年结转资金', '其他资金'] as const;
export type StandardSource = (typeof STANDARD_SOURCES)[number];

/** The 其中 row under 当年财政拨款. */
export const CENTRAL = '中央和省级补助';

export const FUNDING_CATEGORIES = [...STANDARD_SOURCES, CENTRAL] as const;
export type FundingCategory = (typeof FUNDING_CATEGORIES)[number];

/** The 资金类别 a written value names; spaces (full-width too) and a leading 其中 do not matter. */
const CATEGORY_SPELLINGS: Readonly<Record<string, FundingCategory>> = {
  本年财政拨款: '当年财政拨款',
  当年财政拨款: '当年财政拨款',
  上年结转: '上年结转资金',
  上年结转资金: '上年结转资金',
  其他资金: '其他资金',
  中央和省级补助: CENTRAL,
  中央和省级补助资金: CENTRAL,
};

/** The accepted spellings, as a message lists them. */
export const CATEGORY_HINT =
  '本年财政拨款（或 当年财政拨款）、上年结转（或 上年结转资金）、其他资金、其中：中央和省级补助（或 中央和省级补助资金）';

/** The 资金类别 `text` names, or undefined. Only 中央和省级补助 may be written 其中：…. */
export function fundingCategoryOf(text: string): FundingCategory | undefined {
  const name = text.replace(/\s+/g, '');
  const sub = /^其中[：:]?(.+)$/.exec(name)?.[1];
  const category = Object.hasOwn(CATEGORY_SPELLINGS, sub ?? name)
    ? CATEGORY_SPELLINGS[sub ?? name]
    : undefined;
  return sub !== undefined && category !== CENTRAL ? undefined : category;
}

const categorySchema = z.string().transform((text, ctx) => {
  const category = fundingCategoryOf(text);
  if (category === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `“${text}”不是有效的资金类别；应为 ${CATEGORY_HINT} 之一，或留空（按 project.yaml 的资金来源对应或资金来源的名称归类）`,
    });
    return z.NEVER;
  }
  return category;
});

export const budgetLineSchema = z.object({
  /** Line in budget.csv where the row starts. */
  line: z.int(),
  /** 资金来源: 本年财政拨款, 上年结转资金, 其他资金, or a bureau's own (责任单位配套). */
  source: column(requiredText(), { header: '资金来源', cell: 'text', required: true }),
  /**
   * 资金类别: the standard row of the source, when the bureau says (else project.yaml's
   * 资金来源对应, else the source's name decides).
   */
  category: column(categorySchema.optional(), { header: '资金类别', cell: 'text' }),
  /** 年初预算数 in 分; many published tables have no such column (then shown as “—”). */
  initialBudget: column(fen.optional(), { header: '年初预算数', cell: 'money' }),
  /** 全年预算数 (A) in 分. */
  annualBudget: column(fen, { header: '全年预算数', cell: 'money', required: true }),
  /** 全年执行数 (B) in 分, if the bureau states it; must equal the payments of that source. */
  executed: column(fen.optional(), { header: '全年执行数', cell: 'money' }),
});

export type BudgetLine = z.output<typeof budgetLineSchema>;
