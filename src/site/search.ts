/**
 * The search index's files, built from the content collections (src/lib/search/search-index.ts for the
 * lookup records): `search/index.json` (years, shard count, 责任单位, indicators), `search/ids/<n>.json`
 * (number lookups) and `search/text.json` (the narrative as plain text, for word searches).
 * Paths in the index are relative to the site's base, so the files do not depend on it.
 */
import { getCollection } from 'astro:content';
import type { SearchSource } from '../lib/search/search-index.ts';
import { plainText } from '../lib/search/search-index.ts';
import { SECTIONS } from '../lib/report/outline.ts';
import type { ProjectYearModel } from '../lib/pipeline/project-year.ts';
import { shardCount } from '../lib/search/search-key.ts';
import { allProjectYears } from './data.ts';

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
    years: all.map((py) => [py.year, py.slug, py.report.project.name]),
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
