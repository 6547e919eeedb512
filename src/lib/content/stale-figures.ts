/**
 * The stale-number check: a number typed by hand beside the name of a computed figure
 * (“全年化解信访积案270件”) that no longer agrees with it. Conservative by design — a false alarm
 * teaches people to ignore the warning, so a number is compared only when:
 * - it directly follows a figure's words, with nothing between them but linking words
 *   (的、共、计、为、达到 …) — `已化解的270件`, `化解率为92.47%`, `资金支出768.70万元`;
 * - it carries the figure's unit (件, 人, %, 万元/元), and not `件次`, `人次`, `余件`, `以上` …;
 * - its clause (up to the next ，、；。) speaks of this year as it is: no targets or comparisons
 *   (不低于、目标、力争、上年、同比、提高 …), no other year, no per-case or per-source amounts.
 * A count or rate is compared at the precision it is written with: `92.5%` agrees with 92.47 %.
 * An amount in 万元 is compared with the figure the tables show (the project-year's 万元
 * decimals): `6.8814万元` and `6.88140万元` agree with 6.8814, a rounded `6.88万元` does not — the
 * text would show a figure beside the table's that differs from it.
 */
import Fraction from 'fraction.js';
import { formatWan } from '../base/money.ts';
import type { WanDecimals } from '../base/money.ts';
import { toFixedExact } from '../report/format.ts';
import type { Report } from '../model/report-schema.ts';
import { measureDef } from '../model/measures.ts';
import type { MeasureDef, MeasureKind, MeasureName } from '../model/measures.ts';
import { measureText } from '../report/figures.ts';

export interface StaleFigure {
  /** Offset of the typed number in the text. */
  index: number;
  /** The number and unit as written: `270件`. */
  typed: string;
  measure: string;
  /** The computed figure as the site shows it, in the typed unit: `271件`. */
  computed: string;
  /** The unit to ask for in the placeholder (`元` for money typed in 元). */
  unit?: '元';
}

/** How a measure is found in prose; its kind and unit come from its MeasureDef. */
interface Rule {
  measure: MeasureName;
  /** The figure's words, then linking words only, ending where the number starts. */
  lead: string;
  /** Words that, right before the lead, make it another figure (未化解, 待拨付). */
  notAfter?: RegExp;
  /** Words in the clause that make it another figure (the budget, a share). */
  offClause?: RegExp;
}

/**
 * A clause about one 资金来源 or about the budget: not the year's total, for the measures the
 * funding block stands for (their `funding` role).
 */
