/** Helpers for the narrative tests: one file, one project-year's names, problems as printed. */
import { formatProblem } from '../../../src/lib/base/problems.ts';
import { checkNarrative } from '../../../src/lib/content/narrative.ts';
import type { NarrativeNames } from '../../../src/lib/content/components.ts';

export const F = 'content/2024/demo/01-jiben.mdx';
export const NAMES = {
  sources: ['本年财政拨款', '上年结转资金'],
  indicators: ['群众满意率', '化解信访积案数'],
};
export const lines = (text: string, names: NarrativeNames | undefined = NAMES) =>
  checkNarrative(F, text, names).map((p) => `${p.severity} ${formatProblem(p)}`);
export const unchecked = (text: string) =>
  checkNarrative(F, text).map((p) => `${p.severity} ${formatProblem(p)}`);
export const EXTERNAL =
  '报告只能使用本站的文件（其他网站可借此得知谁在何时阅读报告，内网中也可能无法打开）：请把文件放进 public/ 目录，写成以 / 开头的本站路径';
