/**
 * The unit reports (单位自评报告) of a site: for each year whose content folder holds `_unit/`,
 * its unit.yaml read and checked, its MDX sections checked with the unit's own components, the
 * privacy scan and the stale-number check run over both, and the summary of every project-year
 * of that year computed from their reports. Problems are located like every other.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem, Severity } from '../base/problems.ts';
import { compareText } from '../base/problems.ts';
import { parseFacts } from '../content/facts.ts';
import { proseOnly } from '../content/narrative-figures.ts';
import { checkNarrativeFolder } from '../content/narrative-files.ts';
import { maskPlaceholders } from '../content/placeholders.ts';
import { contentFolderProblems } from '../content/privacy.ts';
import { suggest } from '../content/suggest.ts';
import type { UnitFacts } from '../content/unit-facts.ts';
import { UNIT_DIR, UNIT_FILE, unitFactsSchema } from '../content/unit-facts.ts';
import {
  renderUnitPlaceholders,
  UNIT_COMPONENTS,
  unitStaleProblems,
} from '../content/unit-figures.ts';
import type { ProjectYearRef } from '../dataset/load.ts';
import { YEAR_DIR } from '../dataset/load.ts';
import { unitSummary } from '../model/unit-summary.ts';
import {
  folderKind,
  notAFileMessage,
  notAFolderMessage,
  readRegularFile,
} from '../read/file-kind.ts';
import { UNIT_SECTIONS } from '../report/outline.ts';
import type { ProjectYearModel } from './project-year-schema.ts';
import type { UnitModel } from './unit-schema.ts';

export type { UnitModel } from './unit-schema.ts';

/** Paths the unit report's pages take under `/<年度>/`: no project may be named so. */
export const UNIT_ROUTES = ['print'] as const;

export interface UnitInput {
  root: string;
  contentDir: string;
  /** Every project-year found in the data folder (built or not). */
  refs: readonly ProjectYearRef[];
  /** The project-years built without errors. */
  projectYears: readonly ProjectYearModel[];
  /** The bureau of site.yaml, the default 单位. */
  bureau: string | undefined;
  staleSeverity: Severity;
}

/** buildUnits(input): every year's unit report, and what is wrong with each. */
export async function buildUnits(
  input: UnitInput,
): Promise<{ units: UnitModel[]; problems: Problem[] }> {
  const units: UnitModel[] = [];
  const problems: Problem[] = [];
  const base = join(input.root, input.contentDir);
  const years = await readdir(base).catch(() => [] as string[]);
  for (const year of years.filter((y) => YEAR_DIR.test(y)).sort(compareText)) {
    const dir = `${input.contentDir}/${year}/${UNIT_DIR}`;
    const kind = await folderKind(join(input.root, dir));
    if (kind !== undefined) {
      problems.push({ file: dir, severity: 'error', message: notAFolderMessage(kind) });
      continue;
    }
    const exists = await readdir(join(input.root, dir)).then(
      () => true,
      () => false,
    );
    if (!exists) continue;
    const built = await buildUnit(Number(year), dir, input);
    problems.push(...built.problems);
    if (built.unit) units.push(built.unit);
  }
  return { units, problems };
}

async function readUnitFacts(
  root: string,
  file: string,
): Promise<{ value?: UnitFacts; lines?: Record<string, number>; problems: Problem[] }> {
  const read = await readRegularFile(join(root, file));
  if (read.bytes === undefined) {
    if (read.kind !== undefined)
      return { problems: [{ file, severity: 'error', message: notAFileMessage(read.kind) }] };
    return {
      value: {},
      problems: [
        {
          file,
          severity: 'warning',
          message:
            '缺少单位自评报告信息文件；报告名称和单位按 site.yaml 生成，可写明“报告名称: …”“单位: …”',
        },
      ],
    };
  }
  return parseFacts(file, read.bytes.toString('utf8'), unitFactsSchema);
}

