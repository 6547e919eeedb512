/**
 * Placeholders: computed figures quoted in the free text of project.yaml and indicators.csv.
 * `{已化解件数}` renders exactly what `<Measure name="已化解件数" />` renders in the narrative,
 * through the same functions (report/figures.ts), so a figure reads the same in every place.
 *
 * Syntax (one rule for every text field):
 * - `{计算口径}`, `{资金支出总额:元}` — a measure (money in 万元 unless `:元`);
 * - `{全年预算数}`, `{全年预算数:本年财政拨款}`, `{全年执行数:元}` — like `<Budget>`;
 * - `{占比:本年财政拨款}` — like `<Share>`;
 * - `{总分}`, `{预算执行得分}`, `{等级}` — like `<Score>`, `<Score of="funding">`, `<Grade>`;
 * - `{指标:息诉罢访率}`, `{指标:息诉罢访率:年度指标值}` — like `<IndicatorValue>`;
 * - `{{` and `}}` write a literal brace.
 * A half-width or full-width colon separates the parts.
 */
import { MEASURE_NAMES, measureByName, needsCasesMessage } from '../model/measures.ts';
import type { Report } from '../model/report-schema.ts';
import type { Problem, Severity } from '../base/problems.ts';
import {
  budgetFen,
  findIndicator,
  indicatorText,
  measureText,
  moneyText,
  scoreText,
  sourceShareText,
} from '../report/figures.ts';
import type { BudgetField, IndicatorField, MoneyUnit } from '../report/figures.ts';
import { suggest } from './suggest.ts';

/** Where a text comes from, for located problems. */
export interface TextPlace {
  file: string;
  line?: number;
  /** The key or column the text was written under. */
  column: string;
}

const BUDGET_FIELDS: readonly BudgetField[] = ['年初预算数', '全年预算数', '全年执行数'];
const MONEY_UNITS: readonly MoneyUnit[] = ['万元', '元'];
const FIELD_WORDS: Record<string, IndicatorField> = {
  target: 'target',
  actual: 'actual',
  points: 'points',
  score: 'score',
  年度指标值: 'target',
  实际完成值: 'actual',
  分值: 'points',
  得分: 'score',
};
const SCORE_NAMES = ['总分', '预算执行得分', '等级'] as const;

/** Every name a placeholder may start with, for messages and suggestions. */
export const PLACEHOLDER_HEADS: readonly string[] = [
  ...MEASURE_NAMES,
  ...BUDGET_FIELDS,
  '占比',
  ...SCORE_NAMES,
  '指标',
];

/** One piece of a text: literal text, or a placeholder's inside with its offset. */
type Piece = { text: string } | { name: string; at: number };

