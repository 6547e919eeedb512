/**
 * What the print pages say about the report they come from: its title, the running header of
 * every printed page, and the parts a reader can print on their own. Pure: no Astro, no DOM.
 */
import { formatDateCn } from '../../lib/report/format.ts';
import type { Section } from '../../lib/report/outline.ts';
import { EXPECTED_PROSE, SECTIONS, numberedHeading } from '../../lib/report/outline.ts';
import type { ProjectYearModel } from '../../lib/pipeline/project-year.ts';

/**
 * `2024年度信访积案化解专项资金绩效自评报告`; project.yaml's 报告标题 when given; the year not
 * repeated when the 项目名称 already says it (`2023年度信访局积案化解专项资金`).
 */
export function reportTitle(
  py: Pick<ProjectYearModel, 'year' | 'report' | 'facts' | 'factsFrom'>,
): string {
  // A title names its year: one borrowed from an earlier year's project.yaml would be wrong.
  if (py.facts?.title && py.factsFrom === undefined) return py.facts.title;
  const name = py.report.project.name;
  return name.includes(`${py.year}年`)
    ? `${name}绩效自评报告`
    : `${py.year}年度${name}绩效自评报告`;
}

/** The unit that carries out the project (project.yaml's 实施单位, else the site's bureau). */
export function unitOf(py: ProjectYearModel, bureau: string): string {
  return py.facts?.unit ?? bureau;
}

/** Date on the cover: project.yaml's 报告日期, else the latest date in the data. */
export function reportDate(py: ProjectYearModel): string {
  return formatDateCn(py.facts?.reportDate ?? py.dataDate);
}

/** Running header of every printed page: `示例区信访局 · 信访积案化解专项资金 · 2024年度`. */
export function runningHead(py: ProjectYearModel, bureau: string): string {
  return `${unitOf(py, bureau)} · ${py.report.project.name} · ${py.year}年度`;
}

/**
 * A section's heading as the report prints it: `一、基本情况`, `（二）项目过程情况`, or in the
 * bureau's words where project.yaml's 章节标题 renames it.
 */
export function sectionHeading(section: Section, py?: Pick<ProjectYearModel, 'facts'>): string {
  return numberedHeading(section, py?.facts?.headings);
}

/**
 * The one-line heading of a part printed alone, saying which report it comes from:
 * `…绩效自评报告（节选）`, `…绩效自评报告 · 四、绩效评价指标分析（节选）`, `…绩效自评报告 · 附件`.
 */
export function excerptHeading(py: ProjectYearModel, key: string): string {
  const title = reportTitle(py);
  if (key === 'annex') return `${title} · 附件`;
  const section = SECTIONS.find((s) => s.key === key);
  if (!section) throw new Error(`报告提纲中没有章节“${key}”`);
  const parent = SECTIONS.find((s) => s.key === section.parent);
  return parent ? `${title} · ${sectionHeading(parent, py)}（节选）` : `${title}（节选）`;
}

/** Parts printed alone: every section of the outline and the 自评表 (`annex`). */
export const PRINT_SECTION_KEYS: readonly string[] = [...SECTIONS.map((s) => s.key), 'annex'];

/** A CSS string literal holding `text` exactly (quotes, backslashes and line breaks escaped). */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** The per-project-year part of the print stylesheet: the running header's text. */
export function runningHeadCss(py: ProjectYearModel, bureau: string): string {
  return [
    '/* 打印页眉：单位 · 项目 · 年度（每个项目年度一个文件，由站点生成） */',
    '@media print {',
    '  @page {',
    '    @top-center {',
    `      content: ${cssString(runningHead(py, bureau))};`,
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
}

/**
 * Whether a printed part is a draft: a section of it has no prose yet (it prints （待填写）), or,
 * for the 自评表 (`annex`) and the whole report (`report`), project.yaml lacks the 年度总体目标 or
 * the 实际完成情况 the 自评表 needs. `written` holds the keys of the sections that have prose.
 */
export function isDraft(
  py: Pick<ProjectYearModel, 'facts'>,
  written: { has(key: string): boolean },
  key: string,
): boolean {
  const tableMissing = !py.facts?.goal || !py.facts.achievement;
  if (key === 'annex') return tableMissing;
  if (key === 'jiben' && !py.facts?.goal) return true;
  const parts =
    key === 'report'
      ? EXPECTED_PROSE
      : EXPECTED_PROSE.filter((s) => s.key === key || s.parent === key);
  // A section marked 不适用 in project.yaml is finished as it stands.
  const done = (k: string) => written.has(k) || (py.facts?.notApplicable?.includes(k) ?? false);
  return (key === 'report' && tableMissing) || parts.some((s) => !done(s.key));
}