async function buildUnit(
  year: number,
  dir: string,
  input: UnitInput,
): Promise<{ unit?: UnitModel; problems: Problem[] }> {
  const { root, contentDir } = input;
  const file = `${dir}/${UNIT_FILE}`;
  const problems: Problem[] = [];
  // No ID-card or mobile number in what staff write (content/privacy.ts), unit.yaml and MDX alike.
  problems.push(...(await contentFolderProblems(root, dir)));
  const facts = await readUnitFacts(root, file);
  problems.push(...facts.problems);
  const prose = await proseKeys(root, dir, facts.value?.notApplicable ?? [], problems);

  const refs = input.refs.filter((r) => r.year === year);
  const built = input.projectYears.filter((py) => py.year === year);
  if (refs.length === 0) {
    problems.push({
      file: `${dir}/`,
      severity: 'error',
      message: `有单位自评报告，但 ${year} 年度没有项目数据；应在 data/${year}/<项目标识>/ 下放入各项目的数据，或删去此目录`,
    });
  }
  for (const route of UNIT_ROUTES) {
    if (refs.some((r) => r.slug === route))
      problems.push({
        file: `data/${year}/${route}/`,
        severity: 'error',
        message: `项目标识“${route}”与单位自评报告的打印页 /${year}/${route}/ 重名；请给该项目换一个标识`,
      });
  }
  const lineOf = (key: string) => facts.lines?.[key];
  const located = (key: string, message: string): Problem => {
    const p: Problem = { file, column: key, severity: 'error', message };
    const line = lineOf(key);
    if (line !== undefined) p.line = line;
    return p;
  };
  const order = facts.value?.order ?? [];
  const slugs = refs.map((r) => r.slug);
  const seen = new Set<string>();
  for (const slug of order) {
    if (seen.has(slug)) problems.push(located('项目顺序', `项目标识“${slug}”重复列出`));
    seen.add(slug);
    if (!slugs.includes(slug)) {
      const elsewhere = input.refs.filter((r) => r.slug === slug).map((r) => r.year);
      const hint =
        elsewhere.length > 0
          ? `（它是 ${elsewhere.join('、')} 年度的项目；单位自评报告只列本年度的项目）`
          : suggest(slug, slugs, (s) => `“${s}”`);
      problems.push(
        located(
          '项目顺序',
          `${year} 年度没有项目标识“${slug}”${hint}；本年度的项目有 ${slugs.join('、') || '（无）'}`,
        ),
      );
    }
  }
  if (facts.value === undefined || problems.some((p) => p.severity === 'error'))
    return { problems };
  // A project-year with errors is reported as such; the unit report waits for it.
  if (built.length < refs.length) return { problems };

  const rank = (slug: string) => {
    const i = order.indexOf(slug);
    return i < 0 ? order.length : i;
  };
  const ordered = [...built].sort(
    (a, b) => rank(a.slug) - rank(b.slug) || compareText(a.slug, b.slug),
  );
  const summary = unitSummary(year, ordered);

  const unitFacts: UnitFacts = { ...facts.value };
  const overview = unitFacts.overview;
  if (overview !== undefined) {
    const line = lineOf('单位概况');
    const place = { file, column: '单位概况', ...(line === undefined ? {} : { line }) };
    const r = renderUnitPlaceholders(overview, summary, place);
    problems.push(...r.problems);
    problems.push(
      ...unitStaleProblems(
        maskPlaceholders(overview),
        summary,
        place,
        input.staleSeverity,
        'placeholder',
      ),
    );
    unitFacts.overview = r.text;
  }
  problems.push(
    ...(await checkNarrativeFolder(root, contentDir, dir, {
      sources: [],
      indicators: [],
      components: UNIT_COMPONENTS,
    })),
  );
  for (const s of UNIT_SECTIONS) {
    const read = await readRegularFile(join(root, dir, s.file));
    if (read.bytes === undefined) continue;
    const text = proseOnly(read.bytes.toString('utf8'));
    problems.push(
      ...unitStaleProblems(
        text,
        summary,
        { file: `${dir}/${s.file}`, line: 1 },
        input.staleSeverity,
        'component',
      ),
    );
  }
  if (problems.some((p) => p.severity === 'error')) return { problems };

  const unit = unitFacts.unit ?? input.bureau ?? '';
  const dates = ordered.map((py) => py.facts?.reportDate ?? py.dataDate).sort();
  return {
    problems,
    unit: {
      id: String(year),
      year,
      title: unitFacts.title ?? `${year}年度${unit}项目支出绩效单位自评报告`,
      unit,
      reportDate: unitFacts.reportDate ?? dates.at(-1) ?? '',
      facts: unitFacts,
      summary,
      prose,
    },
  };
}

/**
 * Section keys whose file exists; other .mdx files, missing sections (but those unit.yaml marks
 * 不适用) and a 不适用 section that is written all the same reported as warnings.
 */
async function proseKeys(
  root: string,
  dir: string,
  notApplicable: readonly string[],
  problems: Problem[],
): Promise<string[]> {
  const names = await readdir(join(root, dir)).catch(() => [] as string[]);
  const known = new Map(UNIT_SECTIONS.map((s) => [s.file, s.key]));
  const keys: string[] = [];
  for (const name of names.sort(compareText)) {
    const key = known.get(name);
    if (key !== undefined) keys.push(key);
    else if (/\.ya?ml$/i.test(name) && name !== UNIT_FILE)
      problems.push({
        file: `${dir}/${name}`,
        severity: 'warning',
        message: `不会读取：单位自评报告的信息（报告名称、单位、项目顺序等）写在 ${UNIT_FILE} 中`,
      });
    else if (/\.mdx?$/.test(name))
      problems.push({
        file: `${dir}/${name}`,
        severity: 'warning',
        message: `不是单位自评报告提纲中的章节文件，不会显示；章节文件应为 ${UNIT_SECTIONS.map((s) => s.file).join('、')}`,
      });
  }
  for (const s of UNIT_SECTIONS.filter(
    (s) => keys.includes(s.key) && notApplicable.includes(s.key),
  ))
    problems.push({
      file: `${dir}/${s.file}`,
      severity: 'warning',
      message: `已撰写，但 ${UNIT_FILE} 的“不适用章节”列出了本节；将显示正文。本节不适用时请删去此文件，否则从“不适用章节”中删去`,
    });
  const missing = UNIT_SECTIONS.filter(
    (s) => !keys.includes(s.key) && !notApplicable.includes(s.key),
  );
  if (missing.length > 0)
    problems.push({
      file: `${dir}/`,
      severity: 'warning',
      message: `单位自评报告尚未撰写：${missing.map((s) => `${s.number}、${s.title}`).join('；')}。这些部分将显示“（待填写）”`,
    });
  return keys;
}
