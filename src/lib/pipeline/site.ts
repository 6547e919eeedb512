/**
 * The whole site's model: every project-year read, checked, scored and summarised, one at a
 * time. Used by the Astro content loader and by the command-line tools alike, so a figure is
 * computed the same way wherever it is shown.
 */
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { bindFigures, staleSeverity } from '../content/bind-figures.ts';
import { readProjectFacts, readSiteFacts } from '../content/facts.ts';
import { checkNarratives } from '../content/narrative.ts';
import { contentFolderProblems } from '../content/privacy.ts';
import { checkNarrativeFigures } from '../content/narrative-figures.ts';
import type { FileSummary, ProjectYearRef } from '../dataset/load.ts';
import { discover, SLUG_DIR, YEAR_DIR } from '../dataset/load.ts';
import { DATA_FILES } from '../dataset/specs.ts';
import { safeMessage } from '../read/cells.ts';
import { mapInWorkers } from '../base/pool.ts';
import { buildProjectYear } from './project-year.ts';
import type { ProjectYearJob, ProjectYearModel, ProjectYearResult } from './project-year.ts';
import type { Problem } from '../base/problems.ts';
import { compareText, sortProblems } from '../base/problems.ts';
import { EXPECTED_PROSE, SECTIONS } from '../report/outline.ts';
import type { ProjectFacts, SiteFacts } from '../content/facts-schema.ts';

export interface SiteOptions {
  /** Project root; data and content folders are relative to it. */
  root: string;
  dataDir?: string;
  contentDir?: string;
  /** Where ledger pages are written; no ledger pages when absent. */
  ledgerDir?: string;
  pageSize?: number;
  /**
   * Worker threads reading project-years side by side; 1 reads them one after another here.
   * By default, a data folder of PARALLEL_BYTES or more uses up to one thread per core.
   */
  workers?: number;
}

/** Data size from which project-years are read on worker threads (smaller sets gain nothing). */
export const PARALLEL_BYTES = 8 * 1024 * 1024;

export interface SiteModel {
  site?: SiteFacts;
  projectYears: ProjectYearModel[];
  /** How every file read turned out, including those of project-years with errors. */
  files: FileSummary[];
  problems: Problem[];
}

