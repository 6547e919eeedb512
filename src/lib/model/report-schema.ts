/**
 * The report of one project-year: the model every page, chart and tool reads, and — converted
 * once by report-json.ts — report.json. Money is integer 分 here (report.json shows 元); key order
 * here is the key order in the file.
 */
import * as z from 'zod';
import { DIRECTIONS, LEVEL1 } from '../schema/indicators.ts';
import { CENTRAL, STANDARD_SOURCES } from '../schema/budget.ts';

export const REPORT_SCHEMA_VERSION = 1;

export const GRADES = ['优', '良', '中', '差'] as const;
export type Grade = (typeof GRADES)[number];

/** An amount in 分, an integer (report.json writes it in 元, exact to the 分). */
const fen = z.number().int();

/** The amounts of a funding line, the fields report-json.ts converts between 分 and 元. */
export const FUNDING_AMOUNTS = ['initialBudget', 'annualBudget', 'executed'] as const;

export const fundingLineSchema = z.object({
  /** 资金来源 */
  source: z.string(),
  /** 年初预算数, 分 */
  initialBudget: fen,
  /** 全年预算数 (A), 分 */
  annualBudget: fen,
  /** 全年执行数 (B), 分: the payments of this source, corrections included. */
  executed: fen,
  /** B ÷ A, unrounded; null when A is 0. */
  executionRate: z.number().nullable(),
  /**
   * A 其中：中央和省级补助 line: the 资金来源 of the 本年财政拨款 line it is a part of. Its amounts
   * are already in that line (whose 全年执行数 includes the payments naming this one) and in no
   * total again.
   */
  partOf: z.string().optional(),
});

/** The labels of the 自评表's funding block, in its order (中央和省级补助 only when given). */
export const STANDARD_LABELS = [
  '年度资金总额',
  STANDARD_SOURCES[0],
  CENTRAL,
  ...STANDARD_SOURCES.slice(1),
] as ['年度资金总额', '当年财政拨款', '中央和省级补助', '上年结转资金', '其他资金'];

/** A row of the 自评表's funding block: a standard row and the sources it holds. */
export const standardRowSchema = z.object({
  label: z.enum(STANDARD_LABELS),
  initialBudget: fen,
  annualBudget: fen,
  executed: fen,
  executionRate: z.number().nullable(),
  /** The 资金来源 this row holds, in budget.csv order (empty for 年度资金总额). */
  sources: z.array(z.string()),
});

export const fundingSchema = z.object({
  lines: z.array(fundingLineSchema),
  /** 年度资金总额: the sums of the lines. */
  total: fundingLineSchema.omit({ source: true }),
  /** Σ executed ÷ Σ annualBudget, unrounded. */
  executionRate: z.number().nullable(),
  /**
   * The 自评表's rows: 年度资金总额, 当年财政拨款, (其中：中央和省级补助,) 上年结转资金, 其他资金;
   * each source placed by budget.csv's 资金类别, else project.yaml's 资金来源对应, else its name.
   * The rows under the total add up to it (中央和省级补助 is part of 当年财政拨款). Absent in
   * reports of older builds.
   */
  standard: z.array(standardRowSchema).optional(),
  /** budget.csv has no 年初预算数 (its 0s here are not figures): the tables show “—”. */
  noInitialBudget: z.literal(true).optional(),
  /**
   * The 万元 decimals (2, 4 or 6) of this project-year: the fewest that show every amount of
   * the funding block exactly. Every money figure of the project-year — tables, prose, chart
   * summaries, comparisons, print, Word, search — is written with these decimals.
   */
  wanDecimals: z.union([z.literal(2), z.literal(4), z.literal(6)]),
  /** 分值 of the funding block. */
  points: z.number(),
  /** min(rate × points, points), rounded half-up to 0.01. */
  score: z.number(),
});

export const indicatorResultSchema = z.object({
  level1: z.enum(LEVEL1),
  level2: z.string(),
  name: z.string(),
  direction: z.enum(DIRECTIONS),
  /** A number in the indicator's unit; for 定性 the expected outcome in words. */
  target: z.union([z.number(), z.string()]),
  unit: z.string().nullable(),
  points: z.number(),
  /** 计算口径, or null when the actual value was entered by hand. */
  measure: z.string().nullable(),
  /** In the indicator's unit, rounded half-up to 0.01; for 定性 达成/部分达成/未达成. */
  actual: z.union([z.number(), z.string()]).nullable(),
  score: z.number(),
  /** The score was entered by hand (得分 column) rather than computed by the rule. */
  manual: z.boolean(),
  met: z.boolean(),
  /** 偏差原因分析及改进措施 */
  reason: z.string().nullable(),
  /** Line of the indicator in indicators.csv. */
  line: z.number(),
  /** Marked 不适用: listed, left out of the total (the rest rescaled to 100). */
  notApplicable: z.literal(true).optional(),
});

/** How 不适用 indicators changed the total: their 分值, and the factor the rest was scaled by. */
export const rescaleSchema = z.object({
  /** 分值 of the dropped indicators. */
  droppedPoints: z.number(),
  /** 100 ÷ (100 − droppedPoints), exact, written `n/d`. */
  factor: z.string(),
  /** Sum of the rounded scores before scaling. */
  rawScore: z.number(),
});

export const reportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  year: z.number(),
  project: z.object({ slug: z.string(), name: z.string() }),
  /** Records read per file (blank and 合计 rows not counted). */
  rows: z.object({
    cases: z.number(),
    spending: z.number(),
    budget: z.number(),
    indicators: z.number(),
  }),
  /**
   * Present when the project-year has no case ledger (cases.csv): no case measure, chart,
   * ledger page or download is made for it.
   */
  noCaseLedger: z.literal(true).optional(),
  /**
   * Every measure by its name: counts as integers, rates as unrounded fractions 0–1, money in
   * whole 分 (a fraction of a 分 rounded half-up); null when it cannot be computed (a rate over
   * nothing).
   */
  measures: z.record(z.string(), z.number().nullable()),
  /** Days within which a resolved case counts as 按期办结. */
  timelyDays: z.number(),
  funding: fundingSchema,
  indicators: z.array(indicatorResultSchema),
  /**
   * Sum of the rounded scores (funding + indicators), so the table adds up on paper; when
   * indicators are 不适用, that sum × rescale.factor, rounded half-up to 0.01.
   */
  totalScore: z.number(),
  /** Present only when some indicators are 不适用. */
  rescale: rescaleSchema.optional(),
  grade: z.enum(GRADES),
  /**
   * The measures exactly, as fractions written `n/d` (rates 0–1, money in 分, counts): every
   * year-over-year change and every diff is computed from these, so the compare page, the report
   * page and `npm run diff` show the same change. Absent in reports of older builds.
   */
  exact: z.object({ measures: z.record(z.string(), z.string().nullable()) }).optional(),
});

export type Report = z.output<typeof reportSchema>;
export type FundingBlock = z.output<typeof fundingSchema>;
export type FundingLine = z.output<typeof fundingLineSchema>;
export type StandardRow = z.output<typeof standardRowSchema>;
export type IndicatorResult = z.output<typeof indicatorResultSchema>;
