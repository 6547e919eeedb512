/**
 * Two built sites compared: project-years added and removed; for each project-year present in
 * both, the figures, ledger records and narrative sections that changed and the files that
 * differ; and the files outside any project-year. Pure: works on snapshots read elsewhere.
 */
import { compareText } from '../base/problems.ts';
import type { FigureChange } from './figures.ts';
import { figureChanges } from './figures.ts';
import { narrativeSections } from './narrative.ts';
import type { RecordChange } from './records.ts';
import { recordChanges } from './records.ts';
import { staleTexts } from './stale.ts';
import type { TextHunk } from './text.ts';
import { hunkText, textHunks } from './text.ts';
import type { UnitDiff } from './unit.ts';
import { unitChanges } from './unit.ts';

/** One project-year of a built site, as read from its folder. */
export interface ProjectYearFiles {
  /** `2024/jiean-huajie` */
  id: string;
  year: number;
  slug: string;
  /** report.json, parsed, its money in 分 (model/report-json.ts). */
  report: unknown;
  /** The report page's HTML, when the build has one. */
  page?: string;
  /** Exported ledgers by file name (`cases.csv`, `payments.csv`). */
  ledgers: Record<string, string>;
}

export interface SiteSnapshot {
  /** Every file of the site by relative path (forward slashes), with a digest of its bytes. */
  files: Map<string, string>;
  projectYears: Map<string, ProjectYearFiles>;
  /** Each year's unit report (`<年度>/report.json`), parsed, money in 分; absent in older reads. */
  units?: Map<number, unknown>;
}

export interface ProjectYearInfo {
  id: string;
  year: number;
  slug: string;
  name: string;
}

export interface FileChanges {
  changed: string[];
  added: string[];
  removed: string[];
  /** Files byte-identical in both builds. */
  same: number;
}

export interface SectionChange {
  key: string;
  title: string;
  hunks: TextHunk[];
  /** Each hunk on one line: `…上下文[-旧-]{+新+}上下文…`. */
  summary: string[];
}

export interface ProjectYearDiff extends ProjectYearInfo {
  figures: FigureChange[];
  records: RecordChange[];
  sections: SectionChange[];
  files: FileChanges;
}

export interface SiteDiff {
  old: string;
  new: string;
  added: ProjectYearInfo[];
  removed: ProjectYearInfo[];
  /** Project-years in both builds whose figures, records, narrative or files differ. */
  changed: ProjectYearDiff[];
  /** Project-years in both builds whose every file is byte-identical. */
  unchanged: ProjectYearInfo[];
  /** Files outside the project-year folders (the index, assets). */
  otherFiles: FileChanges;
  /** Unit reports (单位自评报告) added, removed or changed. */
  units: UnitDiff[];
  /** Project-years of the new build whose text contradicts their computed figures. */
  stale?: (ProjectYearInfo & { texts: string[] })[];
  /**
   * Each added project-year against the same project's latest earlier year (from the new build,
   * else the old): a new year is read beside the year before, not only as 新增.
   */
  yearOnYear?: YearOnYear[];
}

/** An added project-year's figures beside its project's year before. */
export interface YearOnYear extends ProjectYearInfo {
  /** The earlier year compared with. */
  from: number;
  figures: FigureChange[];
}

/** The ledgers compared record by record, with their names. */
export const LEDGERS: [file: string, name: string][] = [
  ['cases.csv', '案件台账'],
  ['payments.csv', '拨付明细'],
];

function info(py: ProjectYearFiles): ProjectYearInfo {
  const project = (py.report as { project?: { name?: unknown } } | null)?.project;
  const name = typeof project?.name === 'string' ? project.name : py.slug;
  return { id: py.id, year: py.year, slug: py.slug, name };
}

function byYearThenSlug(a: ProjectYearInfo, b: ProjectYearInfo): number {
  return a.year - b.year || compareText(a.slug, b.slug);
}

/** fileChanges(before, after, inside): the files under a folder prefix (all when undefined). */
export function fileChanges(
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
  inside: (path: string) => boolean,
): FileChanges {
  const result: FileChanges = { changed: [], added: [], removed: [], same: 0 };
  for (const [path, digest] of after) {
    if (!inside(path)) continue;
    const old = before.get(path);
    if (old === undefined) result.added.push(path);
    else if (old !== digest) result.changed.push(path);
    else result.same++;
  }
  for (const path of before.keys()) {
    if (inside(path) && !after.has(path)) result.removed.push(path);
  }
  for (const list of [result.changed, result.added, result.removed]) list.sort(compareText);
  return result;
}

