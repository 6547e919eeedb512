/**
 * Text for figures quoted in the narrative. The MDX components are thin wrappers around these,
 * so a figure in a sentence is formatted from the same value as in the tables and report.json,
 * and the formatting is unit-tested here.
 */
import type Fraction from 'fraction.js';
import { exactActual } from '../model/exact.ts';
import type { ExactSource } from '../model/exact.ts';
import { measureByName, MEASURE_NAMES } from '../model/measures.ts';
import type { IndicatorResult, Report } from '../model/report-schema.ts';
import { formatWan, formatYuan } from '../base/money.ts';
import type { WanDecimals } from '../base/money.ts';
import {
  formatCount,
  formatNumber,
  formatPercent,
  formatRatio,
  formatScore,
  toFixedExact,
} from './format.ts';

export type MoneyUnit = '元' | '万元';

/**
 * A measure as prose shows it: `270件`, `93.33%`, `768.6979万元` (or `7,686,979.00元`) — money at
 * the project-year's 万元 decimals (report.funding.wanDecimals), as its tables write it.
 */
export function measureText(report: Report, name: string, unit?: MoneyUnit): string {
  const def = measureByName(name);
  if (!def) throw new Error(`未知的计算口径“${name}”；可用的有 ${MEASURE_NAMES.join('、')}`);
  const value = report.measures[name];
  if (value === null || value === undefined) return '—';
  switch (def.kind) {
    case 'count':
      return `${formatCount(value)}${def.unit}`;
    case 'rate':
      return formatPercent(value);
    case 'money':
      return moneyText(value, report.funding.wanDecimals, unit ?? '万元');
  }
}

/**
 * An amount in 分 as prose shows it, at the 万元 decimals of its project-year (or unit report):
 * `768.6979万元`, or `7,686,979.00元`.
 */
export function moneyText(fen: number, decimals: WanDecimals, unit: MoneyUnit = '万元'): string {
  return unit === '元' ? `${formatYuan(fen)}元` : `${formatWan(fen, decimals)}万元`;
}

export type BudgetField = '年初预算数' | '全年预算数' | '全年执行数';

const BUDGET_FIELD: Record<BudgetField, 'initialBudget' | 'annualBudget' | 'executed'> = {
  年初预算数: 'initialBudget',
  全年预算数: 'annualBudget',
  全年执行数: 'executed',
};

/** A budget figure, of one 资金来源 or of the total, in 分. */
export function budgetFen(report: Report, field: BudgetField, source?: string): number {
  const key = BUDGET_FIELD[field];
  if (key === 'initialBudget' && report.funding.noInitialBudget) {
    throw new Error('本项目年度的 budget.csv 没有年初预算数；可引用全年预算数或全年执行数');
  }
  if (source === undefined) return report.funding.total[key];
  const line = report.funding.lines.find((l) => l.source === source);
  if (!line) {
    throw new Error(
      `资金来源“${source}”不在本项目年度的资金情况中；有 ${report.funding.lines.map((l) => l.source).join('、')}`,
    );
  }
  return line[key];
}

/** Share of a 资金来源 in total spending: `80.00%`. */
export function sourceShareText(report: Report, source: string): string {
  const total = report.funding.total.executed;
  const part = budgetFen(report, '全年执行数', source);
  return formatRatio(part, total);
}

export function findIndicator(report: Report, name: string): IndicatorResult {
  const found = report.indicators.find((i) => i.name === name);
  if (!found) {
    throw new Error(
      `没有名为“${name}”的指标；本项目年度的指标有 ${report.indicators.map((i) => i.name).join('、')}`,
    );
  }
  return found;
}

export type IndicatorField = 'target' | 'actual' | 'points' | 'score';

/** Units whose values are always shown with two decimals (rates and amounts). */
const TWO_DECIMAL_UNITS = new Set(['%', '万元', '元']);

/** A value in an indicator's unit: `93.70` for %, `2.85` for 万元, `270` for 件. */
export function unitValueText(value: number | Fraction, unit: string | null): string {
  return unit !== null && TWO_DECIMAL_UNITS.has(unit)
    ? toFixedExact(value, 2)
    : formatNumber(value);
}

/** The target as the 自评表 writes it, without its unit: `≥270`, `100`, or words for 定性. */
export function targetCellText(ind: IndicatorResult): string {
  return typeof ind.target === 'number'
    ? `${ind.direction === '=' ? '' : ind.direction}${formatNumber(ind.target)}`
    : ind.target;
}

/** What an indicator's value in 万元 is written from: the project-year's decimals and exact values. */
export type WanSource = Pick<Report, 'funding'> & ExactSource;

/**
 * An actual value in 万元 is money: written at the project-year's 万元 decimals, from its exact
 * value (its 计算口径's, not the 0.01 the model rounds it to), so it reads as the funding table
 * and prose write the same amount: 件均化解资金 2.8470, not 2.85, beside 768.6979.
 */
function wanActualText(ind: IndicatorResult, report: WanSource): string {
  const exact: number | Fraction = exactActual(report, ind) ?? (ind.actual as number);
  return toFixedExact(exact, report.funding.wanDecimals);
}

/**
 * The actual value as the 自评表 writes it, without its unit: `93.70`, `270`, `达成`, and a
 * time indicator's date as `2024年12月20日`; in 万元 at the project-year's decimals.
 */
export function actualCellText(ind: IndicatorResult, report: WanSource): string {
  if (ind.actual === null) return '—';
  if (typeof ind.actual === 'number')
    return ind.unit === '万元' ? wanActualText(ind, report) : unitValueText(ind.actual, ind.unit);
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ind.actual);
  return date ? `${date[1]}年${Number(date[2])}月${Number(date[3])}日` : ind.actual;
}

/**
 * One field of an indicator with its unit: `≥95%`, `93.70%`, `15`, `14.79`; an actual value in
 * 万元 at the project-year's decimals (see actualCellText).
 */
export function indicatorText(
  ind: IndicatorResult,
  field: IndicatorField,
  report: WanSource,
): string {
  const unit = ind.unit ?? '';
  switch (field) {
    case 'target':
      return typeof ind.target === 'number' ? `${targetCellText(ind)}${unit}` : ind.target;
    case 'actual':
      return typeof ind.actual === 'number'
        ? `${actualCellText(ind, report)}${unit}`
        : actualCellText(ind, report);
    case 'points':
      return `${formatNumber(ind.points)}分`;
    case 'score':
      return `${formatScore(ind.score)}分`;
  }
}

/** `91.23分` */
export function scoreText(score: number): string {
  return `${formatScore(score)}分`;
}

/**
 * An indicator and its target in a sentence listing them: `化解信访积案数≥270件`, and for a
 * target in words `维护社会和谐稳定：化解一批久拖未决的信访积案` (its own end punctuation dropped,
 * the list punctuates), so that a name never runs into the words of its target.
 */
export function goalText(ind: IndicatorResult): string {
  const target =
    typeof ind.target === 'number' ? `${targetCellText(ind)}${ind.unit ?? ''}` : ind.target;
  return typeof ind.target === 'number'
    ? `${ind.name}${target}`
    : `${ind.name}：${target.replace(/[。；;，,、！!？?\s]+$/, '')}`;
}
