/**
 * The comparison of two builds as a readable Chinese summary: what was added and removed, then
 * for each project-year that changed its figures (old → new, with the change), its ledger
 * records, its narrative (a short word diff) and its files; unchanged project-years in one line.
 */
import type { FileChanges, ProjectYearDiff, ProjectYearInfo, SiteDiff } from './compare.ts';
import type { FigureChange } from './figures.ts';
import { hunkText, textHunks } from './text.ts';
import { unitLines } from './unit.ts';

export interface RenderOptions {
  /** Records listed per project-year before the rest are counted (default 20). */
  maxRecords?: number;
  /** Changes listed per narrative section before the rest are counted (default 5). */
  maxHunks?: number;
}

/** Text longer than this is shown as a word diff rather than old → new. */
const LONG_TEXT = 30;

const GROUP_ORDER = ['评分', '计算口径', '资金情况', '绩效指标', '记录数', '基本信息'];

function label(py: ProjectYearInfo): string {
  return `${py.year}年度 ${py.name}（${py.id}）`;
}

/** `自评总分：95.00分 → 94.95分（-0.05分）` */
export function figureLine(f: FigureChange): string {
  const long =
    typeof f.old === 'string' &&
    typeof f.new === 'string' &&
    Math.max(f.old.length, f.new.length) > LONG_TEXT;
  if (long) {
    const hunks = textHunks(f.old as string, f.new as string).map(hunkText);
    return `${f.name}：${hunks.join('；')}`;
  }
  return `${f.name}：${f.oldText} → ${f.newText}${f.change ? `（${f.change}）` : ''}`;
}

/** The figures under their group headings, in the summary's group order. */
function figureLines(figures: readonly FigureChange[], indent: string): string[] {
  const out: string[] = [];
  const groups = [...new Set(figures.map((f) => f.group))].sort(
    (a, b) =>
      (GROUP_ORDER.indexOf(a) + 1 || 99) - (GROUP_ORDER.indexOf(b) + 1 || 99) || (a < b ? -1 : 1),
  );
  for (const group of groups) {
    out.push(`${indent}${group}`);
    for (const f of figures.filter((x) => x.group === group)) {
      out.push(`${indent}  ${figureLine(f)}`);
    }
  }
  return out;
}

/** Each added project-year beside its project's year before (compare.ts, yearOnYear). */
function yearOnYearLines(diff: SiteDiff): string[] {
  const out: string[] = [];
  for (const py of diff.yearOnYear ?? []) {
    out.push(
      py.figures.length > 0
        ? `${label(py)} 与 ${py.from} 年度相比（${py.figures.length} 项不同）：`
        : `${label(py)} 与 ${py.from} 年度相比：数字和指标都相同`,
      ...figureLines(py.figures, '  '),
      '',
    );
  }
  return out;
}

function filesLine(files: FileChanges): string {
  const parts = [`${files.changed.length} 个不同`];
  if (files.added.length > 0) parts.push(`${files.added.length} 个新增`);
  if (files.removed.length > 0) parts.push(`${files.removed.length} 个删除`);
  parts.push(`${files.same} 个相同`);
  return parts.join('，');
}

function projectYearLines(py: ProjectYearDiff, options: Required<RenderOptions>): string[] {
  const out = [label(py)];
  if (py.figures.length > 0) {
    out.push(`  数字（${py.figures.length} 项有变化）：`, ...figureLines(py.figures, '    '));
  }
  if (py.records.length > 0) {
    out.push(`  明细（${py.records.length} 条记录有变化）：`);
    for (const r of py.records.slice(0, options.maxRecords)) {
      const what =
        r.change === 'added'
          ? '新增'
          : r.change === 'removed'
            ? '删除'
            : r.cells
                .map((c) => `${c.column} ${c.old || '（空）'} → ${c.new || '（空）'}`)
                .join('；');
      out.push(`    ${r.ledger} ${r.id}：${what}`);
    }
    if (py.records.length > options.maxRecords) {
      out.push(`    ……另有 ${py.records.length - options.maxRecords} 条，完整列表见 --json 输出`);
    }
  }
  if (py.sections.length > 0) {
    out.push(`  叙述（${py.sections.length} 节有改动）：`);
    for (const s of py.sections) {
      out.push(`    ${s.title}：`);
      for (const line of s.summary.slice(0, options.maxHunks)) out.push(`      ${line}`);
      if (s.summary.length > options.maxHunks) {
        out.push(`      ……另有 ${s.summary.length - options.maxHunks} 处改动`);
      }
    }
  }
  if (py.figures.length + py.records.length + py.sections.length === 0) {
    out.push('  数字、明细和叙述均无变化（文件不同，多为站点版本或排版的变化）');
  }
  out.push(`  文件：${filesLine(py.files)}`);
  return out;
}

/** Text of the new build that contradicts its computed figures (diff/stale.ts). */
function staleLines(diff: SiteDiff): string[] {
  const stale = diff.stale ?? [];
  if (stale.length === 0) return [];
  const out = ['', '新构建中与计算结果不符的手写数字（请改用占位符或组件）：'];
  for (const py of stale) out.push(`  ${label(py)}：`, ...py.texts.map((t) => `    ${t}`));
  return out;
}

/** renderDiff(diff): the summary printed by `npm run diff`. */
export function renderDiff(diff: SiteDiff, options: RenderOptions = {}): string {
  const opts = { maxRecords: options.maxRecords ?? 20, maxHunks: options.maxHunks ?? 5 };
  const out = [`比较两次构建：`, `  旧：${diff.old}`, `  新：${diff.new}`, ''];
  const o = diff.otherFiles;
  const nothing =
    diff.added.length + diff.removed.length + diff.changed.length + diff.units.length === 0 &&
    o.changed.length + o.added.length + o.removed.length === 0;
  if (nothing) {
    out.push(`两次构建完全相同：${diff.unchanged.length} 个项目年度，所有文件逐字节一致。`);
    out.push(...staleLines(diff));
    return `${out.join('\n')}\n`;
  }
  if (diff.added.length > 0) {
    out.push(`新增 ${diff.added.length} 个项目年度：`, ...diff.added.map((p) => `  ${label(p)}`));
  }
  if (diff.removed.length > 0) {
    out.push(
      `删除 ${diff.removed.length} 个项目年度：`,
      ...diff.removed.map((p) => `  ${label(p)}`),
    );
  }
  if (diff.added.length + diff.removed.length > 0) out.push('');
  out.push(...yearOnYearLines(diff));
  if (diff.units.length > 0) out.push(...unitLines(diff.units), '');
  for (const py of diff.changed) out.push(...projectYearLines(py, opts), '');
  out.push(
    diff.unchanged.length > 0
      ? `未变化（${diff.unchanged.length} 个项目年度，文件逐字节相同）：${diff.unchanged.map((p) => `${p.year}年度 ${p.name}`).join('、')}`
      : '未变化的项目年度：无',
  );
  const changedOther = [...o.changed, ...o.added, ...o.removed];
  out.push(
    `其他文件（首页、样式和脚本）：${filesLine(o)}${changedOther.length > 0 ? `（${changedOther.slice(0, 5).join('、')}${changedOther.length > 5 ? ' 等' : ''}）` : ''}`,
  );
  out.push(...staleLines(diff));
  return `${out.join('\n')}\n`;
}
