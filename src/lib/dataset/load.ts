/**
 * The data folder → project-years. Finds `data/<年度>/<项目标识>/`, reads the four files of each,
 * applies the cross-file rules, and yields one project-year at a time so a large archive is
 * never held in memory all at once.
 */
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Problem } from '../base/problems.ts';
import { compareText } from '../base/problems.ts';
import { mayEcho } from '../privacy/echo.ts';
import { emptyTable, readTable } from '../read/table.ts';
import { recordSum } from '../read/totals.ts';
import type { TableResult, TableSpec } from '../read/table.ts';
import {
  entryKind,
  folderKind,
  notAFileMessage,
  notAFolderMessage,
  readRegularFile,
} from '../read/file-kind.ts';
import { columnsOf } from '../read/columns.ts';
import { caseLinks } from '../model/links.ts';
import type { CaseLinks } from '../model/links.ts';
import type { BudgetLine, StandardSource } from '../schema/budget.ts';
import { placeSources } from '../model/standard-funding.ts';
import type { SourcePlace } from '../model/standard-funding.ts';
import type { CaseRecord } from '../schema/cases.ts';
import type { IndicatorRecord } from '../schema/indicators.ts';
import type { PaymentRecord } from '../schema/spending.ts';
import { crossCheck } from './crosscheck.ts';
import type { FileSummary } from './files-schema.ts';
import { plausibility } from './plausibility.ts';
import { BUDGET, CASES, DATA_FILES, INDICATORS, REQUIRED_FILES, SPENDING } from './specs.ts';

export const YEAR_DIR = /^\d{4}$/;
export const SLUG_DIR = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ProjectYearRef {
  year: number;
  slug: string;
  /** Folder relative to the project root, with forward slashes: `data/2024/jiean-huajie`. */
  dir: string;
}

export type { FileSummary } from './files-schema.ts';

export interface ProjectYearData extends ProjectYearRef {
  /**
   * Whether the folder holds a case ledger (cases.csv). Most funds of a 信访局 (working funds,
   * office supplies, a 窗口) have payments but no cases; their `cases` is empty.
   */
  hasCases: boolean;
  cases: CaseRecord[];
  payments: PaymentRecord[];
  /** How the payments tie to the cases, worked out once here for everything built from them. */
  links: CaseLinks;
  budget: BudgetLine[];
  /** Each budget line's standard row (资金类别, project.yaml, name); empty when budget.csv has errors. */
  places: SourcePlace[];
  indicators: IndicatorRecord[];
  files: FileSummary[];
  problems: Problem[];
}

