/**
 * The narrative side of every project-year, found on disk: the site's facts, each project-year's
 * project.yaml (its own, else the nearest earlier year's), which section files it has, and the
 * warnings about what is missing, misnamed or has no data behind it.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../base/problems.ts';
import { compareText } from '../base/problems.ts';
import type { ProjectYearRef } from '../dataset/load.ts';
import { SLUG_DIR, withheldFolder, YEAR_DIR } from '../dataset/load.ts';
import { mayEcho } from '../privacy/echo.ts';
import { EXPECTED_PROSE, SECTIONS } from '../report/outline.ts';
import { readProjectFacts, readSiteFacts } from './facts.ts';
import type { ProjectFacts, SiteFacts } from './facts-schema.ts';
import { contentFolderProblems } from './privacy.ts';
import { UNIT_DIR } from './unit-facts.ts';

/** What one project-year's narrative folder holds. */
export interface ProjectContent {
  /** This year's facts, else the nearest earlier year's. */
  facts?: ProjectFacts;
  /** Year the facts were taken from, when not this year's own. */
  from?: number;
  /** The project.yaml the facts were read from. */
  factsFile?: string;
  /** The line of each key in that project.yaml (of this year's, when it has no facts). */
  factsLines?: Record<string, number>;
  /** Section keys whose prose file exists. */
  prose: string[];
}

export interface SiteContent {
  site?: SiteFacts;
  /** By project-year id (`2024/jiean-huajie`), one for each ref. */
  projects: Map<string, ProjectContent>;
  problems: Problem[];
}

/** `2024/jiean-huajie` */
export function idOf(ref: { year: number; slug: string }): string {
  return `${ref.year}/${ref.slug}`;
}

/** Reads the content folder for the project-years found in the data folder. */
export async function discoverContent(
  root: string,
  contentDir: string,
  refs: readonly ProjectYearRef[],
): Promise<SiteContent> {
  const problems: Problem[] = [];
  const siteFacts = await readSiteFacts(root, contentDir);
  problems.push(...siteFacts.problems);
  // No ID-card or mobile number in what staff write beside the data (src/lib/content/privacy.ts).
  problems.push(...(await contentFolderProblems(root, contentDir)));

  const factsByRef = new Map<string, ProjectFacts>();
  const factsLines = new Map<string, Record<string, number>>();
  const proseByRef = new Map<string, string[]>();
  /** Project-years whose project.yaml has errors: reported as such, not as missing. */
  const brokenFacts = new Set<string>();
  for (const ref of refs) {
    const dir = `${contentDir}/${ref.year}/${ref.slug}`;
    const facts = await readProjectFacts(root, dir);
    problems.push(...facts.problems);
    if (facts.value) factsByRef.set(idOf(ref), facts.value);
    else if (!facts.missing) brokenFacts.add(idOf(ref));
    if (facts.lines) factsLines.set(idOf(ref), facts.lines);
    proseByRef.set(idOf(ref), await proseFiles(root, dir, problems));
    problems.push(...(await contentFolderProblems(root, dir)));
  }
  problems.push(...(await orphanContent(root, contentDir, refs)));

  const projects = new Map<string, ProjectContent>();
  for (const ref of refs) {
    const id = idOf(ref);
    const { facts, from } = nearestFacts(ref, refs, factsByRef);
    const prose = proseByRef.get(id) ?? [];
    warnMissingNarrative(ref, contentDir, facts, from, prose, problems, brokenFacts.has(id));
    const factsId = from === undefined ? id : `${from}/${ref.slug}`;
    const content: ProjectContent = { prose };
    if (facts) {
      content.facts = facts;
      content.factsFile = `${contentDir}/${factsId}/project.yaml`;
    }
    if (from !== undefined) content.from = from;
    const lines = factsLines.get(factsId);
    if (lines) content.factsLines = lines;
    projects.set(id, content);
  }
  const result: SiteContent = { projects, problems };
  if (siteFacts.value) result.site = siteFacts.value;
  return result;
}

/** Facts of this year, else of the nearest earlier year. */
function nearestFacts(
  ref: ProjectYearRef,
  refs: readonly ProjectYearRef[],
  facts: ReadonlyMap<string, ProjectFacts>,
): { facts?: ProjectFacts; from?: number } {
  const own = facts.get(idOf(ref));
  if (own) return { facts: own };
  // Only earlier years: a published year's pages must not change when a later year is added.
  const year = refs
    .filter((r) => r.slug === ref.slug && r.year < ref.year && facts.has(idOf(r)))
    .map((r) => r.year)
    .sort((a, b) => b - a)[0];
  if (year === undefined) return {};
  const inherited = facts.get(`${year}/${ref.slug}`);
  return inherited ? { facts: inherited, from: year } : {};
}

