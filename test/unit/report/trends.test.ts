import { describe, expect, it } from 'vitest';
import { trendChartSpec } from '../../../src/lib/report/charts.ts';
import { TREND_MEASURES, trendCharts } from '../../../src/lib/report/trends.ts';
import { golden, report } from '../support/reports.ts';

describe('trendChartSpec(name, value, points)', () => {
  it('draws amounts as bars in 万元 and tabulates them exactly in 元', () => {
    const spec = trendChartSpec('资金支出总额', { kind: 'money' }, [
      { year: 2023, value: 658_341_500 }, // 分
      { year: 2024, value: 768_697_900 },
    ]);
    expect(spec.kind).toBe('trend');
    expect(spec.labels).toEqual(['2023年', '2024年']);
    expect(spec.series).toEqual([
      { label: '资金支出总额', draw: 'bar', values: [658.3415, 768.6979] },
    ]);
    expect(spec.unit).toBe('万元');
    expect(spec.table.rows).toEqual([
      ['2023年度', '6,583,415.00'],
      ['2024年度', '7,686,979.00'],
    ]);
    expect(spec.table.columns).toEqual(['年度', '资金支出总额（元）']);
  });

  it('tabulates 1 分 as 0.01 元 and draws it as 0.000001 万元', () => {
    const spec = trendChartSpec('资金支出总额', { kind: 'money' }, [{ year: 2024, value: 1 }]);
    expect(spec.series[0]?.values).toEqual([0.000001]);
    expect(spec.table.rows).toEqual([['2024年度', '0.01']]);
  });

  it('draws rates as a line in % and leaves a year with no value out of the drawing only', () => {
    const spec = trendChartSpec('满意率', { kind: 'rate' }, [
      { year: 2022, value: null },
      { year: 2023, value: 0.8875 },
    ]);
    expect(spec.labels).toEqual(['2023年']);
    expect(spec.series[0]?.draw).toBe('line');
    expect(spec.series[0]?.values[0]).toBeCloseTo(88.75, 9);
    expect(spec.table.rows).toEqual([
      ['2022年度', '—'],
      ['2023年度', '88.75%'],
    ]);
    expect(spec.summary).toBe('2022年 —，2023年 88.75%');
  });
});

describe('trendCharts(reports, upTo)', () => {
  const reports = [2022, 2023, 2024].map((y) => golden(y, 'jiean-huajie'));

  it('charts the main measures and the total score, in order', () => {
    expect(trendCharts(reports, 2024).map((c) => c.title)).toEqual([
      ...TREND_MEASURES.map((m) => `${m}（历年）`),
      '自评总分（历年）',
    ]);
  });

  it('never shows a year after upTo', () => {
    const specs = trendCharts(reports, 2023);
    expect(specs.length).toBeGreaterThan(1);
    for (const spec of specs) {
      expect(spec.labels).toEqual(['2022年', '2023年']);
    }
  });

  it('leaves out a measure no year can compute', () => {
    const titles = trendCharts([report({ measures: { 已化解件数: 3 } })], 2024).map((c) => c.title);
    expect(titles).toEqual(['已化解件数（历年）', '自评总分（历年）']);
  });
});