/** Folder layout problems and the project-years found, in year then slug order. */
export async function discover(
  root: string,
  dataDir = 'data',
): Promise<{ refs: ProjectYearRef[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const refs: ProjectYearRef[] = [];
  const base = join(root, dataDir);
  const baseKind = await folderKind(base);
  if (baseKind !== undefined) {
    problems.push({ file: dataDir, severity: 'error', message: notAFolderMessage(baseKind) });
    return { refs, problems };
  }
  const years = await listDir(base);
  if (years === undefined) {
    problems.push({
      file: dataDir,
      severity: 'error',
      message: `找不到数据目录 ${dataDir}/；应按 ${dataDir}/<年度>/<项目标识>/ 存放 CSV 文件`,
    });
    return { refs, problems };
  }
  for (const year of years) {
    if (!mayEcho(year.name)) {
      problems.push(withheldFolder(`${dataDir}/`));
      continue;
    }
    const yearPath = `${dataDir}/${year.name}`;
    if (year.isSymbolicLink() && YEAR_DIR.test(year.name)) {
      problems.push({
        file: yearPath,
        severity: 'error',
        message: notAFolderMessage('是符号链接'),
      });
      continue;
    }
    if (!year.isDirectory()) {
      if (!year.name.startsWith('.')) {
        problems.push({
          file: yearPath,
          severity: 'warning',
          message: `不是年度目录，已忽略；数据应放在 ${dataDir}/<年度>/<项目标识>/ 下`,
        });
      }
      continue;
    }
    if (!YEAR_DIR.test(year.name)) {
      problems.push({
        file: yearPath,
        severity: 'error',
        message: `目录名“${year.name}”不是四位年份；应形如 ${dataDir}/2024/`,
      });
      continue;
    }
    for (const project of (await listDir(join(base, year.name))) ?? []) {
      if (!mayEcho(project.name)) {
        problems.push(withheldFolder(`${yearPath}/`));
        continue;
      }
      const dir = `${yearPath}/${project.name}`;
      if (project.isSymbolicLink()) {
        problems.push({ file: dir, severity: 'error', message: notAFolderMessage('是符号链接') });
        continue;
      }
      if (!project.isDirectory()) {
        if (!project.name.startsWith('.')) {
          problems.push({
            file: dir,
            severity: 'warning',
            message: `不是项目目录，已忽略；每个项目一个目录，如 ${yearPath}/jiean-huajie/`,
          });
        }
        continue;
      }
      if (!SLUG_DIR.test(project.name)) {
        problems.push({
          file: dir,
          severity: 'error',
          message: `项目标识“${project.name}”无效；应只用小写字母、数字和连字符（会成为网址的一部分），如 jiean-huajie${project.name.startsWith('_') ? '。单位自评报告的目录 _unit/ 只放在 content/<年度>/ 下，data/ 中不需要' : ''}`,
        });
        continue;
      }
      refs.push({ year: Number(year.name), slug: project.name, dir });
    }
  }
  refs.sort((a, b) => a.year - b.year || compareText(a.slug, b.slug));
  return { refs, problems };
}

/** What is said of a folder (in `parent`) whose name reads as a number: never its name. */
export const WITHHELD_FOLDER_MESSAGE =
  '其中有一个目录的名称疑似含身份证号或手机号（此处不显示目录名），已跳过；目录名会成为网址的一部分，请改名，如 jiean-huajie';

/** The error for a folder of `parent` whose name reads as a number, located at `parent`. */
export function withheldFolder(parent: string): Problem {
  return { file: parent, severity: 'error', message: WITHHELD_FOLDER_MESSAGE };
}

/** Reads a data file elsewhere (another thread) and gives back what readSpecFile() would. */
export type ReadAside<R> = (path: string, file: string) => Promise<TableResult<R>>;

/**
 * Reads and checks one project-year folder. `readSpending`: its spending file is read that way
 * (on a thread of its own, src/lib/pipeline/aside.ts) while this thread reads the others.
 */
export async function loadProjectYear(
  root: string,
  ref: ProjectYearRef,
  readSpending?: ReadAside<PaymentRecord>,
  fundingSources?: Readonly<Record<string, StandardSource>>,
): Promise<ProjectYearData> {
  const problems: Problem[] = [];
  const entries = (await listDir(join(root, ref.dir))) ?? [];
  const names = new Set(entries.filter((e) => e.isFile()).map((e) => e.name));
  // A data file that is there but not an ordinary file: say what it is, never read it.
  const odd = new Map<string, string>();
  for (const e of entries) {
    const kind = entryKind(e);
    if (kind !== undefined && DATA_FILES.includes(e.name)) odd.set(e.name, kind);
  }
  for (const name of [...names].sort(compareText)) {
    if (!DATA_FILES.includes(name) && !name.startsWith('.') && !name.startsWith('~$')) {
      problems.push({
        file: `${ref.dir}/${name}`,
        severity: 'warning',
        message: `不是站点读取的文件，已忽略；项目目录应包含 ${DATA_FILES.join('、')}`,
      });
    }
  }

  async function read<R>(spec: TableSpec<R>, aside?: ReadAside<R>): Promise<TableResult<R>> {
    const file = `${ref.dir}/${spec.fileName}`;
    const kind = odd.get(spec.fileName);
    if (kind !== undefined) {
      return emptyTable<R>(file, [{ file, severity: 'error', message: notAFileMessage(kind) }]);
    }
    if (!names.has(spec.fileName)) {
      return emptyTable<R>(file, [
        {
          file,
          severity: 'error',
          message: `缺少文件 ${spec.fileName}（${spec.title}）；每个项目年度都需要 ${REQUIRED_FILES.join('、')}（${CASES.fileName} 可选）`,
        },
      ]);
    }
    const path = join(root, file);
    return aside ? aside(path, file) : readSpecFile(path, file, spec);
  }

  // Started first: when read aside, this thread reads the others meanwhile.
  const spendingRead = read(SPENDING, readSpending);
  const budget = await read(BUDGET);
  const hasCases = names.has(CASES.fileName) || odd.has(CASES.fileName);
  const cases = hasCases ? await read(CASES) : emptyTable<CaseRecord>(`${ref.dir}/cases.csv`, []);
  const spending = await spendingRead;
  const indicators = await read(INDICATORS);
  const tables = [budget, cases, spending, indicators] as TableResult<unknown>[];
  for (const t of tables) problems.push(...t.problems);
  const links = caseLinks(cases.records, spending.records);
  // Each budget line's standard row: 资金类别, else project.yaml's 资金来源对应, else its name.
  const budgetWhole = budget.problems.every((p) => p.severity !== 'error');
  const placed = budgetWhole
    ? placeSources(budget.records, fundingSources, budget.file, budget.headers)
    : { places: [] as SourcePlace[], problems: [] };
  problems.push(...placed.problems);
  const { places } = placed;
  problems.push(
    ...crossCheck({ year: ref.year, hasCases, cases, spending, budget, indicators, places }, links),
  );
  problems.push(...plausibility(spending, budget, places));

  return {
    ...ref,
    hasCases,
    cases: cases.records,
    payments: spending.records,
    links,
    budget: budget.records,
    places,
    indicators: indicators.records,
    files: [
      summarize(budget, BUDGET as TableSpec<unknown>),
      ...(hasCases ? [summarize(cases, CASES as TableSpec<unknown>)] : []),
      summarize(spending, SPENDING as TableSpec<unknown>),
      summarize(indicators, INDICATORS as TableSpec<unknown>),
    ],
    problems,
  };
}

/** One data file read from `path` (shown as `file`) and checked against its spec. */
export async function readSpecFile<R>(
  path: string,
  file: string,
  spec: TableSpec<R>,
): Promise<TableResult<R>> {
  const read = await readRegularFile(path);
  if (read.bytes === undefined) {
    const message =
      read.kind === undefined ? `文件 ${spec.fileName} 读取前已被删除` : notAFileMessage(read.kind);
    return emptyTable<R>(file, [{ file, severity: 'error', message }]);
  }
  return readTable(file, read.bytes, spec);
}

function summarize(t: TableResult<unknown>, spec: TableSpec<unknown>): FileSummary {
  const totals: Record<string, number> = {};
  for (const def of columnsOf(spec.row)) {
    if (def.cell !== 'money') continue;
    const sum = recordSum(t.records, def.field, spec.inTotal);
    if (sum !== undefined) totals[def.field] = sum;
  }
  const summary: FileSummary = {
    file: t.file,
    counts: t.counts,
    unknownColumns: t.unknownColumns,
    totals,
  };
  if (t.encoding !== undefined) summary.encoding = t.encoding;
  return summary;
}

async function listDir(path: string) {
  try {
    const entries = await readdir(path, { withFileTypes: true });
    return entries.sort((a, b) => compareText(a.name, b.name));
  } catch {
    return undefined;
  }
}

/** Path relative to root with forward slashes, for messages. */
export function displayPath(root: string, path: string): string {
  return relative(root, path).split('\\').join('/');
}
