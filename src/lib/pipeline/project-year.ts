/**
 * One project-year, start to finish: its four files read and checked, its report, subtotals and
 * ledger pages. Pure but for the files it reads and writes, so loadSite() can run it on a worker
 * thread (src/lib/pipeline/site-worker.ts) and receive only the compact result.
 */
import type { FileSummary, ProjectYearRef } from '../dataset/load.ts';
import { loadProjectYear } from '../dataset/load.ts';
import { computeMeasures, DEFAULT_TIMELY_DAYS } from '../model/measures.ts';
import { scoreIndicator } from '../model/indicator-score.ts';
import { startAside } from './aside.ts';
import type { Aside } from './aside.ts';
import type { LedgerIndex } from '../ledger/ledger.ts';
import { DEFAULT_PAGE_SIZE, ledgerDirOf, publishedNames, writeLedgers } from '../ledger/ledger.ts';
import { CASE_COLUMNS, PAYMENT_COLUMNS, publishedColumns } from '../ledger/columns.ts';
import { rowReadingProblems } from '../ledger/row-reading.ts';
import { caseRows, paymentRowsOf, paymentUnits, unitOrder } from '../ledger/rows.ts';
import type { ProjectYearData } from '../dataset/load.ts';
import { breakdowns } from '../model/breakdowns.ts';
import { buildReport } from '../model/report.ts';
import type { Problem } from '../base/problems.ts';
import type { ProjectYearModel } from './project-year-schema.ts';
import type { StandardSource } from '../model/standard-funding.ts';

export type { ProjectYearModel } from './project-year-schema.ts';

export interface ProjectYearJob {
  root: string;
  ref: ProjectYearRef;
  /** Project name for the report (from project.yaml, else the slug). */
  name: string;
  timelyDays?: number;
  ledgerDir?: string;
  pageSize?: number;
  /** Read the spending file and write the payment ledger on a second thread (./aside.ts). */
  sideBySide?: boolean;
  /** Free-text ledger columns to publish (project.yaml's 公开列); by default none. */
  publicColumns?: string[];
  /** project.yaml's 资金来源对应: the standard row of a source budget.csv does not classify. */
  fundingSources?: Record<string, StandardSource>;
}

/** One project-year built: always its files and problems; the model when it had no errors. */
export interface ProjectYearResult {
  files: FileSummary[];
  problems: Problem[];
  built?: Pick<ProjectYearModel, 'report' | 'dataDate' | 'breakdowns' | 'ledger'>;
}

/**
 * Reads, checks and models one project-year, and writes its ledger pages. The records stay
 * here; only the compact model leaves, so a worker can send it back cheaply.
 */
export async function buildProjectYear(job: ProjectYearJob): Promise<ProjectYearResult> {
  const aside = job.sideBySide ? startAside() : undefined;
  try {
    return await buildWith(job, aside);
  } finally {
    await aside?.close();
  }
}

async function buildWith(
  job: ProjectYearJob,
  aside: Aside | undefined,
): Promise<ProjectYearResult> {
  const { ref } = job;
  const data = await loadProjectYear(job.root, ref, aside?.readSpending, job.fundingSources);
  // The rows read whole are read across too, so every problem is reported at once.
  const problems = [...data.problems, ...readRowsAcross(data, job.publicColumns)];
  const result: ProjectYearResult = { files: data.files, problems };
  if (problems.some((p) => p.severity === 'error')) {
    result.problems = [...problems, ...independentChecks(data, job.timelyDays)];
    return result;
  }

  const built = buildReport({
    year: ref.year,
    slug: ref.slug,
    name: job.name,
    dir: ref.dir,
    cases: data.cases,
    payments: data.payments,
    links: data.links,
    budget: data.budget,
    indicators: data.indicators,
    hasCases: data.hasCases,
    ...(job.fundingSources === undefined ? {} : { fundingSources: job.fundingSources }),
    ...(job.timelyDays === undefined ? {} : { timelyDays: job.timelyDays }),
  });
  result.problems = [...problems, ...built.problems];
  const ledger = job.ledgerDir
    ? await writeLedgers(
        ledgerDirOf(job.ledgerDir, ref.year, ref.slug),
        data.cases,
        data.payments,
        data.links,
        job.pageSize,
        aside?.writePayments,
        job.publicColumns,
        data.hasCases,
      )
    : countLedger(
        data.cases,
        data.payments.length,
        job.pageSize ?? DEFAULT_PAGE_SIZE,
        job.publicColumns,
        data.hasCases,
      );
  result.built = {
    report: built.report,
    dataDate: latestDate(data),
    breakdowns: breakdowns(
      ref.year,
      data.cases,
      data.payments,
      data.budget,
      data.links,
      data.places,
    ),
    ledger,
  };
  return result;
}

