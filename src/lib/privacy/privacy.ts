/**
 * The privacy guard. A petitioner appears only under a masked name (罗某厚, 罗某, 罗某甲); an
 * ID-card number or a mainland mobile number in any cell of any file stops the build. Messages
 * point at the cell and never repeat what is in it.
 */

import type { TextKind } from './displayed.ts';
import { findNumbers } from './displayed.ts';
import type { Sensitive } from './id-numbers.ts';
import { mayHoldDigits } from './may-hold-digits.ts';

export type { TextKind } from './displayed.ts';
export type { Sensitive } from './id-numbers.ts';
export { findNumbers, textKindOf } from './displayed.ts';

/** What the guard says about a cell, without its content. */
export const SENSITIVE_MESSAGE: Record<Sensitive, string> = {
  idcard: '单元格中疑似有身份证号码，不得录入；请删除该号码（此处不显示单元格内容）',
  mobile: '单元格中疑似有手机号码，不得录入；请删除该号码（此处不显示单元格内容）',
};

export const UNMASKED_NAME_MESSAGE =
  '信访人应为脱敏姓名：姓（单字，或欧阳、司马等复姓）+“某”+ 至多一个字，如 罗某厚、罗某、欧阳某华，多人时写作 罗某厚等3人；此单元格不符合（此处不显示单元格内容）';

/**
 * Compound surnames a masked name may begin with (欧阳某华): the two-character surnames of the
 * 百家姓 and those common today. Any other two characters before 某 (张三某) are a given name
 * left in, so they are refused.
 */
export const COMPOUND_SURNAMES: readonly string[] = [
  ...'欧阳 太史 端木 上官 司马 东方 独孤 南宫 万俟 闻人 夏侯 诸葛 尉迟 公羊 赫连 澹台 皇甫 宗政 濮阳 公冶 太叔 申屠 公孙 慕容 仲孙 钟离 长孙 宇文 司徒 鲜于 司空 闾丘 子车 亓官 司寇 巫马 公西 颛孙 壤驷 公良 漆雕 乐正 宰父 谷梁 拓跋 夹谷 轩辕 令狐 段干 百里 呼延 东郭 南门 羊舌 微生 公户 公玉 公仪 梁丘 公仲 公上 公门 公山 公坚 左丘 公伯 西门 公祖 第五 公乘 贯丘 公皙 南荣 东里 东宫 仲长 子书 子桑 即墨 达奚 褚师 吴铭 纳兰 归海'.split(
    ' ',
  ),
];

const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff';
const MASKED = new RegExp(
  `^(?:[${HAN}]|${COMPOUND_SURNAMES.join('|')})某(?!某)[${HAN}]?(?:等[1-9]\\d{0,3}人)?$`,
);

/**
 * True for a masked name: a surname (one character, or a compound surname of COMPOUND_SURNAMES),
 * then 某, then at most one more character: 罗某厚, 罗某, 罗某甲, 欧阳某华; or a group case,
 * 罗某厚等3人, 罗某等2人. 张三某, 罗某某某, 罗某厚甲 and 罗明厚 are refused.
 */
export function isMaskedName(name: string): boolean {
  return MASKED.test(name.trim());
}

/**
 * Finds an ID-card or mobile number in a data cell, or returns undefined. The cell is read as
 * written and, when it holds markup (`<`, `&`, `*`, `_` …), also with the markup removed, as if
 * it were shown as HTML or Markdown (`139**1234**5678`, `&#49;38…`): see displayed.ts.
 */
export function findSensitive(cell: string): Sensitive | undefined {
  if (!mayHoldDigits(cell)) return undefined;
  const hit = findNumbers(cell, 'plain')[0] ?? findMarkup(cell);
  return hit?.kind;
}

/** Characters of markup a cell may hold: HTML tags and entities, Markdown emphasis, escapes. */
const MARKUP = /[<&*_~`\\{}[\]"']/;

function findMarkup(cell: string): { kind: Sensitive } | undefined {
  if (!MARKUP.test(cell)) return undefined;
  return findNumbers(cell, 'mdx')[0];
}

/** findSensitive() of a text of a given kind (a narrative, a page): the first number's kind. */
export function findSensitiveIn(text: string, kind: TextKind): Sensitive | undefined {
  if (!mayHoldDigits(text)) return undefined;
  return findNumbers(text, kind)[0]?.kind;
}

/**
 * False when a text certainly holds no ID-card or mobile number, however it is read: fewer than
 * 11 characters that could write a digit. A page without candidates costs one table lookup per
 * character.
 */
export function mayHoldSensitive(text: string): boolean {
  return mayHoldDigits(text);
}

/**
 * 1-based lines of `text` on which a number starts (and every line it runs over), with its kind,
 * the text read as `kind` says: a narrative as MDX shows it, project.yaml with its escapes, a page
 * as a reader sees it.
 */
export function sensitiveLinesOf(
  text: string,
  kind: TextKind,
): { line: number; kind: Sensitive }[] {
  if (!mayHoldDigits(text)) return [];
  return hitLines(text, findNumbers(text, kind));
}

/** The 1-based line of `text` where each hit starts, one entry a line. */
export function hitLines(
  text: string,
  hits: readonly { kind: Sensitive; start: number }[],
): { line: number; kind: Sensitive }[] {
  const out: { line: number; kind: Sensitive }[] = [];
  let line = 1;
  let at = 0;
  for (const hit of hits) {
    for (let k = text.indexOf('\n', at); k !== -1 && k < hit.start; k = text.indexOf('\n', k + 1)) {
      line++;
      at = k + 1;
    }
    if (out.at(-1)?.line !== line) out.push({ line, kind: hit.kind });
  }
  return out;
}

/** What a redacted line of a log shows instead. */
export const REDACTED_LINE = '（此行含疑似身份证号或手机号，已隐去）';

/**
 * Text for a log: every line over which an ID-card or mobile number is written replaced by
 * REDACTED_LINE. The number is looked for as a reader would see the text (markup removed,
 * groups joined across spaces, dashes and line breaks), so a number split over two lines hides
 * both. The build and `npm run check-data` pass all they print through this.
 */
export function redactLines(text: string): string {
  if (!mayHoldDigits(text)) return text;
  const hits = [...findNumbers(text, 'plain'), ...findNumbers(text, 'mdx')];
  if (hits.length === 0) return text;
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const lineOf = (index: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const hidden = new Set<number>();
  for (const hit of hits) {
    for (let l = lineOf(hit.start); l <= lineOf(Math.max(hit.start, hit.end - 1)); l++)
      hidden.add(l);
  }
  return lines.map((line, i) => (hidden.has(i) ? REDACTED_LINE : line)).join('\n');
}
