/**
 * Rules that span rows or files of one project-year: unique ids, payments that point at real
 * cases and budget lines, dates inside the year, 全年执行数 that reconciles with the payments,
 * known 计算口径, and points that add up to 100.
 */
import Fraction from 'fraction.js';
import type { CaseLinks } from '../model/links.ts';
import { MEASURE_NAMES, needsCasesMessage } from '../model/measures.ts';
import { FUNDING_POINTS, TOTAL_POINTS } from '../model/scoring.ts';
import { ProblemSink } from '../base/problems.ts';
import type { Problem } from '../base/problems.ts';
import { quote } from '../privacy/echo.ts';
import { formatYuan } from '../base/money.ts';
import type { TableResult } from '../read/table.ts';
import type { BudgetLine } from '../schema/budget.ts';
import type { CaseRecord } from '../schema/cases.ts';
import type { IndicatorRecord } from '../schema/indicators.ts';
import type { PaymentRecord } from '../schema/spending.ts';
import type { SourcePlace } from '../model/standard-funding.ts';
import { linePayments } from '../model/standard-funding.ts';

export interface ProjectYearTables {
  year: number;
  /** Whether the folder holds cases.csv; without it, payments name no case and no measure counts cases. */
  hasCases: boolean;
  cases: TableResult<CaseRecord>;
  spending: TableResult<PaymentRecord>;
  budget: TableResult<BudgetLine>;
  indicators: TableResult<IndicatorRecord>;
  /** Each budget line's standard row (placeSources), when budget.csv was read whole. */
  places?: readonly SourcePlace[];
}

/** The cross-file problems of a project-year; `links` is caseLinks of its cases and payments. */
export function crossCheck(t: ProjectYearTables, links: CaseLinks): Problem[] {
  const problems: Problem[] = [];
  const sinks = {
    cases: new ProblemSink(t.cases.file),
    spending: new ProblemSink(t.spending.file),
    budget: new ProblemSink(t.budget.file),
    indicators: new ProblemSink(t.indicators.file),
  };
  const header = (table: TableResult<unknown>, field: string, fallback: string) =>
    table.headers.get(field) ?? fallback;

  for (const [at, first] of links.duplicates) {
    const c = t.cases.records[at] as CaseRecord;
    duplicate(
      sinks.cases,
      '案件编号',
      c.caseId,
      (t.cases.records[first] as CaseRecord).line,
      c.line,
      header(t.cases, 'caseId', '案件编号'),
    );
  }
  unique(
    t.spending.records,
    (p) => p.paymentId,
    sinks.spending,
    header(t.spending, 'paymentId', '拨付编号'),
    '拨付编号',
  );
  unique(
    t.budget.records,
    (b) => b.source,
    sinks.budget,
    header(t.budget, 'source', '资金来源'),
    '资金来源',
  );
  unique(
    t.indicators.records,
    (i) => `${i.level1}/${i.level2}/${i.name}`,
    sinks.indicators,
    header(t.indicators, 'name', '三级指标'),
    '指标',
  );

  const yearEnd = `${t.year}-12-31`;
  const yearStart = `${t.year}-01-01`;
  for (const c of t.cases.records) {
    if (c.registered > yearEnd) {
      sinks.cases.error(
        `登记日期 ${c.registered} 晚于 ${t.year} 年末；本年度台账只能包含年末前登记的案件`,
        c.line,
        header(t.cases, 'registered', '登记日期'),
        `登记日期晚于 ${t.year} 年末；本年度台账只能包含年末前登记的案件`,
      );
    }
    if (c.closed !== undefined && c.closed > yearEnd) {
      sinks.cases.error(
        `办结日期 ${c.closed} 晚于 ${t.year} 年末；年末尚未办结的案件应标为“化解中”或“未化解”`,
        c.line,
        header(t.cases, 'closed', '办结日期'),
        `办结日期晚于 ${t.year} 年末；年末尚未办结的案件应标为“化解中”或“未化解”`,
      );
    }
  }

  const sources = new Set(t.budget.records.map((b) => b.source));
  const spentBySource = new Map<string, number>();
  const casesReadable = t.cases.problems.every((p) => p.severity !== 'error');
  const budgetReadable = t.budget.problems.every((p) => p.severity !== 'error');
  for (let i = 0; i < t.spending.records.length; i++) {
    const p = t.spending.records[i] as PaymentRecord;
    if (p.date < yearStart || p.date > yearEnd) {
      sinks.spending.error(
        `拨付日期 ${p.date} 不在 ${t.year} 年内；应在 ${yearStart} 至 ${yearEnd} 之间`,
        p.line,
        header(t.spending, 'date', '拨付日期'),
        `拨付日期不在 ${t.year} 年内；应在 ${yearStart} 至 ${yearEnd} 之间`,
      );
    }
    if (p.caseId !== undefined && !t.hasCases) {
      sinks.spending.error(
        '本项目年度没有 cases.csv（信访积案台账），案件编号应留空',
        p.line,
        header(t.spending, 'caseId', '案件编号'),
      );
    } else if (p.caseId !== undefined && casesReadable && links.caseOf[i] === -1) {
      sinks.spending.error(
        `案件编号${quote(p.caseId)}在 cases.csv 中不存在；应为台账中已有的案件编号，或留空`,
        p.line,
        header(t.spending, 'caseId', '案件编号'),
      );
    }
    if (budgetReadable && !sources.has(p.source)) {
      sinks.spending.error(
        `资金来源${quote(p.source)}不在 budget.csv 中；应为 ${[...sources].map((x) => quote(x).slice(1, -1)).join('、') || '（budget.csv 无资金来源）'} 之一`,
        p.line,
        header(t.spending, 'source', '资金来源'),
      );
    }
    spentBySource.set(p.source, (spentBySource.get(p.source) ?? 0) + p.amount);
  }

  const spendingReadable = t.spending.problems.every((p) => p.severity !== 'error');
  const paidPerLine = linePayments(t.budget.records, t.places ?? [], spentBySource);
  for (const [i, b] of t.budget.records.entries()) {
    if (b.executed !== undefined && spendingReadable) {
      const paid = paidPerLine[i] ?? 0;
      const parts = t.budget.records.filter((_, j) => t.places?.[j]?.partOf === i);
      const which =
        parts.length === 0
          ? '该来源'
          : `该来源（含其中：中央和省级补助${parts.map((x) => quote(x.source)).join('、')}）`;
      if (paid !== b.executed) {
        sinks.budget.error(
          `${quote(b.source)}的全年执行数为 ${formatYuan(b.executed)} 元，但资金拨付明细中${which}合计 ${formatYuan(paid)} 元，相差 ${formatYuan(b.executed - paid)} 元；两者应一致`,
          b.line,
          header(t.budget, 'executed', '全年执行数'),
        );
      }
    }
  }
  if (t.budget.records.length === 0 && budgetReadable) {
    sinks.budget.error('没有任何资金来源；资金情况表至少应有一行（如 本年财政拨款）');
  }

  for (const i of t.indicators.records) {
    if (i.measure !== undefined && !MEASURE_NAMES.includes(i.measure)) {
      sinks.indicators.error(
        `${quote(i.measure)}不是已知的计算口径；可用的有 ${MEASURE_NAMES.join('、')}，或留空并手工填写实际完成值`,
        i.line,
        header(t.indicators, 'measure', '计算口径'),
      );
    } else if (i.measure !== undefined && !t.hasCases) {
      const message = needsCasesMessage(i.measure);
      if (message)
        sinks.indicators.error(message, i.line, header(t.indicators, 'measure', '计算口径'));
    }
  }
  checkFramework(t.indicators.records, (message, line) =>
    sinks.indicators.error(message, line, header(t.indicators, 'level1', '一级指标')),
  );
  checkDeadlineYears(t.indicators.records, t.year, (message, line) =>
    sinks.indicators.warn(message, line, header(t.indicators, 'target', '年度指标值')),
  );
  const indicatorsReadable = t.indicators.problems.every((p) => p.severity !== 'error');
  const records = t.indicators.records;
  if (indicatorsReadable && records.length > 0 && records.every((i) => i.notApplicable)) {
    // Rescaling would blow the 预算执行率 block alone up to the whole 100 points.
    sinks.indicators.error(
      `${records.length} 个指标都标为不适用，无法评分；至少应有一项适用的指标（不适用的指标分值按比例分给其余指标）`,
    );
  }
  if (indicatorsReadable) {
    const points = t.indicators.records.reduce((sum, i) => sum.add(i.points), new Fraction(0));
    const total = points.add(FUNDING_POINTS);
    if (!total.equals(TOTAL_POINTS)) {
      sinks.indicators.error(
        `各指标分值合计 ${points.toString()} 分，加上预算执行率的 ${FUNDING_POINTS} 分共 ${total.toString()} 分；应为 ${TOTAL_POINTS} 分（指标分值合计应为 ${TOTAL_POINTS - FUNDING_POINTS} 分）`,
      );
    }
  }

  for (const sink of Object.values(sinks)) problems.push(...sink.problems);
  return problems;
}

