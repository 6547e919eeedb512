/**
 * The whole site's model: every project-year read, checked, scored and summarised, one at a
 * time. Used by the Astro content loader and by the command-line tools alike, so a figure is
 * computed the same way wherever it is shown.
 */
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { bindFigures } from '../content/bind-figures.ts';
import { discoverContent, idOf } from '../content/discover.ts';
import { checkNarratives } from '../content/narrative-files.ts';
import { checkNarrativeFigures } from '../content/narrative-figures.ts';
import type { FileSummary, ProjectYearRef } from '../dataset/load.ts';
import { discover } from '../dataset/load.ts';
import { DATA_FILES } from '../dataset/specs.ts';
import { safeMessage } from '../privacy/echo.ts';
import { mapInWorkers } from '../base/pool.ts';
import { buildProjectYear } from './project-year.ts';
import { buildUnits } from './unit.ts';
import type { UnitModel } from './unit.ts';
import type { ProjectYearJob, ProjectYearModel, ProjectYearResult } from './project-year.ts';
import type { Problem } from '../base/problems.ts';
import { sortProblems } from '../base/problems.ts';
import type { SiteFacts } from '../content/facts-schema.ts';

export interface SiteOptions {
  /** Project root; data and content folders are relative to it. */
  root: string;
  dataDir?: string;
  contentDir?: string;
  /** Where ledger pages are written; no ledger pages when absent. */
  ledgerDir?: string;
  pageSize?: number;
  /** A stale figure in the narrative or the facts is an error, not a warning. */
  strictFigures?: boolean;
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
  /** The unit reports (单位自评报告), one per year whose content folder holds one. */
  units: UnitModel[];
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
  const staleSeverity = options.strictFigures ? 'error' : 'warning';

  const found = await discover(root, dataDir);
  problems.push(...found.problems);
  const content = await discoverContent(root, contentDir, found.refs);
  problems.push(...content.problems);

  const threads =
    options.workers === undefined
      ? await defaultWorkers(root, found.refs)
      : { workers: options.workers, isolate: false, sideBySide: false };
  const jobs = found.refs.map((ref): ProjectYearJob => {
    const facts = content.projects.get(idOf(ref))?.facts;
    const job: ProjectYearJob = { root, ref, name: facts?.name ?? ref.slug };
    if (facts?.timelyDays !== undefined) job.timelyDays = facts.timelyDays;
    if (facts?.publicColumns !== undefined) job.publicColumns = facts.publicColumns;
    if (facts?.fundingSources !== undefined) job.fundingSources = facts.fundingSources;
    if (options.ledgerDir !== undefined) job.ledgerDir = options.ledgerDir;
    if (options.pageSize !== undefined) job.pageSize = options.pageSize;
    if (threads.sideBySide) job.sideBySide = true;
    return job;
  });
  const results = await mapInWorkers(jobs, {
    workers: threads.workers,
    isolate: threads.isolate,
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
    const { facts, from, factsFile, factsLines, prose } = content.projects.get(id) ?? { prose: [] };
    if (!built) {
      problems.push(waitingChecks(`${contentDir}/${ref.year}/${ref.slug}/`));
      continue;
    }
    // Placeholders in project.yaml and indicators.csv replaced once, here, for every view.
    const bound = bindFigures({
      report: built.report,
      ...(facts ? { facts, factsFile } : {}),
      factsLines,
      inherited: from !== undefined,
      indicatorsFile: `${ref.dir}/indicators.csv`,
      staleSeverity,
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
  // The narrative, checked against each model before Astro compiles it (content/narrative-files.ts).
  const reports = new Map(projectYears.map((py) => [py.id, py.report]));
  problems.push(...(await checkNarratives(root, contentDir, reports)));
  problems.push(...(await checkNarrativeFigures(root, contentDir, reports, staleSeverity)));
  const unitReports = await buildUnits({
    root,
    contentDir,
    refs: found.refs,
    projectYears,
    bureau: content.site?.bureau,
    staleSeverity,
  });
  problems.push(...unitReports.problems);
  const result: SiteModel = {
    projectYears,
    units: unitReports.units,
    files,
    problems: sortProblems(problems.map(safe)),
  };
  if (content.site) result.site = content.site;
  return result;
}

/**
 * What cannot be checked in a project-year with data errors until they are fixed (each needs
 * its figures): said once, so a clerk knows more may come, not only what is listed.
 */
function waitingChecks(dir: string): Problem {
  return {
    file: dir,
    severity: 'warning',
    message:
      '数据有错误，本项目年度的以下检查要等改正后再做：project.yaml 和 indicators.csv 中的占位符与手写数字、正文中的资金来源和指标名称、正文中与计算结果不符的数字',
  };
}

/**
 * One thread per core, when the data is large enough to gain from more than one. Large data is
 * read on worker threads even when it is a single project-year: its records then never enter
 * this thread's heap (they go when the worker ends), and this thread is free meanwhile. With
 * fewer project-years than cores, each also reads its spending file on a second thread.
 */
async function defaultWorkers(
  root: string,
  refs: readonly ProjectYearRef[],
): Promise<{ workers: number; isolate: boolean; sideBySide: boolean }> {
  let bytes = 0;
  for (const ref of refs) {
    for (const name of DATA_FILES) {
      bytes += await stat(join(root, ref.dir, name)).then(
        (s) => s.size,
        () => 0,
      );
    }
  }
  const large = bytes >= PARALLEL_BYTES;
  const cores = availableParallelism();
  return {
    workers: large ? cores : 1,
    isolate: large,
    sideBySide: large && refs.length < cores,
  };
}

/**
 * A problem as it may be printed: schema and model messages quote values whole, so each is cut
 * short and any long run of digits masked (see safeMessage), the column name likewise.
 */
function safe(problem: Problem): Problem {
  const out = { ...problem, message: safeMessage(problem.message) };
  if (problem.column !== undefined) out.column = safeMessage(problem.column);
  if (problem.group !== undefined) out.group = safeMessage(problem.group);
  return out;
}