/**
 * The checks of the indicators that do not wait for the other errors to be fixed, so one pass
 * lists every independent problem: with the case, payment and budget files whole, every
 * indicator is scored as the report would score it; otherwise the indicators filled in by hand
 * (no 计算口径) are, and the others are named in one warning as waiting.
 */
export function independentChecks(
  data: ProjectYearData,
  timelyDays = DEFAULT_TIMELY_DAYS,
): Problem[] {
  const file = `${data.dir}/indicators.csv`;
  const broken = new Set(
    data.problems.filter((p) => p.severity === 'error' && p.file !== file).map((p) => p.file),
  );
  const values =
    broken.size === 0 ? computeMeasures({ ...data, timelyDays }) : new Map<string, undefined>();
  const problems: Problem[] = [];
  const waiting: string[] = [];
  for (const ind of data.indicators) {
    if (ind.measure !== undefined && broken.size > 0) waiting.push(ind.name);
    else problems.push(...scoreIndicator(ind, values, file, data.year).problems);
  }
  if (waiting.length > 0) {
    const files = [...broken].map((f) => f.slice(f.lastIndexOf('/') + 1)).join('、');
    problems.push({
      file,
      severity: 'warning',
      message: `由计算口径得出的 ${waiting.length} 个指标（${waiting.join('、')}）要等 ${files} 的错误改正后才能计算，届时再检查是否达到年度指标值、是否需填写偏差原因`,
    });
  }
  return problems;
}

/**
 * Each row's published cells read across (src/lib/ledger/row-reading.ts), before anything is
 * written: a number split over cells side by side stops the build as one in a cell does.
 */
function readRowsAcross(data: ProjectYearData, listed?: readonly string[]): Problem[] {
  const units = paymentUnits(data.cases, data.links);
  return [
    ...rowReadingProblems(
      `${data.dir}/cases.csv`,
      caseRows(data.cases, data.links),
      data.cases.map((c) => c.line),
      publishedColumns(CASE_COLUMNS, listed),
    ),
    ...rowReadingProblems(
      `${data.dir}/spending.csv`,
      paymentRowsOf(data.payments, units),
      data.payments.map((p) => p.line),
      publishedColumns(PAYMENT_COLUMNS, listed, data.hasCases),
    ),
  ];
}

/** The ledger index without writing pages, for tools that only need the model. */
function countLedger(
  cases: readonly { unit: string }[],
  payments: number,
  pageSize: number,
  listed?: readonly string[],
  hasCases = true,
): LedgerIndex {
  const part = (rows: number) => ({ rows, pages: Math.max(1, Math.ceil(rows / pageSize)) });
  const perUnit = new Map<string, number>();
  for (const c of cases) perUnit.set(c.unit, (perUnit.get(c.unit) ?? 0) + 1);
  const units = unitOrder(cases as Parameters<typeof unitOrder>[0]).map((unit, i) => ({
    id: `u${i + 1}`,
    unit,
    ...part(perUnit.get(unit) ?? 0),
  }));
  return {
    pageSize,
    columns: publishedNames(listed, hasCases),
    cases: part(cases.length),
    payments: part(payments),
    units,
  };
}

function latestDate(data: {
  cases: readonly { registered: string; closed?: string | undefined }[];
  payments: readonly { date: string }[];
}): string {
  let latest = '';
  for (const c of data.cases) {
    if (c.registered > latest) latest = c.registered;
    if (c.closed !== undefined && c.closed > latest) latest = c.closed;
  }
  for (const p of data.payments) if (p.date > latest) latest = p.date;
  return latest;
}
