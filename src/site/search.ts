/**
 * The search index's files, built from the content collections (src/lib/search/search-index.ts for the
 * lookup records): `search/index.json` (years, shard count, 责任单位, indicators), `search/ids/<n>.json`
 * (number lookups) and `search/text.json` (the narrative as plain text, for word searches).
 * Paths in the index are relative to the site's base, so the files do not depend on it.
 */
import { getCollection } from 'astro:content';
import type { SearchSource } from '../lib/search/search-index.ts';
import { plainText } from '../lib/search/search-index.ts';
import { SECTIONS, UNIT_SECTIONS } from '../lib/report/outline.ts';
import type { ProjectYearModel } from '../lib/pipeline/project-year.ts';
import { shardCount } from '../lib/search/search-key.ts';
import { allProjectYears, allUnits } from './data.ts';
import { UNIT_DIR } from '../lib/content/unit-facts.ts';
import { unitFigureText } from '../lib/content/unit-figures.ts';
import type { UnitModel } from '../lib/pipeline/unit.ts';

/** A unit report's 项目概况 as search text: its 单位概况, totals and project names. */
function unitOverviewText(unit: UnitModel): string {
  const { summary } = unit;
  return [
    unit.facts.overview ?? '',
    `${summary.year}年实行绩效目标管理的项目${unitFigureText(summary, '项目个数')}，涉及资金${unitFigureText(summary, '资金总额')}。`,
    summary.projects.map((p) => p.name).join('、'),
  ]
    .filter(Boolean)
    .join(' ');
}

/** Project-years as the index lists them (its year index is a position here). */
export async function searchYears(): Promise<ProjectYearModel[]> {
  return allProjectYears();
}

export async function searchShards(): Promise<number> {
  const all = await searchYears();
  return shardCount(all.reduce((n, py) => n + (py.ledger.search?.records ?? 0), 0));
}

export async function searchSources(): Promise<SearchSource[]> {
  return (await searchYears()).map((py) => {
    if (py.ledger.dir === undefined || py.ledger.search === undefined)
      throw new Error(`${py.id}：搜索索引尚未生成`);
    return { dir: py.ledger.dir, ids: py.ledger.search };
  });
}

/** Report section of an indicator's 一级指标. */
const SECTION_OF: Record<string, string> = {
  产出指标: 'chanchu',
  成本指标: 'chanchu',
  效益指标: 'xiaoyi',
  满意度指标: 'xiaoyi',
};

export async function searchIndexJson(): Promise<string> {
  const all = await searchYears();
  const index = {
    version: 1,
    shards: await searchShards(),
    pageSize: all[0]?.ledger.pageSize ?? 1000,
    // The unit reports after the project-years (the number records point at those by position):
    // an empty slug is the year's own page, `/<年度>/`.
    years: [
      ...all.map((py) => [py.year, py.slug, py.report.project.name]),
      ...(await allUnits()).map((u) => [u.year, '', '单位自评报告']),
    ],
    units: all.flatMap((py, i) => py.ledger.units.map((u) => [u.unit, i, `units/${u.id}/`])),
    indicators: all.flatMap((py, i) =>
      py.report.indicators.map((ind) => [ind.name, i, `#${SECTION_OF[ind.level1] ?? 'annex'}`]),
    ),
  };
  return lines(index);
}

/** The narrative of every project-year as plain text: `[year index, section key, title, text]`. */
export async function searchTextJson(): Promise<string> {
  const all = await searchYears();
  const entries = await getCollection('narrative');
  const byId = new Map(entries.map((e) => [e.id, e.body ?? '']));
  const sections: [number, string, string, string][] = [];
  for (const [i, py] of all.entries()) {
    for (const s of SECTIONS) {
      const body = byId.get(`${py.id}/${s.file.replace(/\.mdx$/, '')}`);
      if (body !== undefined) sections.push([i, s.key, `${s.number}、${s.title}`, plainText(body)]);
    }
  }
  // Each unit report's narrative, its computed 项目概况 leading 一、基本情况.
  for (const [j, unit] of (await allUnits()).entries()) {
    const i = all.length + j;
    for (const s of UNIT_SECTIONS) {
      const body = byId.get(`${unit.year}/${UNIT_DIR}/${s.file.replace(/\.mdx$/, '')}`);
      const lead = s.key === 'jiben' ? unitOverviewText(unit) : '';
      const text = [lead, body === undefined ? '' : plainText(body)].filter(Boolean).join(' ');
      if (text !== '') sections.push([i, s.key, `${s.number}、${s.title}`, text]);
    }
  }
  return `[\n${sections.map((s) => JSON.stringify(s)).join(',\n')}\n]\n`;
}

/** JSON with one top-level key per line and one list item per line (diffs cleanly). */
function lines(value: Record<string, unknown>): string {
  const parts = Object.entries(value).map(([key, v]) =>
    Array.isArray(v)
      ? `${JSON.stringify(key)}: [\n${v.map((x) => JSON.stringify(x)).join(',\n')}\n]`
      : `${JSON.stringify(key)}: ${JSON.stringify(v)}`,
  );
  return `{\n${parts.join(',\n')}\n}\n`;
}
