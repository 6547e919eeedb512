import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/lib/model/report-schema.ts';
import {
  actualCellText,
  budgetFen,
  findIndicator,
  goalText,
  indicatorText,
  measureText,
  moneyText,
  scoreText,
  sourceShareText,
  targetCellText,
  unitValueText,
} from '../../../src/lib/report/figures.ts';
import { fundingTable } from '../../../src/lib/report/funding-table.ts';
import { budgetLine, buildReport, indicator, kase, payment, resolved } from '../support/records.ts';
import { indicatorResult } from '../support/reports.ts';

/** 3 cases (2 resolved, 1 settled), 2 payments of 1,234,567.89 元 and -0.89 元, two budget lines. */
function sampleReport(): Report {
  const cases = [
    resolved(30, { caseId: 'A', settled: true, satisfaction: '满意' }),
    resolved(200, { caseId: 'B' }),
    kase({ caseId: 'C' }),
  ];
  const payments = [
    payment(123_456_789, { caseId: 'A' }),
    payment(-89, { caseId: 'A', source: '其他资金' }),
  ];
  const budget = [
    budgetLine(150_000_000, { source: '本年财政拨款' }),
    budgetLine(50_000_000, { source: '其他资金' }),
  ];
  const indicators = [
    indicator({
      name: '化解率',
      measure: '化解率',
      actual: undefined,
      unit: '%',
      target: '90',
      points: '50',
      reason: '仍有积案',
    }),
    indicator({
      name: '件均',
      measure: '件均化解资金',
      actual: undefined,
      unit: '万元',
      direction: '≤',
      target: '70',
      points: '20',
    }),
    indicator({
      name: '稳定',
      direction: '定性',
      target: '社会稳定',
      actual: '达成',
      manualScore: '18',
      points: '20',
    } as never),
  ];
  return buildReport({
    year: 2024,
    slug: 'demo',
    name: '测试资金',
    dir: 'data/2024/demo',
    cases,
    payments,
    budget,
    indicators,
  }).report;
}

describe('measureText(report, name, unit?)', () => {
  const report = sampleReport();

  it.each([
    ['积案总数', undefined, '3件'],
    ['已化解件数', undefined, '2件'],
    ['化解率', undefined, '66.67%'],
    ['息诉罢访率', undefined, '50.00%'],
    ['按期办结率', undefined, '50.00%'],
    ['满意率', undefined, '100.00%'],
    ['救助人数', undefined, '1人'],
    // Lines of 1,234,567.89 元 and -0.89 元: the funding table takes six 万元 decimals, and so
    // does prose.
    ['资金支出总额', undefined, '123.456700万元'],
    ['资金支出总额', '元', '1,234,567.00元'],
    ['件均化解资金', undefined, '61.728350万元'],
    ['件均化解资金', '元', '617,283.50元'],
    ['预算执行率', undefined, '61.73%'],
  ] as const)('shows %s (%s) as %s', (name, unit, text) => {
    expect(measureText(report, name, unit)).toBe(text);
  });

  it('writes money at the report’s 万元 decimals, as its funding table does', () => {
    expect(report.funding.wanDecimals).toBe(6);
    expect(fundingTable(report.funding).rows[0]?.amounts[2]).toBe('123.456700');
    for (const wanDecimals of [2, 4] as const) {
      const other = { ...report, funding: { ...report.funding, wanDecimals } };
      expect(measureText(other, '资金支出总额')).toBe(
        wanDecimals === 2 ? '123.46万元' : '123.4567万元',
      );
    }
  });

  it('shows a measure that cannot be computed as a dash', () => {
    const empty = buildReport({
      year: 2024,
      slug: 'e',
      name: 'e',
      dir: 'd',
      cases: [],
      payments: [],
      budget: [budgetLine(100)],
      indicators: [],
    }).report;
    expect(measureText(empty, '化解率')).toBe('—');
  });

  it('refuses an unknown measure, listing the known ones', () => {
    expect(() => measureText(report, '化解件数')).toThrow(
      /未知的计算口径“化解件数”；可用的有 积案总数、已化解件数/,
    );
  });
});