/** sectionChanges(oldPage, newPage): narrative sections whose prose changed, in page order. */
export function sectionChanges(oldPage: string, newPage: string): SectionChange[] {
  if (oldPage === newPage) return [];
  const before = new Map(narrativeSections(oldPage).map((s) => [s.key, s]));
  const after = narrativeSections(newPage);
  const keys = [
    ...after.map((s) => s.key),
    ...[...before.keys()].filter((k) => !after.some((s) => s.key === k)),
  ];
  const changes: SectionChange[] = [];
  for (const key of keys) {
    const old = before.get(key);
    const now = after.find((s) => s.key === key);
    if ((old?.text ?? '') === (now?.text ?? '')) continue;
    const hunks = textHunks(old?.text ?? '', now?.text ?? '');
    if (hunks.length > 0) {
      const title = now?.title ?? old?.title ?? key;
      changes.push({ key, title, hunks, summary: hunks.map(hunkText) });
    }
  }
  return changes;
}

function compareProjectYear(
  before: ProjectYearFiles,
  after: ProjectYearFiles,
  files: FileChanges,
): ProjectYearDiff {
  const records = LEDGERS.flatMap(([file, name]) => {
    const old = before.ledgers[file];
    const now = after.ledgers[file];
    return old === undefined || now === undefined ? [] : recordChanges(name, old, now);
  });
  return {
    ...info(after),
    figures: figureChanges(before.report, after.report),
    records,
    sections:
      before.page === undefined || after.page === undefined
        ? []
        : sectionChanges(before.page, after.page),
    files,
  };
}

/** compareSites(before, after, labels): everything that differs between two built sites. */
export function compareSites(
  before: SiteSnapshot,
  after: SiteSnapshot,
  labels: { old: string; new: string },
): SiteDiff {
  const diff: SiteDiff = {
    old: labels.old,
    new: labels.new,
    added: [],
    removed: [],
    changed: [],
    unchanged: [],
    otherFiles: { changed: [], added: [], removed: [], same: 0 },
    units: unitChanges(before.units ?? new Map(), after.units ?? new Map()),
  };
  const stale: NonNullable<SiteDiff['stale']> = [];
  const folders = new Set([...before.projectYears.keys(), ...after.projectYears.keys()]);
  for (const py of after.projectYears.values()) {
    const texts = staleTexts(py.report, py.page);
    if (texts.length > 0) stale.push({ ...info(py), texts });
    const old = before.projectYears.get(py.id);
    if (!old) {
      diff.added.push(info(py));
      continue;
    }
    const files = fileChanges(before.files, after.files, (p) => p.startsWith(`${py.id}/`));
    const result = compareProjectYear(old, py, files);
    const moved =
      result.figures.length + result.records.length + result.sections.length > 0 ||
      files.changed.length + files.added.length + files.removed.length > 0;
    if (moved) diff.changed.push(result);
    else diff.unchanged.push(info(py));
  }
  for (const py of before.projectYears.values()) {
    if (!after.projectYears.has(py.id)) diff.removed.push(info(py));
  }
  diff.otherFiles = fileChanges(before.files, after.files, (p) => {
    const folder = /^(\d{4}\/[^/]+)\//.exec(p)?.[1];
    return folder === undefined || !folders.has(folder);
  });
  diff.added.sort(byYearThenSlug);
  diff.removed.sort(byYearThenSlug);
  diff.changed.sort(byYearThenSlug);
  diff.unchanged.sort(byYearThenSlug);
  if (stale.length > 0) diff.stale = stale.sort(byYearThenSlug);
  const yearOnYear = diff.added.flatMap((added) => {
    const py = after.projectYears.get(added.id) as ProjectYearFiles;
    const earlier = yearBefore(py, after) ?? yearBefore(py, before);
    if (earlier === undefined) return [];
    const figures = figureChanges(earlier.report, py.report);
    return [{ ...added, from: earlier.year, figures }];
  });
  if (yearOnYear.length > 0) diff.yearOnYear = yearOnYear;
  return diff;
}

/** The same project's latest project-year before `py` in a site, if any. */
function yearBefore(py: ProjectYearFiles, site: SiteSnapshot): ProjectYearFiles | undefined {
  let found: ProjectYearFiles | undefined;
  for (const other of site.projectYears.values()) {
    if (other.slug !== py.slug || other.year >= py.year) continue;
    if (found === undefined || other.year > found.year) found = other;
  }
  return found;
}
