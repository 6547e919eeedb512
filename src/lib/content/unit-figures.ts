/**
 * The unit report's own figures, quoted by name wherever its text is written: `{项目个数}` in
 * unit.yaml's 单位概况, `<Unit name="项目个数" />` in its MDX sections — one function makes the
 * text of both (and of the computed 项目概况 sentence), so a figure reads the same everywhere.
 * The stale-number check over the unit's text compares a hand-typed 项目个数 or 涉及资金 with the
 * computed totals: 元 at the precision it is written with, 万元 with the figure as shown.
 */
import Fraction from 'fraction.js';
import { formatCount, formatPercent, toFixedExact } from '../report/format.ts';
import type { MoneyUnit } from '../report/figures.ts';
import { moneyText } from '../report/figures.ts';
import type { UnitProject, UnitSource, UnitSummary } from '../model/unit-schema.ts';
import type { Problem, Severity } from '../base/problems.ts';
import type { PropRule } from './components.ts';
import { renderPlaceholdersWith } from './placeholders.ts';
import type { TextPlace } from './placeholders.ts';
import { lineAt, wanAgrees } from './stale-figures.ts';
import { suggest } from './suggest.ts';

/** The unit figures by name: what each is, and whether it is money (takes 万元 / 元). */
export const UNIT_FIGURES = {
  项目个数: { money: false },
  资金总额: { money: true },
  执行总额: { money: true },
  执行率: { money: false },
  优等级项目个数: { money: false },
} as const;

export type UnitFigureName = keyof typeof UNIT_FIGURES;
export const UNIT_FIGURE_NAMES = Object.keys(UNIT_FIGURES) as UnitFigureName[];

/**
 * A unit figure as prose shows it: `3个`, `857.15万元`, `96.35%` — money at the unit report's
 * 万元 decimals (summary.wanDecimals), as moneyText writes it.
 */
export function unitFigureText(
  summary: UnitSummary,
  name: UnitFigureName,
  unit: MoneyUnit = '万元',
): string {
  const t = summary.total;
  switch (name) {
    case '项目个数':
      return `${formatCount(t.count)}个`;
    case '资金总额':
      return moneyText(t.annualBudget, summary.wanDecimals, unit);
    case '执行总额':
      return moneyText(t.executed, summary.wanDecimals, unit);
    case '执行率':
      return t.executionRate === null ? '—' : formatPercent(t.executionRate);
    case '优等级项目个数':
      return `${formatCount(t.grades.优)}个`;
  }
}

/**
 * A project's 资金来源 in the unit's 项目概况, when it has more than one (else empty): each with
 * its own 全年预算数 and 执行数 (prose precision, as the project's sentence), a 其中 line inside
 * the line it is part of — `其中本年财政拨款预算数50.00万元、执行数50.00万元（含中央和省级补助资金
 * 预算数20.00万元、执行数20.00万元），上年结转资金预算数7.15万元、执行数7.15万元。`
 */
export function unitSourcesText(project: Pick<UnitProject, 'sources' | 'wanDecimals'>): string {
  const { sources, wanDecimals } = project;
  if (sources.length < 2) return '';
  const amounts = (s: UnitSource) =>
    `${s.source}预算数${moneyText(s.annualBudget, wanDecimals)}、执行数${moneyText(s.executed, wanDecimals)}`;
  const wholes = sources
    .filter((s) => s.partOf === undefined)
    .map((s) => {
      const parts = sources.filter((p) => p.partOf === s.source).map(amounts);
      return `${amounts(s)}${parts.length > 0 ? `（含${parts.join('，')}）` : ''}`;
    });
  return `其中${wholes.join('，')}。`;
}

/** The components a unit report's narrative may use (checked by narrative.ts). */
export const UNIT_COMPONENTS: Record<string, Record<string, PropRule>> = {
  Unit: {
    name: {
      required: true,
      values: { kind: 'list', what: '单位报告数字', values: UNIT_FIGURE_NAMES },
    },
    unit: {
      values: { kind: 'list', what: '单位', values: ['万元', '元'] },
      onlyWith: {
        attr: 'name',
        values: UNIT_FIGURE_NAMES.filter((n) => UNIT_FIGURES[n].money),
        what: '金额',
      },
    },
  },
};

const isName = (s: string): s is UnitFigureName => (UNIT_FIGURE_NAMES as string[]).includes(s);

