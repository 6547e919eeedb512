/**
 * `npm run new-year -- 2025`: a new year's project-years started from last year's, keeping what
 * carries over (the projects, their funding sources, indicators and targets, project facts and
 * the narrative's sections) and clearing what must be new (the ledgers, the amounts, the results,
 * the year's own facts). It never overwrites: a year that exists already is refused.
 */
import { cp, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import Papa from 'papaparse';
import { parseDocument } from 'yaml';
import { carriedOverLine } from '../content/carry-over.ts';
import { discover, YEAR_DIR } from '../dataset/load.ts';
import type { ProjectYearRef } from '../dataset/load.ts';
import { BUDGET, CASES, INDICATORS, SPENDING } from '../dataset/specs.ts';
import { formatProblem } from '../base/problems.ts';
import { columnsOf } from '../read/columns.ts';
import { folderKind, readRegularFile } from '../read/file-kind.ts';
import { readTable } from '../read/table.ts';
import type { TableResult, TableSpec } from '../read/table.ts';

/** A refusal, in Chinese, that leaves every file as it was. */
export class NewYearError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NewYearError';
  }
}

const USAGE = '用法：npm run new-year -- 2025';

/** The new year from the command's arguments: one four-digit year from 2000 to 2100. */
export function parseYearArgument(args: readonly string[]): number {
  if (args.length === 0 || args[0] === '') throw new NewYearError(`请写明要新增的年度。${USAGE}`);
  if (args.length > 1) throw new NewYearError(`只能写一个年度。${USAGE}`);
  const arg = args[0] as string;
  if (!YEAR_DIR.test(arg)) throw new NewYearError(`年度应为四位数字的年份，如 2025。${USAGE}`);
  const year = Number(arg);
  if (year < 2000 || year > 2100) throw new NewYearError(`年度应在 2000 至 2100 之间。${USAGE}`);
  return year;
}

export interface NewYearOptions {
  root: string;
  dataDir?: string;
  contentDir?: string;
  year: number;
}

/** What was made, for the checklist. */
export interface NewYearResult {
  year: number;
  from: number;
  projects: ProjectCarried[];
}

export interface ProjectCarried {
  slug: string;
  dataDir: string;
  contentDir: string;
  sources: string[];
  indicators: number;
  /** Indicators with no 计算口径: their 实际完成值 is filled in by hand. */
  manual: string[];
  qualitative: string[];
  /** Narrative sections carried over, marked to be rewritten. */
  sections: string[];
  hasFacts: boolean;
  /** Lines of the new project.yaml that still name the year it came from. */
  yearLines: number[];
}

/** Fields cleared in indicators.csv and budget.csv: the year's results and amounts. */
const CLEARED_INDICATOR_FIELDS = new Set(['actual', 'manualScore', 'reason']);
/** project.yaml keys that belong to one year only. */
const YEAR_FACTS = ['实际完成情况', '报告日期'];

/**
 * Starts `year` from the nearest earlier year with data: every project-year of it copied under
 * data/ and content/ (staged beside, then renamed into place), cleared as described above.
 */
export async function startNewYear(options: NewYearOptions): Promise<NewYearResult> {
  const { root, year } = options;
  const dataDir = options.dataDir ?? 'data';
  const contentDir = options.contentDir ?? 'content';
  for (const dir of [dataDir, contentDir]) {
    if ((await folderKind(join(root, dir, String(year)))) !== undefined)
      throw new NewYearError(`${dir}/${year} 已存在，但不是普通目录；不作任何改动`);
    if (await exists(join(root, dir, String(year))))
      throw new NewYearError(
        `${dir}/${year}/ 已存在：new-year 不覆盖已有的年度，未作任何改动。若要重新开始，请先移走该目录`,
      );
  }
  const found = await discover(root, dataDir);
  const errors = found.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0)
    throw new NewYearError(`数据目录有错误，请先改正：\n${errors.map(formatProblem).join('\n')}`);
  const from = Math.max(...found.refs.filter((r) => r.year < year).map((r) => r.year));
  if (!Number.isFinite(from))
    throw new NewYearError(`${dataDir}/ 中没有 ${year} 年以前的年度，无从沿用；请按模板新建`);
  const refs = found.refs.filter((r) => r.year === from);

  // Staged beside the data and content folders, not in them: a folder left there by a run cut
  // short would otherwise stop the build (a year folder must be named by its year).
  const stage = {
    data: beside(join(root, dataDir), year),
    content: beside(join(root, contentDir), year),
  };
  await rm(stage.data, { recursive: true, force: true });
  await rm(stage.content, { recursive: true, force: true });
  try {
    const projects: ProjectCarried[] = [];
    for (const ref of refs) {
      projects.push(await carryProject(root, ref, year, { dataDir, contentDir }, stage));
    }
    await mkdir(stage.content, { recursive: true });
    await rename(stage.data, join(root, dataDir, String(year)));
    await rename(stage.content, join(root, contentDir, String(year)));
    return { year, from, projects };
  } finally {
    await rm(stage.data, { recursive: true, force: true });
    await rm(stage.content, { recursive: true, force: true });
  }
}