/**
 * One table, one framework: 成本指标 under 产出指标 (财预〔2020〕10号) or as a 一级指标 of its own
 * (共性指标框架), not both.
 */
function checkFramework(
  records: readonly IndicatorRecord[],
  error: (message: string, line: number) => void,
): void {
  const under = records.find((i) => i.level1 === '产出指标' && i.level2 === '成本指标');
  const own = records.find((i) => i.level1 === '成本指标');
  if (under && own) {
    error(
      `成本指标在第 ${under.line} 行列在产出指标下，此行又作为一级指标；同一张表只能用一种指标框架（成本指标列在产出指标下，或作为一级指标分经济、社会、生态环境成本指标）`,
      own.line,
    );
  }
}

/**
 * A deadline of another year (`2023年12月31日前` in the 2024 table) is most often a table carried
 * over from last year: said, not silently scored against the old date.
 */
function checkDeadlineYears(
  records: readonly IndicatorRecord[],
  year: number,
  warn: (message: string, line: number) => void,
): void {
  for (const i of records) {
    if (i.form.kind !== 'deadline' || i.form.year === undefined || i.form.year === year) continue;
    warn(
      `指标${quote(i.name)}的截止日期在 ${i.form.year} 年，不在本表的 ${year} 年度内；是否沿用了其他年度的指标表？请核对年份`,
      i.line,
    );
  }
}

function unique<R extends { line: number }>(
  records: readonly R[],
  key: (r: R) => string,
  sink: ProblemSink,
  column: string,
  what: string,
): void {
  const first = new Map<string, number>();
  for (const r of records) {
    const k = key(r);
    const earlier = first.get(k);
    if (earlier === undefined) first.set(k, r.line);
    else duplicate(sink, what, k, earlier, r.line, column);
  }
}

function duplicate(
  sink: ProblemSink,
  what: string,
  key: string,
  earlier: number,
  line: number,
  column: string,
): void {
  sink.error(
    `${what}${quote(key, 60)}重复，第 ${earlier} 行已有；${what}在本表中应唯一`,
    line,
    column,
  );
}