/** Splits a text into literal pieces and placeholders; an unpaired brace is a problem. */
export function splitPlaceholders(text: string): { pieces: Piece[]; problem?: string } {
  const pieces: Piece[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if ((c === '{' || c === '}') && text[i + 1] === c) {
      literal += c;
      i += 2;
    } else if (c === '}') {
      return { pieces, problem: '有一个单独的“}”；要写花括号本身请写成 }}' };
    } else if (c === '{') {
      const end = text.indexOf('}', i + 1);
      const inner = end < 0 ? '' : text.slice(i + 1, end);
      if (end < 0 || /[{\r\n]/.test(inner)) {
        return {
          pieces,
          problem: '“{”没有配对的“}”；引用计算数字写成 {已化解件数}，要写花括号本身请写成 {{',
        };
      }
      if (literal) pieces.push({ text: literal });
      literal = '';
      pieces.push({ name: inner, at: i });
      i = end + 1;
    } else {
      literal += c;
      i++;
    }
  }
  if (literal) pieces.push({ text: literal });
  return { pieces };
}

/** A placeholder's inside as its text, or a Chinese message saying what is wrong. */
export function placeholderText(report: Report, inside: string): { text?: string; error?: string } {
  const parts = inside.split(/[:：]/).map((p) => p.trim());
  const head = parts[0] ?? '';
  const rest = parts.slice(1);
  // Quoted cut short: a brace pair can enclose anything, even a pasted sentence.
  const shown = `{${[...inside].length > 16 ? `${[...inside].slice(0, 16).join('')}…` : inside}}`;
  const tooMany = (n: number, how: string) =>
    rest.length > n ? `占位符 ${shown} 的写法不对；应写成 ${how}` : undefined;
  try {
    const def = measureByName(head);
    if (def && report.noCaseLedger && def.fromCases) {
      return { error: `占位符 ${shown}：${needsCasesMessage(head) ?? ''}` };
    }
    if (def) {
      if (rest.length === 0) return { text: measureText(report, head) };
      const unit = rest[0] as MoneyUnit;
      if (def.kind !== 'money') {
        return { error: `占位符 ${shown}：“${head}”不是金额，不能指定单位；应写成 {${head}}` };
      }
      if (rest.length > 1 || !MONEY_UNITS.includes(unit)) {
        return { error: `占位符 ${shown} 的单位应为 万元 或 元，如 {${head}:元}` };
      }
      return { text: measureText(report, head, unit) };
    }
    if ((BUDGET_FIELDS as readonly string[]).includes(head)) {
      let unit: MoneyUnit | undefined;
      const args = [...rest];
      if (MONEY_UNITS.includes(args[args.length - 1] as MoneyUnit)) unit = args.pop() as MoneyUnit;
      const wrong = args.length > 1 ? `{${head}:资金来源:元}` : undefined;
      if (wrong)
        return {
          error: `占位符 ${shown} 的写法不对；应写成 {${head}}、{${head}:资金来源} 或 ${wrong}`,
        };
      return { text: moneyText(budgetFen(report, head as BudgetField, args[0]), unit) };
    }
    if (head === '占比') {
      if (rest.length !== 1 || !rest[0]) {
        return { error: `占位符 ${shown} 应写明资金来源，如 {占比:本年财政拨款}` };
      }
      // budgetFen checks the source and names the valid ones.
      budgetFen(report, '全年执行数', rest[0]);
      return { text: sourceShareText(report, rest[0]) };
    }
    if ((SCORE_NAMES as readonly string[]).includes(head)) {
      const wrong = tooMany(0, `{${head}}`);
      if (wrong) return { error: wrong };
      if (head === '等级') return { text: report.grade };
      return { text: scoreText(head === '总分' ? report.totalScore : report.funding.score) };
    }
    if (head === '指标') {
      const how = '{指标:三级指标名称} 或 {指标:三级指标名称:年度指标值}';
      if (rest.length === 0 || rest.length > 2 || !rest[0]) {
        return { error: `占位符 ${shown} 的写法不对；应写成 ${how}` };
      }
      const field = rest[1] === undefined ? 'actual' : FIELD_WORDS[rest[1]];
      if (field === undefined) {
        return {
          error: `占位符 ${shown}：“${rest[1]}”不是指标的一项；可用的有 年度指标值、实际完成值、分值、得分`,
        };
      }
      const names = report.indicators.map((i) => i.name);
      if (!names.includes(rest[0])) {
        return {
          error: `占位符 ${shown}：没有名为“${rest[0]}”的指标${suggest(rest[0], names, (s) => `“${s}”`)}；本项目年度的指标有 ${names.join('、')}`,
        };
      }
      return { text: indicatorText(findIndicator(report, rest[0]), field) };
    }
  } catch (e) {
    return { error: `占位符 ${shown}：${e instanceof Error ? e.message : String(e)}` };
  }
  const hint = suggest(head, PLACEHOLDER_HEADS, (s) => `{${s}}`);
  return {
    error: `不认识的占位符 ${shown}${hint}；可用的有 ${PLACEHOLDER_HEADS.map((s) => `{${s}}`).join('、')}；要写花括号本身请写成 {{ 和 }}`,
  };
}

/**
 * A text with its placeholders replaced by the figures they name. On a problem the text is
 * returned as written, with one located problem per bad placeholder.
 */
export function renderPlaceholders(
  text: string,
  report: Report,
  place: TextPlace,
  severity: Severity = 'error',
): { text: string; problems: Problem[] } {
  return renderPlaceholdersWith(text, (name) => placeholderText(report, name), place, severity);
}

/**
 * renderPlaceholdersWith(text, resolve, place, severity): the text with each placeholder's inside
 * replaced by what `resolve` makes of it (a project-year's figures, or a unit report's); on a
 * problem the text as written, with one located problem per bad placeholder.
 */
export function renderPlaceholdersWith(
  text: string,
  resolve: (inside: string) => { text?: string; error?: string },
  place: TextPlace,
  severity: Severity = 'error',
): { text: string; problems: Problem[] } {
  const at = (message: string): Problem => {
    const p: Problem = { file: place.file, column: place.column, message, severity };
    if (place.line !== undefined) p.line = place.line;
    return p;
  };
  const { pieces, problem } = splitPlaceholders(text);
  if (problem) return { text, problems: [at(problem)] };
  const problems: Problem[] = [];
  let out = '';
  for (const piece of pieces) {
    if ('text' in piece) {
      out += piece.text;
      continue;
    }
    const r = resolve(piece.name);
    if (r.error !== undefined) problems.push(at(r.error));
    else out += r.text ?? '';
  }
  return problems.length > 0 ? { text, problems } : { text: out, problems };
}

/**
 * The text with every placeholder and escaped brace blanked out to the same length, for the
 * stale-number check: what a placeholder renders is right by construction.
 */
export function maskPlaceholders(text: string): string {
  return text.replace(/\{\{|\}\}|\{[^{}\r\n]*\}/g, (m) => '□'.repeat(m.length));
}
