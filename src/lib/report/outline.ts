/**
 * The report outline (参考提纲, annex 3 of 财预〔2020〕10号). Each section has a key (its URL part
 * and print page), its heading, and the MDX file staff write its prose in. The layout adds the
 * computed parts (tables, charts, score) to the sections that need them.
 */

export interface Section {
  /** URL part and anchor: `guocheng`. */
  key: string;
  /** Numbering as printed: `一`, or `（二）` for a sub-section. */
  number: string;
  title: string;
  /** Prose file in `content/<年度>/<项目标识>/`. */
  file: string;
  /** Key of the parent section for the four parts of 四. */
  parent?: string;
}

export const SECTIONS: readonly Section[] = [
  { key: 'jiben', number: '一', title: '基本情况', file: '01-jiben.mdx' },
  { key: 'pingjia', number: '二', title: '绩效评价工作开展情况', file: '02-pingjia.mdx' },
  { key: 'jielun', number: '三', title: '综合评价情况及评价结论', file: '03-jielun.mdx' },
  { key: 'fenxi', number: '四', title: '绩效评价指标分析', file: '04-fenxi.mdx' },
  {
    key: 'juece',
    number: '（一）',
    title: '项目决策情况',
    file: '04-1-juece.mdx',
    parent: 'fenxi',
  },
  {
    key: 'guocheng',
    number: '（二）',
    title: '项目过程情况',
    file: '04-2-guocheng.mdx',
    parent: 'fenxi',
  },
  {
    key: 'chanchu',
    number: '（三）',
    title: '项目产出情况',
    file: '04-3-chanchu.mdx',
    parent: 'fenxi',
  },
  {
    key: 'xiaoyi',
    number: '（四）',
    title: '项目效益情况',
    file: '04-4-xiaoyi.mdx',
    parent: 'fenxi',
  },
  {
    key: 'jingyan',
    number: '五',
    title: '主要经验及做法、存在的问题及原因分析',
    file: '05-jingyan.mdx',
  },
  { key: 'jianyi', number: '六', title: '有关建议', file: '06-jianyi.mdx' },
  { key: 'qita', number: '七', title: '其他需要说明的问题', file: '07-qita.mdx' },
];

/** Prose files whose absence is reported (四's own file is an optional lead-in). */
export const EXPECTED_PROSE = SECTIONS.filter((s) => s.key !== 'fenxi');

export const TOP_SECTIONS = SECTIONS.filter((s) => s.parent === undefined);

export function subSections(key: string): Section[] {
  return SECTIONS.filter((s) => s.parent === key);
}

export const FACTS_FILE = 'project.yaml';
export const SITE_FILE = 'site.yaml';

/** Placeholder for prose not written yet. */
export const PENDING = '（待填写）';

/** What a section marked 不适用 in project.yaml (不适用章节) prints. */
export const NOT_APPLICABLE = '不适用。';

/**
 * Sub-headings the layout writes itself under 一、基本情况 (its prose sits between them); like the
 * sections, project.yaml's 章节标题 can rename them (seed reports say 预算支出概况 …).
 */
export const LAYOUT_HEADINGS: readonly { key: string; number: string; title: string }[] = [
  { key: 'gaikuang', number: '（一）', title: '项目概况' },
  { key: 'mubiao', number: '（二）', title: '项目绩效目标' },
];

/** A layout sub-heading (`gaikuang`, `mubiao`), numbered, in the bureau's words if renamed. */
export function layoutHeading(
  key: string,
  headings?: Readonly<Record<string, string>> | undefined,
): string {
  const h = LAYOUT_HEADINGS.find((l) => l.key === key);
  if (!h) throw new Error(`没有版面小标题“${key}”`);
  return `${h.number}${headings?.[key] ?? h.title}`;
}

/**
 * A section's title as the report prints it: project.yaml's 章节标题 for it (the bureau's own
 * wording, e.g. 预算支出基本情况 for 基本情况), else the standard outline's.
 */
export function sectionTitle(
  section: Section,
  headings?: Readonly<Record<string, string>> | undefined,
): string {
  return headings?.[section.key] ?? section.title;
}

/** A section's heading, numbered as the outline numbers it: `一、基本情况`, `（二）项目过程情况`. */
export function numberedHeading(
  section: Section,
  headings?: Readonly<Record<string, string>> | undefined,
): string {
  const title = sectionTitle(section, headings);
  return section.parent ? `${section.number}${title}` : `${section.number}、${title}`;
}
