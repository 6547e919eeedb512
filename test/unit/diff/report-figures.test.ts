import Fraction from 'fraction.js';
import { describe, expect, it } from 'vitest';
import { reportFigures } from '../../../src/lib/diff/report-figures.ts';
import { golden } from '../support/reports.ts';

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

  it.each([['text'], [[1, 2]], [42], [undefined]])(
    'reads %j, which is no report at all, as no figures',
    (value) => {
      expect(reportFigures(value)).toEqual([]);
    },
  );
});