async function proseFiles(root: string, dir: string, problems: Problem[]): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(join(root, dir));
  } catch {
    return [];
  }
  const known = new Map(SECTIONS.map((s) => [s.file, s.key]));
  const keys: string[] = [];
  for (const name of names.sort(compareText)) {
    const key = known.get(name);
    if (key !== undefined) keys.push(key);
    else if (name.endsWith('.mdx') || name.endsWith('.md')) {
      problems.push({
        file: `${dir}/${name}`,
        severity: 'warning',
        message: `不是报告提纲中的章节文件，不会显示；章节文件应为 ${SECTIONS.map((s) => s.file).join('、')}`,
      });
    }
  }
  return keys;
}

function warnMissingNarrative(
  ref: ProjectYearRef,
  contentDir: string,
  facts: ProjectFacts | undefined,
  from: number | undefined,
  prose: readonly string[],
  problems: Problem[],
  brokenFacts = false,
): void {
  const dir = `${contentDir}/${ref.year}/${ref.slug}`;
  if (brokenFacts) {
    // Its errors are listed already.
  } else if (!facts) {
    problems.push({
      file: `${dir}/project.yaml`,
      severity: 'warning',
      message: `缺少项目信息，项目名称暂用“${ref.slug}”；请写明“项目名称”等`,
    });
  } else if (from !== undefined) {
    problems.push({
      file: `${dir}/project.yaml`,
      severity: 'warning',
      message: `缺少本年度项目信息，暂用 ${from} 年度的`,
    });
  }
  // Written and marked 不适用 both: the prose is shown, so the mark says something untrue.
  for (const s of SECTIONS.filter(
    (s) => prose.includes(s.key) && (facts?.notApplicable?.includes(s.key) ?? false),
  ))
    problems.push({
      file: `${dir}/${s.file}`,
      severity: 'warning',
      message: `已撰写，但 project.yaml 的“不适用章节”列出了本节；将显示正文。本节不适用时请删去此文件，否则从“不适用章节”中删去`,
    });
  const missing = EXPECTED_PROSE.filter(
    (s) => !prose.includes(s.key) && !(facts?.notApplicable?.includes(s.key) ?? false),
  );
  if (missing.length > 0) {
    problems.push({
      file: `${dir}/`,
      severity: 'warning',
      message: `尚未撰写：${missing.map((s) => `${s.number}${s.parent ? '' : '、'}${s.title}`).join('；')}。这些部分将显示“（待填写）”`,
    });
  }
}

/** Narrative folders with no data behind them are reported, not silently dropped. */
async function orphanContent(
  root: string,
  contentDir: string,
  refs: readonly ProjectYearRef[],
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const have = new Set(refs.map(idOf));
  const years = await readdir(join(root, contentDir)).catch(() => [] as string[]);
  if (years.some((y) => !mayEcho(y))) problems.push(withheldFolder(`${contentDir}/`));
  if (years.includes(UNIT_DIR))
    problems.push({
      file: `${contentDir}/${UNIT_DIR}/`,
      severity: 'warning',
      message: `单位自评报告的目录应放在年度目录下，如 ${contentDir}/2024/${UNIT_DIR}/；这里的内容不会使用`,
    });
  for (const year of years.filter((y) => YEAR_DIR.test(y)).sort(compareText)) {
    const slugs = await readdir(join(root, contentDir, year)).catch(() => [] as string[]);
    if (slugs.some((s) => !mayEcho(s))) problems.push(withheldFolder(`${contentDir}/${year}/`));
    // `_Unit`, `unit.yaml` beside the projects …: a slip that would otherwise go unseen.
    for (const name of slugs.filter(
      (s) => !SLUG_DIR.test(s) && s !== UNIT_DIR && !s.startsWith('.') && mayEcho(s),
    ))
      problems.push({
        file: `${contentDir}/${year}/${name}`,
        severity: 'warning',
        message: `不是项目目录（项目标识只用小写字母、数字和连字符），也不是单位自评报告的目录 ${UNIT_DIR}/；不会使用`,
      });
    for (const slug of slugs.filter((s) => SLUG_DIR.test(s) && mayEcho(s)).sort(compareText)) {
      if (!have.has(`${year}/${slug}`)) {
        problems.push({
          file: `${contentDir}/${year}/${slug}/`,
          severity: 'warning',
          message: `有叙述但没有对应的数据目录 data/${year}/${slug}/，不会生成报告`,
        });
      }
    }
  }
  return problems;
}
