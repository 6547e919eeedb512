/**
 * Binds the free text of a project-year to its computed figures, once, in the model: the
 * placeholders of project.yaml and indicators.csv are replaced (content/placeholders.ts), and
 * hand-typed numbers that contradict a computed figure are reported (content/stale-figures.ts).
 * Every view — report page, print pages, 自评表, report.json — then shows the same text.
 */
import type { Report } from '../model/report-schema.ts';
import type { Problem, Severity } from '../base/problems.ts';
import type { ProjectFacts } from './facts-schema.ts';
import { maskPlaceholders, renderPlaceholders } from './placeholders.ts';
import { contradictedClaims } from './result-claims.ts';
import { findStaleFigures, lineAt, staleMessage } from './stale-figures.ts';

/** Text fields of project.yaml that may quote figures: English field → the key staff write. */
export const FACT_TEXT_FIELDS = {
  unit: '实施单位',
  department: '主管部门',
  basis: '立项依据',
  period: '实施周期',
  overview: '项目概述',
  plan: '实施方案',
  goal: '年度总体目标',
  achievement: '实际完成情况',
} as const satisfies Partial<Record<keyof ProjectFacts, string>>;

/** Fields stating targets, not results: placeholders work there, the stale check does not. */
const TARGET_FIELDS = new Set<string>(['goal']);

export interface BindInput {
  report: Report;
  /** This project-year's facts, or the nearest earlier year's. */
  facts?: ProjectFacts;
  /** The project.yaml the facts were read from, and the line of each key in it. */
  factsFile?: string;
  factsLines?: Record<string, number> | undefined;
  /** Facts inherited from an earlier year: not checked for stale figures (their file is right for its own year). */
  inherited?: boolean;
  /** indicators.csv of this project-year. */
  indicatorsFile: string;
  /** 'error' under the strictFigures setting; a warning by default. */
  staleSeverity?: Severity;
}

export interface Bound {
  report: Report;
  facts?: ProjectFacts;
  problems: Problem[];
}

/**
 * Stale figures in one text, and claims about the targets that the 自评表 contradicts
 * (content/result-claims.ts), as problems at the text's place.
 */
export function staleProblems(
  text: string,
  report: Report,
  place: { file: string; line?: number; column?: string },
  severity: Severity,
  how: 'placeholder' | 'component' = 'placeholder',
): Problem[] {
  const masked = maskPlaceholders(text);
  const found = [
    ...findStaleFigures(masked, report).map((f) => ({
      index: f.index,
      message: staleMessage(f, how),
    })),
    ...contradictedClaims(masked, report),
  ].sort((a, b) => a.index - b.index);
  return found.map((f) => {
    const p: Problem = { file: place.file, message: f.message, severity };
    if (place.line !== undefined) p.line = lineAt(text, f.index, place.line);
    if (place.column !== undefined) p.column = place.column;
    return p;
  });
}

/** The report and facts with their text bound to the figures, and what was wrong with it. */
export function bindFigures(input: BindInput): Bound {
  const { report } = input;
  const severity = input.staleSeverity ?? 'warning';
  const problems: Problem[] = [];

  const indicators = report.indicators.map((ind) => {
    const place = { file: input.indicatorsFile, line: ind.line };
    const out = { ...ind };
    const texts: [keyof typeof out, string, boolean][] = [
      ['reason', '偏差原因分析及改进措施', true],
      ['actual', '实际完成值', true],
      ['target', '年度指标值', false],
    ];
    for (const [key, column, checkStale] of texts) {
      const value = out[key];
      if (typeof value !== 'string') continue;
      const r = renderPlaceholders(value, report, { ...place, column });
      problems.push(...r.problems);
      if (checkStale)
        problems.push(...staleProblems(value, report, { ...place, column }, severity));
      (out as Record<string, unknown>)[key] = r.text;
    }
    return out;
  });
  const bound: Bound = { report: { ...report, indicators }, problems };

  if (input.facts) {
    const facts = { ...input.facts };
    const file = input.factsFile ?? 'project.yaml';
    for (const [field, key] of Object.entries(FACT_TEXT_FIELDS) as [
      keyof typeof FACT_TEXT_FIELDS,
      string,
    ][]) {
      const value = facts[field];
      if (value === undefined) continue;
      const line = input.factsLines?.[key];
      const place = line === undefined ? { file, column: key } : { file, line, column: key };
      const r = renderPlaceholders(value, bound.report, place);
      problems.push(...r.problems);
      if (!input.inherited && !TARGET_FIELDS.has(field)) {
        problems.push(...staleProblems(value, bound.report, place, severity));
      }
      facts[field] = r.text;
    }
    bound.facts = facts;
  }
  return bound;
}