const ONE_SOURCE = /财政拨款|配套|结转|其他资金|来源|[“”"「」]|的执行率/;

/** The units a measure's number may be typed in: its own for a count, % for a rate, 元 for money. */
function unitsOf(def: MeasureDef): string {
  if (def.kind === 'count') return def.unit;
  return def.kind === 'rate' ? '%|％' : '万元|元';
}

/** Linking characters; single characters only, so the pattern cannot backtrack badly. */
const LINK_CHAR = '[的了共计合总累为达到是有\\s]';
const LINK = `${LINK_CHAR}*`;
const RULES: readonly Rule[] = [
  {
    measure: '已化解件数',
    lead: `(?:已|共|累计|全年)?化解(?:件数)?(?:${LINK_CHAR}|信访|积案|案件|矛盾纠纷|数)*`,
    notAfter: /(?:未|待|尚未|正在|难以|无法|拟|将|需|应|未能|不能)$/,
  },
  {
    measure: '积案总数',
    lead: `(?:积案总数|积案共|共有(?:信访)?积案|排查(?:出)?(?:信访)?积案|纳入台账的(?:信访)?积案|台账中?的?(?:信访)?积案)${LINK}`,
  },
  {
    measure: '息诉罢访件数',
    lead: `(?:息诉罢访件数|息诉罢访的?案件)${LINK}`,
    notAfter: /(?:未|尚未|没有)$/,
  },
  {
    measure: '救助人数',
    lead: `救助(?:人数)?(?:${LINK_CHAR}|信访|群众|困难|对象|人员)*`,
    notAfter: /(?:未|待|拟|将|需|应)$/,
  },
  { measure: '化解率', lead: `化解率${LINK}` },
  { measure: '息诉罢访率', lead: `息诉罢访率${LINK}` },
  { measure: '满意率', lead: `满意率${LINK}` },
  { measure: '按期办结率', lead: `办结率${LINK}` },
  {
    measure: '预算执行率',
    lead: `(?:预算|资金)?执行率${LINK}`,
  },
  {
    measure: '资金支出总额',
    lead: `(?:资金)?(?:支出|拨付)(?:${LINK_CHAR}|资金|总额|金额|额)*`,
    notAfter: /(?:未|待|尚未|拟|将|需|应)$/,
    offClause: /预算|年初|占/,
  },
];

/** Words that make a clause a target, an estimate, a comparison or another period's figure. */
const OFF_CLAUSE =
  /不少于|不低于|不高于|不超过|不多于|低于|高于|超过|以上|以下|≥|≤|>|<|目标|指标|计划|预期|预计|力争|争取|确保|要求|上年|去年|上一年|前年|往年|历年|以来|同比|环比|同期|增长|下降|提高|降低|减少|增加|增幅|降幅|较|相比|对比|约|近|逾|左右|平均|件均|人均|每件|每人|单笔|最高|最低|最多|最少|其中/;
/** Right after the unit: a different unit or an approximation. */
const OFF_AFTER = /^(?:次|余|多|以上|以下|左右|上下)/;
const CLAUSE_END = /[，,、；;。！!？?\n|]/;

/** Clauses are read at most this far either side, so a text without punctuation stays fast. */
const MAX_CLAUSE = 200;
/** Stale figures reported per text at most: enough to see that a text needs rewriting. */
const MAX_FINDINGS = 20;

/** The clause's text before an offset. */
function clauseBefore(text: string, index: number): string {
  let start = index;
  const stop = Math.max(0, index - MAX_CLAUSE);
  while (start > stop && !CLAUSE_END.test(text[start - 1] as string)) start--;
  return text.slice(start, index);
}

function clauseAround(text: string, index: number): string {
  let start = index;
  const stop = Math.max(0, index - MAX_CLAUSE);
  while (start > stop && !CLAUSE_END.test(text[start - 1] as string)) start--;
  let end = index;
  const last = Math.min(text.length, index + MAX_CLAUSE);
  while (end < last && !CLAUSE_END.test(text[end] as string)) end++;
  return text.slice(start, end);
}

/**
 * Words that may stand before a figure's name in its clause and still mean the year's figure:
 * `全年`, `2024年`, `本项目`, `信访群众`(满意率), `积案`(化解率). Anything else — `局长包案化解26件`,
 * `征地拆迁类积案化解率` — names a part, so the number is not compared.
 */
const SUBJECT_WORDS = [
  '全年',
  '年内',
  '本年度',
  '本年',
  '今年',
  '当年',
  '年度',
  '本项目',
  '项目',
  '全区',
  '我局',
  '本局',
  '共',
  '累计',
  '实际',
  '积案',
  '信访',
  '群众',
  '化解',
  '案件',
  '服务',
  '救助',
  '受助',
  '对象',
  '资金',
  '总体',
  '整体',
  '综合',
  '按期',
  '的',
];

/** Whether the text before a figure's name, after any `…：`, is only subject words. */
function plainSubject(before: string): boolean {
  let rest = before
    .replace(/^[\s\S]*[：:]/, '')
    .replace(/[\s*_#>□`-]|\d{4}年度?|^\d+[.、）)]/g, '');
  while (rest.length > 0) {
    const word = SUBJECT_WORDS.find((w) => rest.startsWith(w));
    if (word === undefined) return false;
    rest = rest.slice(word.length);
  }
  return true;
}

/**
 * wanAgrees(typed, fen, decimals): whether an amount typed in 万元 (digits, no separators) is the
 * figure the tables show at `decimals` — the same number, trailing zeros aside.
 */
export function wanAgrees(typed: string, fen: number, decimals: WanDecimals): boolean {
  return new Fraction(typed).equals(new Fraction(formatWan(fen, decimals).replace(/,/g, '')));
}

/** Whether a typed number agrees with the computed figure (see the module comment). */
function agrees(
  kind: MeasureKind,
  value: number,
  unit: string,
  typed: string,
  wan: () => WanDecimals,
): boolean {
  const decimals = typed.split('.')[1]?.length ?? 0;
  if (kind === 'count') return decimals === 0 && String(value) === typed;
  if (kind === 'rate')
    return toFixedExact(new Fraction(String(value)).mul(100), decimals) === typed;
  if (unit === '万元') return wanAgrees(typed, value, wan());
  return toFixedExact(new Fraction(value, 100), decimals) === typed;
}

const PATTERNS = RULES.map((rule) => {
  const def = measureDef(rule.measure);
  const number = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
  return { rule, def, re: new RegExp(`(${rule.lead})(${number})\\s?(${unitsOf(def)})`, 'g') };
});

/**
 * Typed numbers in a text that contradict a computed figure of this report. Placeholders and
 * markup must be masked out beforehand (the figures they render are right by construction).
 */
export function findStaleFigures(text: string, report: Report): StaleFigure[] {
  const found: StaleFigure[] = [];
  // A clause naming one 资金来源 speaks of that source, not of the year's totals.
  const sources = (report.funding?.lines ?? []).map((l) => l.source).filter((s) => s.length > 1);
  const seen = new Set<number>();
  for (const { rule, def, re } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const lead = m[1] as string;
      const digits = m[2] as string;
      const unit = m[3] as string;
      const index = m.index + lead.length;
      // Reading the lead from the match start may begin inside a word: 未化解, 件均化解 …
      if (rule.notAfter?.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
      if (/[\d.]/.test(text[m.index - 1] ?? '')) continue;
      const after = text
        .slice(index + digits.length, index + digits.length + unit.length + 4)
        .replace(/^\s?/, '')
        .slice(unit.length);
      if (OFF_AFTER.test(after) || seen.has(index)) continue;
      const clause = clauseAround(text, index);
      if (OFF_CLAUSE.test(clause)) continue;
      if (!plainSubject(clauseBefore(text, m.index))) continue;
      const { kind } = def;
      if (def.funding && ONE_SOURCE.test(clause)) continue;
      if (rule.offClause?.test(clause)) continue;
      if (sources.some((source) => clause.includes(source))) continue;
      const years = [...clause.matchAll(/(\d{4})\s*年/g)].map((y) => Number(y[1]));
      if (years.some((y) => y !== report.year)) continue;
      const value = report.measures[rule.measure];
      if (value === null || value === undefined) continue;
      const wan = () => report.funding.wanDecimals;
      if (agrees(kind, value, unit, digits.replace(/,/g, ''), wan)) continue;
      seen.add(index);
      const inYuan = kind === 'money' && unit === '元';
      const figure: StaleFigure = {
        index,
        typed: `${digits}${unit}`,
        measure: rule.measure,
        computed: measureText(report, rule.measure, inYuan ? '元' : undefined),
      };
      if (inYuan) figure.unit = '元';
      found.push(figure);
      if (found.length >= MAX_FINDINGS) return found.sort((a, b) => a.index - b.index);
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** `写的是“270件”，计算得出的已化解件数是 271件；请改用 {已化解件数}` */
export function staleMessage(figure: StaleFigure, how: 'placeholder' | 'component'): string {
  const use =
    how === 'placeholder'
      ? `{${figure.measure}${figure.unit ? `:${figure.unit}` : ''}}`
      : `<Measure name="${figure.measure}"${figure.unit ? ` unit="${figure.unit}"` : ''} />`;
  return `写的是“${figure.typed}”，计算得出的${figure.measure}是 ${figure.computed}；请改用 ${use}`;
}

/** 1-based line of an offset, counting from the text's first line. */
export function lineAt(text: string, index: number, firstLine = 1): number {
  let line = firstLine;
  for (let i = 0; i < index; i++) if (text[i] === '\n') line++;
  return line;
}