describe('moneyText(fen, decimals, unit) and budget figures', () => {
  const report = sampleReport();

  it('writes 万元 at the given decimals rounded half-up and 元 exactly', () => {
    expect(moneyText(76_869_790_0, 2)).toBe('768.70万元');
    expect(moneyText(76_869_790_0, 4)).toBe('768.6979万元');
    expect(moneyText(76_869_790_0, 6, '万元')).toBe('768.697900万元');
    expect(moneyText(5_000, 2, '万元')).toBe('0.01万元');
    expect(moneyText(4_999, 2, '万元')).toBe('0.00万元');
    expect(moneyText(768_697_900, 4, '元')).toBe('7,686,979.00元');
  });

  it('reads budget figures of one source or of the total, in 分', () => {
    expect(budgetFen(report, '全年预算数')).toBe(200_000_000);
    expect(budgetFen(report, '全年预算数', '其他资金')).toBe(50_000_000);
    expect(budgetFen(report, '全年执行数', '其他资金')).toBe(-89);
  });

  it('refuses a source the project-year does not have', () => {
    expect(() => budgetFen(report, '年初预算数', '上年结转资金')).toThrow(
      '资金来源“上年结转资金”不在本项目年度的资金情况中；有 本年财政拨款、其他资金',
    );
  });

  it('gives each source its exact share of spending', () => {
    expect(sourceShareText(report, '本年财政拨款')).toBe('100.00%');
    expect(sourceShareText(report, '其他资金')).toBe('0.00%');
  });
});

describe('indicator texts', () => {
  const report = sampleReport();

  it('writes target and actual with the unit, rates and amounts to two decimals', () => {
    const rate = findIndicator(report, '化解率');
    expect(indicatorText(rate, 'target', report)).toBe('≥90%');
    expect(indicatorText(rate, 'actual', report)).toBe('66.67%');
    expect(indicatorText(rate, 'points', report)).toBe('50分');
    expect(indicatorText(rate, 'score', report)).toBe(`${(37.04).toFixed(2)}分`);
    const cost = findIndicator(report, '件均');
    expect(targetCellText(cost)).toBe('≤70');
    // 件均化解资金 in 万元 is money: at the report's six 万元 decimals, from the exact value.
    expect(actualCellText(cost, report)).toBe('61.728350');
    expect(indicatorText(cost, 'actual', report)).toBe('61.728350万元');
    expect(indicatorText(cost, 'actual', report)).toBe(measureText(report, '件均化解资金'));
    const four = { ...report, funding: { ...report.funding, wanDecimals: 4 as const } };
    expect(actualCellText(cost, four)).toBe('61.7284');
    // A hand-entered value in 万元: the number as written, at the decimals.
    expect(actualCellText({ ...cost, measure: null, actual: 6.8814 }, four)).toBe('6.8814');
  });

  it('writes a qualitative indicator in words', () => {
    const q = findIndicator(report, '稳定');
    expect(targetCellText(q)).toBe('社会稳定');
    expect(actualCellText(q, report)).toBe('达成');
    expect(indicatorText(q, 'score', report)).toBe('18.00分');
  });

  it('writes a time indicator’s date in Chinese and 是/否 as it stands', () => {
    const q = findIndicator(report, '稳定');
    expect(actualCellText({ ...q, actual: '2024-12-05' }, report)).toBe('2024年12月5日');
    expect(actualCellText({ ...q, actual: '是' }, report)).toBe('是');
  });

  it('keeps counts whole and pads rates: unitValueText(value, unit)', () => {
    expect(unitValueText(93.7, '%')).toBe('93.70');
    expect(unitValueText(270, '件')).toBe('270');
    expect(unitValueText(2.8470293, '万元')).toBe('2.85');
    expect(unitValueText(1234.5, null)).toBe('1,234.5');
  });

  it('refuses an unknown indicator name, listing the ones there are', () => {
    expect(() => findIndicator(report, '满意率')).toThrow(
      '没有名为“满意率”的指标；本项目年度的指标有 化解率、件均、稳定',
    );
  });

  it('scoreText(score) always has two decimals', () => {
    expect(scoreText(97.9)).toBe('97.90分');
  });
});

describe('goalText(indicator)', () => {
  it.each([
    [indicatorResult({ target: 270 }), '化解信访积案数≥270件'],
    [
      indicatorResult({
        name: '维护社会和谐稳定',
        direction: '定性',
        target: '化解一批久拖未决的信访积案。',
        unit: null,
      }),
      '维护社会和谐稳定：化解一批久拖未决的信访积案',
    ],
    [indicatorResult({ direction: '定性', target: '达成；', unit: null }), '化解信访积案数：达成'],
  ])('%# → %s: a name never runs into the words of its target', (ind, expected) => {
    expect(goalText(ind)).toBe(expected);
  });
});
