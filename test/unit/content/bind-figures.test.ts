/**
 * bindFigures(): the free text of a project-year bound to its figures once, in the model —
 * placeholders replaced in project.yaml and indicators.csv text, hand-typed numbers that
 * contradict a computed figure reported at their place (not in targets, not in facts inherited
 * from an earlier year) — as warnings, or errors when asked (the strictFigures setting).
 */
import { describe, expect, it } from 'vitest';
import type { BindInput } from '../../../src/lib/content/bind-figures.ts';
import { bindFigures, FACT_TEXT_FIELDS } from '../../../src/lib/content/bind-figures.ts';
import type { Report } from '../../../src/lib/model/report-schema.ts';
import { golden } from '../support/reports.ts';

/** 2024 积案化解 of the sample: 270 cases resolved. */
const report = golden(2024, 'jiean-huajie');
const FILE = 'content/2024/jiean-huajie/project.yaml';
const CSV = 'data/2024/jiean-huajie/indicators.csv';

const bind = (facts: Record<string, string>, extra: Partial<BindInput> = {}) =>
  bindFigures({
    report,
    facts: { name: '信访积案化解专项资金', ...facts } as never,
    factsFile: FILE,
    factsLines: { 项目概述: 4, 年度总体目标: 6, 实际完成情况: 7 },
    indicatorsFile: CSV,
    staleSeverity: 'warning',
    ...extra,
  });
const where = (b: ReturnType<typeof bind>) =>
  b.problems.map((p) => [p.file, p.line, p.column, p.severity]);

describe('bindFigures(input) on project.yaml text', () => {
  it('replaces placeholders in every text field staff may write figures in', () => {
    const facts = Object.fromEntries(
      Object.entries(FACT_TEXT_FIELDS).map(([field]) => [field, `已化解{已化解件数}`]),
    );
    const bound = bind(facts);
    expect(bound.problems).toEqual([]);
    for (const field of Object.keys(FACT_TEXT_FIELDS))
      expect((bound.facts as Record<string, unknown>)[field], field).toBe('已化解270件');
  });

  it('warns of a hand-typed figure that contradicts the computed one, at its key’s line', () => {
    const bound = bind({ overview: '全年化解信访积案260件。' });
    expect(where(bound)).toEqual([[FILE, 4, '项目概述', 'warning']]);
    expect(bound.problems[0]?.message).toContain('270');
    expect(bound.facts?.overview).toBe('全年化解信访积案260件。');
  });

  it('makes the same finding an error when asked to', () => {
    expect(
      where(bind({ achievement: '全年化解信访积案260件' }, { staleSeverity: 'error' })),
    ).toEqual([[FILE, 7, '实际完成情况', 'error']]);
  });

  it.each<[string, Record<string, string>, Partial<BindInput>]>([
    ['a target (年度总体目标)', { goal: '全年化解信访积案260件' }, {}],
    [
      'facts inherited from an earlier year',
      { overview: '全年化解信访积案260件' },
      { inherited: true },
    ],
    ['a figure that agrees', { overview: '全年化解信访积案270件' }, {}],
  ])('does not warn of %s', (_, facts, extra) => {
    expect(bind(facts, extra).problems).toEqual([]);
  });

  it('locates a problem by key alone when the key’s line is not known', () => {
    const bound = bind({ plan: '{不存在的口径}' }, { factsLines: undefined });
    expect(where(bound)).toEqual([[FILE, undefined, '实施方案', 'error']]);
  });

  it('leaves facts it was not given absent', () => {
    const bound = bindFigures({ report, indicatorsFile: CSV, staleSeverity: 'warning' });
    expect(bound.facts).toBeUndefined();
    expect(bound.problems).toEqual([]);
  });
});

describe('bindFigures(input) on indicators.csv text', () => {
  /** The report with the first indicator's text fields set. */
  const withIndicator = (fields: Record<string, unknown>): Report => ({
    ...report,
    indicators: report.indicators.map((ind, i) => (i === 0 ? { ...ind, ...fields } : ind)),
  });
  const first = report.indicators[0];

  it('renders placeholders in 实际完成值, 年度指标值 and the reason; the input is not changed', () => {
    const input = withIndicator({
      actual: '{已化解件数}',
      target: '不少于{已化解件数}',
      reason: '已化解{已化解件数}',
    });
    const bound = bindFigures({ report: input, indicatorsFile: CSV, staleSeverity: 'warning' });
    expect(bound.problems).toEqual([]);
    expect(bound.report.indicators[0]).toMatchObject({
      actual: '270件',
      target: '不少于270件',
      reason: '已化解270件',
    });
    expect(input.indicators[0]?.actual).toBe('{已化解件数}');
    expect(bound.report.indicators.slice(1)).toEqual(report.indicators.slice(1));
  });

  it.each([
    ['reason', '偏差原因分析及改进措施', 1],
    ['actual', '实际完成值', 1],
    ['target', '年度指标值', 0],
  ])('checks %s (%s) for stale figures %i time(s), at the indicator’s row', (key, column, n) => {
    const bound = bindFigures({
      report: withIndicator({ [key]: '全年化解信访积案260件' }),
      indicatorsFile: CSV,
      staleSeverity: 'warning',
    });
    expect(where(bound)).toEqual(new Array(n).fill([CSV, first?.line, column, 'warning']));
  });
});
