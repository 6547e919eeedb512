import { describe, expect, it } from 'vitest';
import { staleProblems } from '../../../src/lib/content/bind-figures.ts';
import { contradictedClaims, findResultClaims } from '../../../src/lib/content/result-claims.ts';
import type { IndicatorResult, Report } from '../../../src/lib/model/report-schema.ts';

const indicator = (name: string, met: boolean, actual: number): IndicatorResult => ({
  level1: '产出指标',
  level2: '数量指标',
  name,
  direction: '≥',
  target: 280,
  unit: '件',
  points: 20,
  measure: '已化解件数',
  actual,
  score: met ? 20 : 19.43,
  manual: false,
  met,
  reason: null,
  line: 2,
});

const reportWith = (...indicators: IndicatorResult[]) =>
  ({ year: 2025, measures: {}, indicators }) as unknown as Report;
const oneMissed = reportWith(indicator('化解信访积案数', false, 272), indicator('办结', true, 300));
const allMet = reportWith(indicator('化解信访积案数', true, 290));

const says = (text: string) => findResultClaims(text, 2025).map((c) => `${c.says}:${c.typed}`);

describe('findResultClaims(text, year) reads claims about the year’s targets', () => {
  it.each([
    ['各项绩效指标均达到年度目标。', 'all-met:均达到年度目标'],
    ['全年全部完成年度绩效指标', 'all-met:全部完成年度绩效指标'],
    ['圆满完成年度目标任务', 'all-met:圆满完成年度目标'],
    ['全面完成了年度目标', 'all-met:全面完成了年度目标'],
    ['各项指标均已达成', 'all-met:指标均已达成'],
    ['2025年各项指标都达到了预期目标', 'all-met:都达到了预期目标'],
    ['部分指标未达到年度目标', 'some-missed:未达到年度目标'],
    ['化解数量指标未完成', 'some-missed:指标未完成'],
    ['未能全部实现预期目标', 'some-missed:未能全部实现预期目标'],
  ])('%s → %s', (text, expected) => {
    expect(says(text)).toEqual([expected]);
  });

  it.each([
    // Plans, conditions, questions, other years.
    '力争全面完成年度目标',
    '确保各项指标均达到年度目标',
    '下一年度要全部完成绩效指标',
    '评价各项指标是否均达到年度目标',
    '2024年各项指标均达到年度目标',
    '上年未完成年度目标',
    // A list of indicators: a claim about those, not about all.
    '积案化解率、件均化解资金和群众满意率均达到年度目标',
    // No target named in the clause.
    '圆满完成了接访工作，群众满意',
    '尚未完成化解的积案转入下年',
    '',
  ])('%s → no claim', (text) => {
    expect(says(text)).toEqual([]);
  });

  it('未全部达到 is a claim that some were missed, not that all were met', () => {
    expect(says('未全部达到年度目标')).toEqual(['some-missed:未全部达到年度目标']);
  });
});

describe('contradictedClaims(text, report) warns where words and the 自评表 disagree', () => {
  it('an “all met” claim with one indicator missed names it, its target and its result', () => {
    expect(contradictedClaims('经评价，各项指标均达到年度目标。', oneMissed)).toEqual([
      {
        index: 8,
        message:
          '写的是“均达到年度目标”，但自评表中有 1 项指标未达到：“化解信访积案数”（年度指标值≥280件，实际完成272件）；请按自评结果改写',
      },
    ]);
  });

  it('a “some missed” claim with every indicator met', () => {
    expect(contradictedClaims('部分指标未达到年度目标', allMet).map((c) => c.message)).toEqual([
      '写的是“未达到年度目标”，但自评表中 1 项指标均已达到；请按自评结果改写',
    ]);
  });

  it('agrees with the table: no warning', () => {
    expect(contradictedClaims('各项指标均达到年度目标', allMet)).toEqual([]);
    expect(contradictedClaims('一项指标未达到年度目标', oneMissed)).toEqual([]);
  });

  it('a report without indicators has nothing to contradict', () => {
    expect(contradictedClaims('各项指标均达到年度目标', reportWith())).toEqual([]);
  });
});

describe('staleProblems(text, report, place, severity) reports a contradicted claim at its line', () => {
  it('names file and line, with the given severity', () => {
    const text = '第一段。\n\n各项绩效指标均达到年度目标。';
    expect(
      staleProblems(text, oneMissed, { file: 'content/2025/x/03-jielun.mdx', line: 1 }, 'error'),
    ).toMatchObject([{ file: 'content/2025/x/03-jielun.mdx', line: 3, severity: 'error' }]);
  });
});
