/**
 * The unit reports (单位自评报告, `<年度>/report.json` with `"kind": "unit"`) of two builds
 * compared: a unit report added or removed, the projects it covers added or removed, and its
 * totals and each project's row that changed. Reads the JSON loosely, as any build wrote it.
 */
import { compareText } from '../base/problems.ts';
import type { FigureChange } from './figures.ts';
import { figureListChanges } from './figures.ts';
import type { Figure } from './report-figures.ts';

export interface UnitProjectInfo {
  slug: string;
  name: string;
}

export interface UnitDiff {
  year: number;
  title: string;
  change: 'added' | 'removed' | 'changed';
  projectsAdded: UnitProjectInfo[];
  projectsRemoved: UnitProjectInfo[];
  /** Totals, then each project's row, as figures (money in 分). */
  figures: FigureChange[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function projectsOf(json: unknown): (UnitProjectInfo & Json)[] {
  const list = isObject(json) && Array.isArray(json['projects']) ? json['projects'] : [];
  return list.filter(isObject).map((p) => ({
    ...p,
    slug: String(p['slug'] ?? ''),
    name: typeof p['name'] === 'string' ? p['name'] : String(p['slug'] ?? ''),
  }));
}

/** unitFigures(json): a unit report.json's figures, keyed stably across builds. */
export function unitFigures(json: unknown): Figure[] {
  const total = isObject(json) && isObject(json['total']) ? json['total'] : {};
  const figures: Figure[] = [
    {
      key: 'unit/count',
      group: '单位合计',
      name: '项目个数',
      value: num(total['count']),
      format: { kind: 'count', unit: '个' },
    },
    {
      key: 'unit/annualBudget',
      group: '单位合计',
      name: '全年预算数合计',
      value: num(total['annualBudget']),
      format: { kind: 'money' },
    },
    {
      key: 'unit/executed',
      group: '单位合计',
      name: '全年执行数合计',
      value: num(total['executed']),
      format: { kind: 'money' },
    },
    {
      key: 'unit/executionRate',
      group: '单位合计',
      name: '执行率',
      value: num(total['executionRate']),
      format: { kind: 'rate' },
    },
  ];
  for (const p of projectsOf(json)) {
    const at = (field: string, name: string, format: Figure['format']): Figure => ({
      key: `unit/${p.slug}/${field}`,
      group: p.name,
      name: `${p.name} ${name}`,
      value:
        field === 'grade'
          ? typeof p[field] === 'string'
            ? (p[field] as string)
            : null
          : num(p[field]),
      format,
    });
    figures.push(
      at('annualBudget', '全年预算数', { kind: 'money' }),
      at('executed', '全年执行数', { kind: 'money' }),
      at('executionRate', '执行率', { kind: 'rate' }),
      at('totalScore', '自评得分', { kind: 'score' }),
      at('grade', '等级', { kind: 'text' }),
    );
  }
  return figures;
}

function titleOf(json: unknown, year: number): string {
  return isObject(json) && typeof json['title'] === 'string'
    ? json['title']
    : `${year}年度单位自评报告`;
}

/** unitChanges(before, after): each year's unit report that was added, removed or changed. */
export function unitChanges(
  before: ReadonlyMap<number, unknown>,
  after: ReadonlyMap<number, unknown>,
): UnitDiff[] {
  const years = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => a - b);
  const out: UnitDiff[] = [];
  for (const year of years) {
    const old = before.get(year);
    const now = after.get(year);
    const oldProjects = projectsOf(old);
    const newProjects = projectsOf(now);
    const slugsOf = (list: UnitProjectInfo[]) => new Set(list.map((p) => p.slug));
    const info = ({ slug, name }: UnitProjectInfo) => ({ slug, name });
    const bySlug = (a: UnitProjectInfo, b: UnitProjectInfo) => compareText(a.slug, b.slug);
    const added = newProjects.filter((p) => !slugsOf(oldProjects).has(p.slug));
    const removed = oldProjects.filter((p) => !slugsOf(newProjects).has(p.slug));
    // A project added or removed is named once, not with each of its figures.
    const whole = [...added, ...removed].map((p) => `unit/${p.slug}/`);
    const figures =
      old === undefined || now === undefined
        ? []
        : figureListChanges(unitFigures(old), unitFigures(now)).filter(
            (f) => !whole.some((prefix) => f.key.startsWith(prefix)),
          );
    const diff: UnitDiff = {
      year,
      title: titleOf(now ?? old, year),
      change: old === undefined ? 'added' : now === undefined ? 'removed' : 'changed',
      projectsAdded: added.map(info).sort(bySlug),
      projectsRemoved: removed.map(info).sort(bySlug),
      figures,
    };
    if (
      diff.change !== 'changed' ||
      diff.figures.length + diff.projectsAdded.length + diff.projectsRemoved.length > 0
    )
      out.push(diff);
  }
  return out;
}

/** The unit reports' part of the summary `npm run diff` prints. */
export function unitLines(units: readonly UnitDiff[]): string[] {
  const out: string[] = [];
  for (const u of units) {
    const head = `${u.year}年度单位自评报告（${u.title}）`;
    if (u.change === 'added') out.push(`新增 ${head}`);
    else if (u.change === 'removed') out.push(`删除 ${head}`);
    else out.push(head);
    if (u.change !== 'changed') continue;
    for (const p of u.projectsAdded) out.push(`  新增项目：${p.name}（${p.slug}）`);
    for (const p of u.projectsRemoved) out.push(`  删除项目：${p.name}（${p.slug}）`);
    for (const f of u.figures)
      out.push(`  ${f.name}：${f.oldText} → ${f.newText}${f.change ? `（${f.change}）` : ''}`);
  }
  return out;
}