/** A placeholder's inside (`资金总额:元`) as text, or a Chinese message saying what is wrong. */
function placeholderText(summary: UnitSummary, inside: string): { text?: string; error?: string } {
  const [head = '', ...rest] = inside.split(/[:：]/).map((p) => p.trim());
  const shown = `{${[...inside].length > 16 ? `${[...inside].slice(0, 16).join('')}…` : inside}}`;
  if (!isName(head)) {
    return {
      error: `不认识的占位符 ${shown}${suggest(head, UNIT_FIGURE_NAMES, (s) => `{${s}}`)}；单位自评报告可用的有 ${UNIT_FIGURE_NAMES.map((s) => `{${s}}`).join('、')}；要写花括号本身请写成 {{ 和 }}`,
    };
  }
  if (rest.length === 0) return { text: unitFigureText(summary, head) };
  if (!UNIT_FIGURES[head].money) {
    return { error: `占位符 ${shown}：“${head}”不是金额，不能指定单位；应写成 {${head}}` };
  }
  const unit = rest[0];
  if (rest.length > 1 || (unit !== '元' && unit !== '万元')) {
    return { error: `占位符 ${shown} 的单位应为 万元 或 元，如 {${head}:元}` };
  }
  return { text: unitFigureText(summary, head, unit) };
}

/** A text with the unit placeholders replaced; on a problem the text as written, and problems. */
export function renderUnitPlaceholders(
  text: string,
  summary: UnitSummary,
  place: TextPlace,
): { text: string; problems: Problem[] } {
  return renderPlaceholdersWith(text, (inside) => placeholderText(summary, inside), place);
}

/** Linking characters between a figure's words and its number (single characters only). */
const LINK = '[的了共计合总累为达到是有\\s]*';

/** Typed figures of the unit's totals: `项目3个`, `项目共3个`, `涉及资金148.8万元`. */
const STALE_RULES: readonly { name: UnitFigureName; re: RegExp }[] = [
  { name: '项目个数', re: new RegExp(`(项目${LINK})(\\d+)(个)`, 'g') },
  {
    name: '资金总额',
    re: new RegExp(`((?:涉及|预算)资金(?:总额)?${LINK})(\\d+(?:\\.\\d+)?)(万元|元)`, 'g'),
  },
];

/**
 * Hand-typed totals in the unit's text (placeholders and markup masked out beforehand) that do
 * not agree with the computed ones. A clause naming another year or a single project's amount
 * (其中、二级) is left alone.
 */
export function unitStaleProblems(
  text: string,
  summary: UnitSummary,
  place: { file: string; line?: number; column?: string },
  severity: Severity,
  how: 'placeholder' | 'component',
): Problem[] {
  const problems: Problem[] = [];
  for (const { name, re } of STALE_RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const index = m.index + (m[1] as string).length;
      const typed = m[2] as string;
      const unit = m[3] as string;
      const start = m.index;
      const before = (marks: string) =>
        Math.max(...[...marks].map((c) => text.lastIndexOf(c, start))) + 1;
      const end = index + typed.length + unit.length;
      const clause = text.slice(before('，。；\n'), end);
      // A sentence that lists parts (其中、二级项目) speaks of a part, not of the unit's totals.
      if (/其中|二级/.test(text.slice(before('。；\n'), end))) continue;
      if (/上年|同比|不低于|不少于|力争|指标值/.test(clause)) continue;
      if ([...clause.matchAll(/(\d{4})\s*年/g)].some((y) => Number(y[1]) !== summary.year))
        continue;
      const decimals = typed.split('.')[1]?.length ?? 0;
      const budget = summary.total.annualBudget;
      const agrees =
        name === '项目个数'
          ? String(summary.total.count) === typed
          : unit === '元'
            ? toFixedExact(new Fraction(budget, 100), decimals) === typed
            : wanAgrees(typed, budget, summary.wanDecimals);
      if (agrees) continue;
      const inYuan = unit === '元';
      const use =
        how === 'placeholder'
          ? `{${name}${inYuan ? ':元' : ''}}`
          : `<Unit name="${name}"${inYuan ? ' unit="元"' : ''} />`;
      const p: Problem = {
        file: place.file,
        severity,
        message: `写的是“${typed}${unit}”，计算得出的${name}是 ${unitFigureText(summary, name, inYuan ? '元' : '万元')}；请改用 ${use}`,
      };
      if (place.line !== undefined) p.line = lineAt(text, index, place.line);
      if (place.column !== undefined) p.column = place.column;
      problems.push(p);
    }
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
