import Fraction from 'fraction.js';
import { describe, expect, it } from 'vitest';
import { figureChanges, reportFigures } from '../../../src/lib/diff/figures.ts';
import { fundingLine, golden, indicatorResult, report } from '../support/reports.ts';

describe('reportFigures(report)', () => {
  it('names every figure of a report.json with a stable key, scores first', () => {
    const figures = reportFigures(golden(2024, 'xinfang-jiuzhu'));
    expect(figures.slice(0, 3).map((f) => [f.key, f.name, f.value])).toEqual([
      ['score/total', '自评总分', 97],
      ['score/grade', '评价等级', '优'],
      ['score/funding', '预算执行得分', 10],
    ]);
    const names = figures.map((f) => f.name);
    expect(names).toContain('资金支出总额');
    expect(names).toContain('本年财政拨款 全年执行数');
    expect(names).toContain('救助资金支出 实际完成值');
    expect(new Set(figures.map((f) => f.key)).size).toBe(figures.length);
  });

  it('reads what it can of a report of another version and skips the rest', () => {
    expect(
      reportFigures({ totalScore: 90, measures: { 化解率: 0.9, 新口径: 3 }, funding: 'x' }),
    ).toEqual([
      { key: 'score/total', group: '评分', name: '自评总分', value: 90, format: { kind: 'score' } },
      {
        key: 'measure/化解率',
        group: '计算口径',
        name: '化解率',
        value: 0.9,
        format: { kind: 'rate' },
        exact: new Fraction(9, 10),
      },
      {
        key: 'measure/新口径',
        group: '计算口径',
        name: '新口径',
        value: 3,
        format: { kind: 'unit', unit: null },
        exact: new Fraction(3),
      },
    ]);
    expect(reportFigures(null)).toEqual([]);
  });
});

describe('figureChanges(before, after)', () => {
  it('lists exactly the figures that moved, with both values as text and the change', () => {
    const before = report({ lines: [fundingLine('本年财政拨款', 50_000_000, 50_000_000)] });
    const after = report({ lines: [fundingLine('本年财政拨款', 50_000_000, 49_700_000)] });
    expect(
      figureChanges(before, after).map((c) => [c.name, c.oldText, c.newText, c.change]),
    ).toEqual([
      ['资金支出总额', '500,000.00元', '497,000.00元', '-3,000.00元'],
      ['年度资金总额 全年执行数', '500,000.00元', '497,000.00元', '-3,000.00元'],
      ['年度资金总额 执行率', '100.00%', '99.40%', '-0.60个百分点'],
      ['本年财政拨款 全年执行数', '500,000.00元', '497,000.00元', '-3,000.00元'],
      ['本年财政拨款 执行率', '100.00%', '99.40%', '-0.60个百分点'],
    ]);
  });

  it('shows a figure only one build has as （无） on the other side', () => {
    const before = report({ indicators: [indicatorResult({ name: '甲' })] });
    const after = report({ indicators: [] });
    const changes = figureChanges(before, after).filter((c) => c.group === '绩效指标');
    expect(changes[0]).toMatchObject({
      name: '甲 年度指标值',
      oldText: '100件',
      newText: '（无）',
    });
  });

  it('finds nothing between a report and itself', () => {
    const r = golden(2024, 'jiean-huajie');
    expect(figureChanges(r, structuredClone(r))).toEqual([]);
  });
});