async function carryProject(
  root: string,
  ref: ProjectYearRef,
  year: number,
  dirs: { dataDir: string; contentDir: string },
  stage: { data: string; content: string },
): Promise<ProjectCarried> {
  const out = join(stage.data, ref.slug);
  await mkdir(out, { recursive: true });
  // A ledger last year did without (a project with no case ledger) stays without.
  for (const spec of [CASES, SPENDING] as TableSpec<unknown>[]) {
    if (!(await readRegularFile(join(root, ref.dir, spec.fileName))).bytes) continue;
    const table = await readOld(root, ref, spec);
    await writeCsv(join(out, spec.fileName), headersOf(table, spec), []);
  }
  const budget = await readOld(root, ref, BUDGET);
  const indicators = await readOld(root, ref, INDICATORS);
  await writeCsv(
    join(out, 'budget.csv'),
    headersOf(budget, BUDGET),
    budget.records.map((b) => rowOf(b, BUDGET, budget, (field) => field === 'source')),
  );
  await writeCsv(
    join(out, 'indicators.csv'),
    headersOf(indicators, INDICATORS),
    indicators.records.map((i) =>
      rowOf(i, INDICATORS, indicators, (field) => !CLEARED_INDICATOR_FIELDS.has(field)),
    ),
  );

  const oldContent = join(root, dirs.contentDir, String(ref.year), ref.slug);
  const newContent = join(stage.content, ref.slug);
  await mkdir(newContent, { recursive: true });
  const carried: ProjectCarried = {
    slug: ref.slug,
    dataDir: `${dirs.dataDir}/${year}/${ref.slug}`,
    contentDir: `${dirs.contentDir}/${year}/${ref.slug}`,
    sources: budget.records.map((b) => b.source),
    indicators: indicators.records.length,
    manual: indicators.records
      .filter((i) => i.measure === undefined && i.direction !== '定性')
      .map((i) => i.name),
    qualitative: indicators.records.filter((i) => i.direction === '定性').map((i) => i.name),
    sections: [],
    hasFacts: false,
    yearLines: [],
  };
  for (const entry of await readdir(oldContent, { withFileTypes: true }).catch(() => [])) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue;
    const source = join(oldContent, entry.name);
    const target = join(newContent, entry.name);
    if (entry.name === 'project.yaml') {
      const text = await readText(source);
      const written = carryFacts(text, ref.year, year);
      await writeFile(target, written);
      carried.hasFacts = true;
      carried.yearLines = linesNaming(written, ref.year);
    } else if (entry.name.endsWith('.mdx')) {
      const text = (await readText(source)).replace(/^\uFEFF/, '');
      await writeFile(target, `${carriedOverLine(ref.year, year)}\n\n${text}`);
      carried.sections.push(entry.name);
    } else {
      await cp(source, target); // Images the narrative shows.
    }
  }
  return carried;
}

/** Last year's file read and checked as the build reads it; refused when it has errors. */
async function readOld<R>(
  root: string,
  ref: ProjectYearRef,
  spec: TableSpec<R>,
): Promise<TableResult<R>> {
  const file = `${ref.dir}/${spec.fileName}`;
  const read = await readRegularFile(join(root, file));
  if (read.bytes === undefined)
    throw new NewYearError(`${file} 不存在或不是普通文件；请先补齐上一年度的数据`);
  const table = readTable(file, read.bytes, spec);
  const errors = table.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0)
    throw new NewYearError(
      `上一年度的 ${file} 有错误，请先改正（npm run check-data）：\n${errors.map(formatProblem).join('\n')}`,
    );
  return table;
}

/** The columns as last year's file wrote them, in the template's order; unknown ones dropped. */
function headersOf(table: TableResult<unknown>, spec: TableSpec<unknown>): string[] {
  return columnsOf(spec.row)
    .filter((def) => table.present.has(def.field))
    .map((def) => table.headers.get(def.field) ?? def.header);
}