/** Loads every project-year; callers decide what to do with problems (errors stop a build). */
export async function loadSite(options: SiteOptions): Promise<SiteModel> {
  const { root } = options;
  const dataDir = options.dataDir ?? 'data';
  const contentDir = options.contentDir ?? 'content';
  const problems: Problem[] = [];

  const siteFacts = await readSiteFacts(root, contentDir);
  problems.push(...siteFacts.problems);
  // No ID-card or mobile number in what staff write beside the data (src/lib/content/privacy.ts).
  problems.push(...(await contentFolderProblems(root, contentDir)));
  const found = await discover(root, dataDir);
  problems.push(...found.problems);

  const factsByRef = new Map<string, ProjectFacts>();
  const factsLines = new Map<string, Record<string, number>>();
  const proseByRef = new Map<string, string[]>();
  /** Project-years whose project.yaml has errors: reported as such, not as missing. */
  const brokenFacts = new Set<string>();
  for (const ref of found.refs) {
    const dir = `${contentDir}/${ref.year}/${ref.slug}`;
    const facts = await readProjectFacts(root, dir);
    problems.push(...facts.problems);
    if (facts.value) factsByRef.set(idOf(ref), facts.value);
    else if (!facts.missing) brokenFacts.add(idOf(ref));
    if (facts.lines) factsLines.set(idOf(ref), facts.lines);
    proseByRef.set(idOf(ref), await proseFiles(root, dir, problems));
    problems.push(...(await contentFolderProblems(root, dir)));
  }
  problems.push(...(await orphanContent(root, contentDir, found.refs)));

  const jobs = found.refs.map((ref): ProjectYearJob => {
    const { facts } = nearestFacts(ref, found.refs, factsByRef);
    const job: ProjectYearJob = { root, ref, name: facts?.name ?? ref.slug };
    if (facts?.timelyDays !== undefined) job.timelyDays = facts.timelyDays;
    if (options.ledgerDir !== undefined) job.ledgerDir = options.ledgerDir;
    if (options.pageSize !== undefined) job.pageSize = options.pageSize;
    return job;
  });
  const results = await mapInWorkers(jobs, {
    workers: options.workers ?? (await defaultWorkers(root, found.refs)),
    script: new URL('./site-worker.ts', import.meta.url),
    inline: buildProjectYear,
  });

  const projectYears: ProjectYearModel[] = [];
  const files: FileSummary[] = [];
  for (const [i, ref] of found.refs.entries()) {
    const { problems: own, files: read, built } = results[i] as ProjectYearResult;
    problems.push(...own);
    files.push(...read);
    const id = idOf(ref);
    const { facts, from } = nearestFacts(ref, found.refs, factsByRef);
    const prose = proseByRef.get(id) ?? [];
    warnMissingNarrative(ref, contentDir, facts, from, prose, problems, brokenFacts.has(id));
    if (!built) continue;
    // Placeholders in project.yaml and indicators.csv replaced once, here, for every view.
    const factsId = from === undefined ? id : `${from}/${ref.slug}`;
    const bound = bindFigures({
      report: built.report,
      ...(facts ? { facts, factsFile: `${contentDir}/${factsId}/project.yaml` } : {}),
      factsLines: factsLines.get(factsId),
      inherited: from !== undefined,
      indicatorsFile: `${ref.dir}/indicators.csv`,
    });
    problems.push(...bound.problems);
    if (bound.problems.some((p) => p.severity === 'error')) continue;
    const model: ProjectYearModel = {
      id,
      year: ref.year,
      slug: ref.slug,
      ...built,
      report: bound.report,
      files: read,
      prose,
    };
    if (bound.facts) model.facts = bound.facts;
    if (from !== undefined) model.factsFrom = from;
    projectYears.push(model);
  }
  // The narrative, checked against each model before Astro compiles it (content/narrative.ts).
  const reports = new Map(projectYears.map((py) => [py.id, py.report]));
  problems.push(...(await checkNarratives(root, contentDir, reports)));
  problems.push(...(await checkNarrativeFigures(root, contentDir, reports, staleSeverity())));
  const result: SiteModel = { projectYears, files, problems: sortProblems(problems.map(safe)) };
  if (siteFacts.value) result.site = siteFacts.value;
  return result;
}

/** One thread per core, when the data is large enough to gain from more than one. */
async function defaultWorkers(root: string, refs: readonly ProjectYearRef[]): Promise<number> {
  if (refs.length < 2) return 1;
  let bytes = 0;
  for (const ref of refs) {
    for (const name of DATA_FILES) {
      bytes += await stat(join(root, ref.dir, name)).then(
        (s) => s.size,
        () => 0,
      );
    }
  }
  return bytes >= PARALLEL_BYTES ? availableParallelism() : 1;
}

/**
 * A problem as it may be printed: schema and model messages quote values whole, so each is cut
 * short and any long run of digits masked (see safeMessage), the column name likewise.
 */
function safe(problem: Problem): Problem {
  const out = { ...problem, message: safeMessage(problem.message) };
  if (problem.column !== undefined) out.column = safeMessage(problem.column);
  return out;
}

function idOf(ref: { year: number; slug: string }): string {
  return `${ref.year}/${ref.slug}`;
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
  const missing = EXPECTED_PROSE.filter((s) => !prose.includes(s.key));
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
  for (const year of years.filter((y) => YEAR_DIR.test(y)).sort(compareText)) {
    const slugs = await readdir(join(root, contentDir, year)).catch(() => [] as string[]);
    for (const slug of slugs.filter((s) => SLUG_DIR.test(s)).sort(compareText)) {
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
