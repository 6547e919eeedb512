/**
 * Helpers shared by the unit tests: CSV text → bytes → a read table, and problems as the build
 * prints them (`file:line: column: message`), so assertions pin the whole message.
 */
import { crossCheck } from '../../../src/lib/dataset/crosscheck.ts';
import { placeSources } from '../../../src/lib/model/standard-funding.ts';
import { caseLinks } from '../../../src/lib/model/links.ts';
import { BUDGET, CASES, INDICATORS, SPENDING } from '../../../src/lib/dataset/specs.ts';
import type { Problem } from '../../../src/lib/base/problems.ts';
import { formatProblem } from '../../../src/lib/base/problems.ts';
import { readTable } from '../../../src/lib/read/table.ts';
import type { TableResult, TableSpec } from '../../../src/lib/read/table.ts';
import type { BudgetLine } from '../../../src/lib/schema/budget.ts';
import type { CaseRecord } from '../../../src/lib/schema/cases.ts';
import type { IndicatorRecord } from '../../../src/lib/schema/indicators.ts';
import type { PaymentRecord } from '../../../src/lib/schema/spending.ts';

/** The folder every in-memory table pretends to live in. */
export const DIR = 'data/2024/demo';

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Lines joined with LF and a final line break, as a hand-written CSV would be. */
export const csv = (...lines: string[]): string => `${lines.join('\n')}\n`;

/** Every problem formatted as the build prints it. */
export const formatted = (problems: readonly Problem[]): string[] => problems.map(formatProblem);

export const errors = (problems: readonly Problem[]): string[] =>
  formatted(problems.filter((p) => p.severity === 'error'));

export const warnings = (problems: readonly Problem[]): string[] =>
  formatted(problems.filter((p) => p.severity === 'warning'));

function read<R>(spec: TableSpec<R>, content: string | Uint8Array): TableResult<R> {
  const bytes = typeof content === 'string' ? utf8(content) : content;
  return readTable(`${DIR}/${spec.fileName}`, bytes, spec);
}

export const readCases = (content: string | Uint8Array): TableResult<CaseRecord> =>
  read(CASES, content);
export const readSpending = (content: string | Uint8Array): TableResult<PaymentRecord> =>
  read(SPENDING, content);
export const readBudget = (content: string | Uint8Array): TableResult<BudgetLine> =>
  read(BUDGET, content);
export const readIndicators = (content: string | Uint8Array): TableResult<IndicatorRecord> =>
  read(INDICATORS, content);

export const CASES_HEADER =
  '案件编号,信访人,信访人编号,责任单位,问题类别,登记日期,办结日期,化解状态,息诉罢访,满意度';
export const SPENDING_HEADER = '拨付编号,拨付日期,案件编号,资金来源,金额(元),用途';
export const BUDGET_HEADER = '资金来源,年初预算数(万元),全年预算数(万元),全年执行数(万元)';
export const INDICATORS_HEADER =
  '一级指标,二级指标,三级指标,指标性质,年度指标值,度量单位,分值,计算口径,实际完成值,得分,偏差原因分析及改进措施';

/** An indicators.csv row by header; missing columns are blank. */
export type IndicatorRow = Partial<Record<string, string>>;

/** A valid qualitative indicator: 达成, scored 9 of 10. */
export const QUALITATIVE_INDICATOR: IndicatorRow = {
  一级指标: '效益指标',
  二级指标: '社会效益指标',
  三级指标: '维护社会和谐稳定',
  指标性质: '定性',
  年度指标值: '有效维护',
  分值: '10',
  实际完成值: '达成',
  得分: '9',
};

/** indicators.csv with the standard header and these rows, read. */
export function readIndicatorRows(...rows: IndicatorRow[]): TableResult<IndicatorRecord> {
  const columns = INDICATORS_HEADER.split(',');
  return readIndicators(
    csv(INDICATORS_HEADER, ...rows.map((r) => columns.map((c) => r[c] ?? '').join(','))),
  );
}

/** A valid, minimal project-year as CSV text; tests replace one file to break one rule. */
export const VALID = {
  cases: csv(
    CASES_HEADER,
    'A01,罗某厚,P1,东城街道,征地拆迁,2024-01-05,2024-02-01,已化解,是,满意',
    'A02,周某武,P2,西城街道,劳动社保,2023-11-20,,化解中,,',
  ),
  spending: csv(
    SPENDING_HEADER,
    'P01,2024-02-10,A01,本年财政拨款,"1,000.00",困难救助',
    'P02,2024-03-10,,上年结转资金,500.50,',
  ),
  budget: csv(BUDGET_HEADER, '本年财政拨款,1,1,0.1', '上年结转资金,0.5,0.5,0.05005'),
  indicators: csv(INDICATORS_HEADER, '产出指标,数量指标,化解信访积案,≥,1,件,90,已化解件数,,,'),
};

export type Files = Partial<Record<keyof typeof VALID, string | Uint8Array>>;

/**
 * Reads the four files (VALID unless replaced) and runs the cross-file rules; with
 * `hasCases: false`, as a folder without cases.csv.
 */
export function checkProjectYear(files: Files = {}, year = 2024, hasCases = true) {
  const tables = {
    year,
    hasCases,
    cases: readCases(hasCases ? (files.cases ?? VALID.cases) : CASES_HEADER),
    spending: readSpending(files.spending ?? VALID.spending),
    budget: readBudget(files.budget ?? VALID.budget),
    indicators: readIndicators(files.indicators ?? VALID.indicators),
  };
  const own = [tables.cases, tables.spending, tables.budget, tables.indicators].flatMap(
    (t) => t.problems,
  );
  const links = caseLinks(tables.cases.records, tables.spending.records);
  // Placed as loadProjectYear() places them (no project.yaml here).
  const { places } = placeSources(tables.budget.records);
  return { tables, own, cross: crossCheck({ ...tables, places }, links) };
}