function rowOf<R>(
  record: R,
  spec: TableSpec<R>,
  table: TableResult<R>,
  keep: (field: string) => boolean,
): string[] {
  return columnsOf(spec.row)
    .filter((def) => table.present.has(def.field))
    .map((def) => {
      const value = (record as Record<string, unknown>)[def.field];
      return keep(def.field) && value !== undefined ? String(value) : '';
    });
}

/** UTF-8 with a BOM and CRLF, as the templates: Excel opens it as it is. */
async function writeCsv(path: string, headers: string[], rows: string[][]): Promise<void> {
  const text = Papa.unparse([headers, ...rows], { newline: '\r\n' });
  await writeFile(path, `\uFEFF${text}\r\n`);
}

/**
 * project.yaml for the new year: the year's own facts (实际完成情况, 报告日期) removed, the
 * heading comment's year moved on; the rest — the project's standing facts — kept as written.
 */
export function carryFacts(text: string, from: number, to: number): string {
  const doc = parseDocument(text.replace(/^\uFEFF/, ''));
  if (doc.errors.length > 0)
    throw new NewYearError(
      `上一年度的 project.yaml 有格式错误，请先改正：${doc.errors[0]?.message ?? ''}`,
    );
  for (const key of YEAR_FACTS) doc.delete(key);
  const lines = doc.toString({ lineWidth: 0 }).split('\n');
  // The heading comment names the year (“# 2024 年度 …”): moved on with the file.
  for (let i = 0; i < lines.length && (lines[i] as string).startsWith('#'); i++) {
    lines[i] = (lines[i] as string).replaceAll(`${from} 年度`, `${to} 年度`);
  }
  return lines.join('\n');
}

/** 1-based lines of `text` that name `year`: facts likely to need the new year's. */
function linesNaming(text: string, year: number): number[] {
  const lines: number[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trimStart().startsWith('#') && line.includes(String(year))) lines.push(i + 1);
  }
  return lines;
}

/**
 * The checklist printed after the new year is made: per project, what to fill in, file by file.
 */
export function checklist(result: NewYearResult): string[] {
  const { year, from } = result;
  const out = [
    `已按 ${from} 年度新建 ${year} 年度的 ${result.projects.length} 个项目年度。请逐项填写：`,
  ];
  for (const p of result.projects) {
    const items = [
      `${p.dataDir}/cases.csv：放入 ${year} 年的信访积案台账（现只有表头）`,
      `${p.dataDir}/spending.csv：放入 ${year} 年的资金拨付明细（现只有表头）`,
      `${p.dataDir}/budget.csv：填写 ${p.sources.join('、')} 的年初预算数、全年预算数；资金来源有变化就增删行`,
      `${p.dataDir}/indicators.csv：核对 ${p.indicators} 个指标的年度指标值和分值${p.manual.length > 0 ? `；填写 ${p.manual.join('、')} 的实际完成值` : ''}${p.qualitative.length > 0 ? `；为定性指标 ${p.qualitative.join('、')} 填写评价结果（达成/部分达成/未达成）和得分` : ''}；未达到指标值的填写偏差原因`,
    ];
    if (p.hasFacts) {
      const lines =
        p.yearLines.length > 0 ? `；第 ${p.yearLines.join('、')} 行还写着 ${from} 年` : '';
      items.push(
        `${p.contentDir}/project.yaml：核对年度总体目标，写上实际完成情况、报告日期${lines}`,
      );
    } else {
      items.push(`${p.contentDir}/project.yaml：新建项目信息（上一年度没有）`);
    }
    items.push(
      p.sections.length > 0
        ? `${p.contentDir}/*.mdx：改写 ${p.sections.length} 节正文（沿用 ${from} 年度），改完删除第 1 行的“待改写”标记`
        : `${p.contentDir}/：撰写正文（上一年度没有正文）`,
    );
    out.push('', `${year} 年度 ${p.slug}：`, ...items.map((item, i) => `  ${i + 1}. ${item}`));
  }
  out.push('', '然后运行 npm run check-data，按提示逐条改正，直到显示“数据检查通过”。');
  return out;
}

/** `<parent>/.<folder>-2025-new-year`, on the folder's own file system so it can be renamed. */
function beside(folder: string, year: number): string {
  return join(dirname(folder), `.${basename(folder)}-${year}-new-year`);
}

async function exists(path: string): Promise<boolean> {
  try {
    await readdir(path);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

async function readText(path: string): Promise<string> {
  const read = await readRegularFile(path);
  if (read.bytes === undefined) throw new NewYearError(`${path} 不是普通文件`);
  return read.bytes.toString('utf8');
}
