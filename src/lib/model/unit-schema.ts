/**
 * The unit report's summary as the model holds it (money in integer 分) and — converted by
 * unit-json.ts — as `/<年度>/report.json` writes it (money in 元). Key order here is the key order
 * in the file.
 */
import * as z from 'zod';
import { GRADES } from './report-schema.ts';

export const UNIT_SCHEMA_VERSION = 1;

/** An amount in 分, an integer (the JSON writes it in 元, exact to the 分). */
const fen = z.number().int();

/** 万元 decimals, as report-schema.ts's funding.wanDecimals. */
const wanDecimals = z.union([z.literal(2), z.literal(4), z.literal(6)]);

/** The amounts of a row or the total, the fields unit-json.ts converts between 分 and 元. */
export const UNIT_AMOUNTS = ['annualBudget', 'executed'] as const;

/** One 资金来源 of a project as its report's funding block has it. */
export const unitSourceSchema = z.strictObject({
  /** 资金来源 as budget.csv names it. */
  source: z.string(),
  /** 全年预算数, 分 */
  annualBudget: fen,
  /** 全年执行数, 分 (a 本年财政拨款 line's includes its 其中 lines'). */
  executed: fen,
  /** 执行数 ÷ 预算数, unrounded; null when the budget is 0. */
  executionRate: z.number().nullable(),
  /** A 其中：中央和省级补助 line: the source it is part of (its amounts are inside that one's). */
  partOf: z.string().optional(),
});

export const unitProjectSchema = z.strictObject({
  /** 项目标识: the project-year's report is at `/<年度>/<slug>/`. */
  slug: z.string(),
  /** 项目名称 */
  name: z.string(),
  /** 全年预算数, 分 */
  annualBudget: fen,
  /** 全年执行数, 分 */
  executed: fen,
  /** 执行数 ÷ 预算数, unrounded; null when the budget is 0. */
  executionRate: z.number().nullable(),
  /** The project-year's own 万元 decimals (its report's funding.wanDecimals), as its 自评表. */
  wanDecimals,
  /** 自评得分 of the project's 自评表. */
  totalScore: z.number(),
  grade: z.enum(GRADES),
  /** Its 资金来源 in budget.csv order, each with its own amounts; they add up to the row's. */
  sources: z.array(unitSourceSchema),
});

export const unitSummarySchema = z.strictObject({
  year: z.int(),
  /**
   * The unit report's 万元 decimals: the most any of its project-years takes, so its totals are
   * exact and no project's figure is shown with fewer decimals than its own 自评表 has.
   */
  wanDecimals,
  /** Every project-year of the year, in the unit report's order. */
  projects: z.array(unitProjectSchema).min(1),
  total: z.strictObject({
    /** 实行绩效目标管理的项目个数 */
    count: z.int().positive(),
    /** Σ 全年预算数, 分: the “涉及资金” of the 项目概况. */
    annualBudget: fen,
    /** Σ 全年执行数, 分 */
    executed: fen,
    /** Σ 执行数 ÷ Σ 预算数, unrounded; null when the budget is 0. */
    executionRate: z.number().nullable(),
    /** Projects per 等级. */
    grades: z.strictObject({ 优: z.int(), 良: z.int(), 中: z.int(), 差: z.int() }),
  }),
});

/** `/<年度>/report.json`: the summary under the unit's title, with its schema version. */
export const unitJsonSchema = z.strictObject({
  schemaVersion: z.literal(UNIT_SCHEMA_VERSION),
  kind: z.literal('unit'),
  title: z.string(),
  unit: z.string(),
  ...unitSummarySchema.shape,
});

export type UnitSummary = z.output<typeof unitSummarySchema>;
export type UnitProject = z.output<typeof unitProjectSchema>;
export type UnitSource = z.output<typeof unitSourceSchema>;
export type UnitJson = z.output<typeof unitJsonSchema>;
