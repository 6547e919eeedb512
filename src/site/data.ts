/**
 * Page-side access to the content collections: project-years in a stable order, the site facts,
 * and each project-year's narrative sections.
 */
import { getCollection, getEntry } from 'astro:content';
import type { CollectionEntry } from 'astro:content';
import { compareText } from '../lib/base/problems.ts';
import { SECTIONS } from '../lib/report/outline.ts';
import type { ProjectYearModel } from '../lib/pipeline/project-year.ts';
import type { SiteFacts } from '../lib/content/facts-schema.ts';
import { UNIT_DIR } from '../lib/content/unit-facts.ts';
import { UNIT_SECTIONS } from '../lib/report/outline.ts';
import type { UnitModel } from '../lib/pipeline/unit.ts';

/** All project-years, latest year first, then by slug. */
export async function allProjectYears(): Promise<ProjectYearModel[]> {
  const entries = await getCollection('projectYears');
  return entries.map((e) => e.data).sort((a, b) => b.year - a.year || compareText(a.slug, b.slug));
}

/** The unit reports (单位自评报告), latest year first. */
export async function allUnits(): Promise<UnitModel[]> {
  return (await getCollection('units')).map((e) => e.data).sort((a, b) => b.year - a.year);
}

/** The paths of a unit report's pages, `/<年度>/…`, each with its model and its projects. */
export async function unitPaths() {
  const all = await allProjectYears();
  return (await allUnits()).map((unitModel) => ({
    params: { year: String(unitModel.year) },
    props: { unitModel, projects: unitProjects(all, unitModel) },
  }));
}

/** The unit report's project-years, in its order. */
export function unitProjects(
  all: readonly ProjectYearModel[],
  unitModel: UnitModel,
): ProjectYearModel[] {
  return unitModel.summary.projects.map((p) => {
    const py = all.find((x) => x.year === unitModel.year && x.slug === p.slug);
    if (!py) throw new Error(`${unitModel.year} 年度单位自评报告中的项目 ${p.slug} 没有数据`);
    return py;
  });
}

/** The unit report's narrative entries by section key. */
export async function unitNarrative(
  unitModel: UnitModel,
): Promise<Map<string, CollectionEntry<'narrative'>>> {
  const prefix = `${unitModel.year}/${UNIT_DIR}/`;
  const entries = await getCollection('narrative', (e) => e.id.startsWith(prefix));
  const byFile = new Map(entries.map((e) => [e.id.slice(prefix.length), e]));
  const sections = new Map<string, CollectionEntry<'narrative'>>();
  for (const s of UNIT_SECTIONS) {
    const entry = byFile.get(s.file.replace(/\.mdx$/, ''));
    if (entry) sections.set(s.key, entry);
  }
  return sections;
}

/** The paths of a page per project-year, `/<年度>/<项目标识>/…`, each with its model as `py`. */
export async function projectYearPaths() {
  return (await allProjectYears()).map((py) => ({
    params: { year: String(py.year), slug: py.slug },
    props: { py },
  }));
}

export async function siteFacts(): Promise<SiteFacts> {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('缺少站点信息（content/site.yaml）');
  return entry.data;
}

/** The narrative entries of a project-year by section key. */
export async function narrativeOf(
  py: ProjectYearModel,
): Promise<Map<string, CollectionEntry<'narrative'>>> {
  const entries = await getCollection('narrative', (e) => e.id.startsWith(`${py.id}/`));
  const byFile = new Map(entries.map((e) => [e.id.slice(py.id.length + 1), e]));
  const sections = new Map<string, CollectionEntry<'narrative'>>();
  for (const s of SECTIONS) {
    const entry = byFile.get(s.file.replace(/\.mdx$/, ''));
    if (entry) sections.set(s.key, entry);
  }
  return sections;
}

/** A project-year and the same project in the year before, which its tables are compared with. */
export interface PageYears {
  py: ProjectYearModel;
  previous: ProjectYearModel | undefined;
}

/**
 * What a page laying out a project-year's report needs: the site's facts, the narrative, and
 * the same project's previous year.
 */
export async function reportPage(py: ProjectYearModel): Promise<{
  site: SiteFacts;
  narrative: Map<string, CollectionEntry<'narrative'>>;
  previous: ProjectYearModel | undefined;
}> {
  return {
    site: await siteFacts(),
    narrative: await narrativeOf(py),
    previous: previousYear(await allProjectYears(), py),
  };
}

/** The same project in the year before, when there is one. */
export function previousYear(
  all: readonly ProjectYearModel[],
  py: ProjectYearModel,
): ProjectYearModel | undefined {
  return all.find((p) => p.slug === py.slug && p.year === py.year - 1);
}

/**
 * The same project in this year and every year before it, oldest first — never a later year, so
 * a published year's pages do not change when the next year's data is added.
 */
export function yearsUpTo(
  all: readonly ProjectYearModel[],
  py: ProjectYearModel,
): ProjectYearModel[] {
  return all.filter((p) => p.slug === py.slug && p.year <= py.year).sort((a, b) => a.year - b.year);
}

/** Display name: the facts' name, else the slug. */
export function projectName(py: ProjectYearModel): string {
  return py.report.project.name;
}
