/**
 * Words bound to results: a sentence saying every target was met (“各项指标均达到年度目标”,
 * “全面完成年度目标任务”) while the 自评表 shows an indicator not met, or one saying targets were
 * missed (“未达到年度目标”) while every indicator is met. The stale-number check reads numbers
 * only; a narrative copied from another year can contradict its own 自评表 in words alone.
 *
 * Conservative like the number check: a claim is read only where 目标/指标/任务 follows the verb
 * within its clause, and a clause about plans, another year or a question (力争、确保、下一年度、
 * 是否 …) is left alone.
 */
import type { Report } from '../model/report-schema.ts';
import { indicatorText } from '../report/figures.ts';

export interface ResultClaim {
  /** Offset of the claim in the text. */
  index: number;
  /** The claim as written: `均达到年度目标`. */
  typed: string;
  /** What the claim says: every target met, or some missed. */
  says: 'all-met' | 'some-missed';
}

const OBJECT = '[^，,；;。！!？?\\n]{0,8}?(?:目标|指标|任务)';
const DONE = '(?:达到|完成|实现|达成)';
const NOT = '(?:未|没有|未能|尚未|没能)';
/** Each pattern with what it says; a clause may match two, the longer is kept. */
const PATTERNS: readonly [RegExp, ResultClaim['says']][] = [
  // 均达到年度目标, 全部完成绩效指标, 圆满完成年度目标任务
  [
    new RegExp(`(?:均|全部|全面|圆满|都|悉数|全数|完全)已?(?:超额)?${DONE}(?:了)?${OBJECT}`, 'g'),
    'all-met',
  ],
  // 各项指标均已达成
  [new RegExp(`(?:目标|指标)(?:任务)?(?:均|全部|都)已?${DONE}`, 'g'), 'all-met'],
  // 未达到年度目标, 未能全部实现预期目标
  [new RegExp(`${NOT}(?:全部|完全|全面)?${DONE}${OBJECT}`, 'g'), 'some-missed'],
  // 数量指标未完成
  [new RegExp(`(?:目标|指标)(?:任务)?${NOT}(?:全部)?${DONE}`, 'g'), 'some-missed'],
];
/** A clause about plans, conditions, questions or another period: not a statement of this year's results. */
const OFF_CLAUSE =
  /力争|争取|确保|要求|计划|预计|拟|将要|如果|如未|若|是否|能否|下一?年|明年|今后|上年|去年|以前|往年|历年|以往|下步|下一步/;
const CLAUSE_END = /[，,；;。！!？?\n]/;

function clauseAround(
  text: string,
  index: number,
  length: number,
): { start: number; clause: string } {
  let start = index;
  while (start > 0 && !CLAUSE_END.test(text[start - 1] as string)) start--;
  let end = index + length;
  while (end < text.length && !CLAUSE_END.test(text[end] as string)) end++;
  return { start, clause: text.slice(start, end) };
}

/** Claims about whether the year's targets were met, in text order, one per clause and kind. */
export function findResultClaims(text: string, year: number): ResultClaim[] {
  const byClause = new Map<string, ResultClaim>();
  for (const [re, says] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const { start, clause } = clauseAround(text, m.index, m[0].length);
      if (OFF_CLAUSE.test(clause)) continue;
      const years = [...clause.matchAll(/(\d{4})\s*年/g)].map((y) => Number(y[1]));
      if (years.some((y) => y !== year)) continue;
      // 积案化解率、满意率均达到… speaks of the indicators it lists, not of all of them.
      if (says === 'all-met' && /[、和及与]/.test(text.slice(start, m.index))) continue;
      // 未全部达到 reads as “some missed”, not as “all met”.
      if (
        says === 'all-met' &&
        /(?:未|没有|未能|尚未|没能|并非|不是)$/.test(text.slice(0, m.index))
      )
        continue;
      const key = `${start}:${says}`;
      const kept = byClause.get(key);
      if (kept === undefined || m[0].length > kept.typed.length)
        byClause.set(key, { index: m.index, typed: m[0], says });
    }
  }
  return [...byClause.values()].sort((a, b) => a.index - b.index);
}

/**
 * Claims that contradict the 自评表, with the message to show: a claim that all targets were
 * met while an indicator is not, or that some were missed while all are met.
 */
export function contradictedClaims(
  text: string,
  report: Report,
): { index: number; message: string }[] {
  const missed = report.indicators.filter((i) => !i.met);
  if (report.indicators.length === 0) return [];
  return findResultClaims(text, report.year).flatMap((claim) => {
    if (claim.says === 'all-met' && missed.length > 0) {
      const list = missed
        .map(
          (i) =>
            `“${i.name}”（年度指标值${indicatorText(i, 'target', report)}，实际完成${indicatorText(i, 'actual', report)}）`,
        )
        .join('、');
      return [
        {
          index: claim.index,
          message: `写的是“${claim.typed}”，但自评表中有 ${missed.length} 项指标未达到：${list}；请按自评结果改写`,
        },
      ];
    }
    if (claim.says === 'some-missed' && missed.length === 0)
      return [
        {
          index: claim.index,
          message: `写的是“${claim.typed}”，但自评表中 ${report.indicators.length} 项指标均已达到；请按自评结果改写`,
        },
      ];
    return [];
  });
}
