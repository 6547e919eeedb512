/**
 * The unit report's figures (单位自评报告): every project-year of one year in a row of the summary
 * table — its 全年预算数, 全年执行数, 执行率, 总分 and 等级 as its own report computed them — and
 * the totals the 项目概况 states (“实行绩效目标管理的项目N个，涉及资金X万元”). Built only from the
 * reports' funding totals and scores, so a project-year without a case ledger counts like any other.
 * Money is integer 分; rates are unrounded fractions, null over a zero budget.
 */
import type { WanDecimals } from '../base/money.ts';
import type { Report } from './report-schema.ts';
import type { UnitSummary } from './unit-schema.ts';

/** What the summary takes of one project-year. */
export interface UnitProjectInput {
  slug: string;
  report: Pick<Report, 'project' | 'funding' | 'totalScore' | 'grade'>;
}

/** executed ÷ budget, unrounded; null when the budget is 0 (a rate over nothing). */
function rate(executed: number, budget: number): number | null {
  return budget === 0 ? null : executed / budget;
}

/**
 * unitSummary(year, projects): one row per project in the order given, and their totals.
 * Throws on no projects: a unit report over nothing is the caller's located error.
 */
export function unitSummary(year: number, projects: readonly UnitProjectInput[]): UnitSummary {
  if (projects.length === 0) throw new Error(`${year} 年度没有项目，不能汇总单位自评报告`);
  const rows = projects.map(({ slug, report }) => ({
    slug,
    name: report.project.name,
    annualBudget: report.funding.total.annualBudget,
    executed: report.funding.total.executed,
    executionRate: rate(report.funding.total.executed, report.funding.total.annualBudget),
    wanDecimals: report.funding.wanDecimals,
    totalScore: report.totalScore,
    grade: report.grade,
    sources: report.funding.lines.map((l) => ({
      source: l.source,
      annualBudget: l.annualBudget,
      executed: l.executed,
      executionRate: rate(l.executed, l.annualBudget),
      ...(l.partOf === undefined ? {} : { partOf: l.partOf }),
    })),
  }));
  const annualBudget = rows.reduce((s, r) => s + r.annualBudget, 0);
  const executed = rows.reduce((s, r) => s + r.executed, 0);
  const grades = { 优: 0, 良: 0, 中: 0, 差: 0 };
  for (const r of rows) grades[r.grade]++;
  return {
    year,
    wanDecimals: rows.reduce<WanDecimals>((d, r) => (r.wanDecimals > d ? r.wanDecimals : d), 2),
    projects: rows,
    total: {
      count: rows.length,
      annualBudget,
      executed,
      executionRate: rate(executed, annualBudget),
      grades,
    },
  };
}
