import Fraction from 'fraction.js';
import { describe, expect, it } from 'vitest';
import { MEASURES } from '../../../src/lib/model/measures.ts';
import {
  fundingChanges,
  indicatorChanges,
  mainMeasures,
  measureChanges,
  yearOverYear,
} from '../../../src/lib/model/yoy.ts';
import { fundingLine, golden, indicatorResult, report } from '../support/reports.ts';

describe('MEASURES better directions', () => {
  it('are defined once per measure: rates and resolved counts up, cost per case down', () => {
    expect(Object.fromEntries(MEASURES.map((m) => [m.name, m.better]))).toEqual({
      积案总数: 'none',
      已化解件数: 'up',
      化解率: 'up',
      息诉罢访件数: 'up',
      息诉罢访率: 'up',
      按期办结率: 'up',
      满意率: 'up',
      救助人数: 'up',
      资金支出总额: 'none',
      件均化解资金: 'down',
      预算执行率: 'up',
    });
  });
});

describe('measureChanges(previous, current)', () => {
  it('pairs every measure either year has, in definition order, with its good direction', () => {
    const rows = measureChanges(
      report({ measures: { 化解率: 0.8, 件均化解资金: 30_000 } }),
      report({ measures: { 化解率: 0.9, 件均化解资金: 28_000, 已化解件数: 12 } }),
    );
    expect(rows.map((r) => [r.name, r.change.verdict])).toEqual([
      ['已化解件数', null],
      ['化解率', 'better'],
      ['件均化解资金', 'better'],
    ]);
    expect(rows[0]?.unit).toBe('件');
  });

  it('leaves a rate over nothing (null) uncompared', () => {
    const [row] = measureChanges(
      report({ measures: { 满意率: null } }),
      report({ measures: { 满意率: 0.9 } }),
    );
    expect(row?.change.delta).toBeNull();
  });
});

describe('fundingChanges(previous, current)', () => {
  it('puts the total first, matches sources by name, and keeps sources only one year has', () => {
    const rows = fundingChanges(
      report({
        lines: [fundingLine('本年财政拨款', 100, 90), fundingLine('上年结转资金', 10, 10)],
      }),
      report({ lines: [fundingLine('本年财政拨款', 120, 120), fundingLine('其他资金', 5, 1)] }),
    );
    expect(rows.map((r) => [r.source, r.inPrevious, r.inCurrent])).toEqual([
      [null, true, true],
      ['本年财政拨款', true, true],
      ['其他资金', false, true],
      ['上年结转资金', true, false],
    ]);
    const line = rows[1];
    expect(line?.executed.delta).toBe(30);
    expect(line?.executed.verdict).toBe('neutral');
    expect(line?.executionRate.verdict).toBe('better');
    expect(rows[2]?.executed.delta).toBeNull();
  });
});

describe('indicatorChanges(previous, current)', () => {
  it('compares actual values in the indicator’s direction and scores upwards', () => {
    const before = report({
      indicators: [
        indicatorResult({
          name: '件均化解资金',
          direction: '≤',
          unit: '万元',
          actual: 2.74,
          score: 10,
        }),
      ],
    });
    const after = report({
      indicators: [
        indicatorResult({
          name: '件均化解资金',
          direction: '≤',
          unit: '万元',
          actual: 2.85,
          score: 9.5,
        }),
      ],
    });
    const [row] = indicatorChanges(before, after);
    expect(row?.actual?.delta).toBeCloseTo(0.11, 12);
    expect(row?.actual?.verdict).toBe('worse');
    expect(row?.score.verdict).toBe('worse');
  });

  it('marks new, dropped, re-unitised and re-directed indicators instead of comparing them', () => {
    const before = report({
      indicators: [
        indicatorResult({ name: '甲' }),
        indicatorResult({ name: '乙', unit: '件' }),
        indicatorResult({ name: '丙', direction: '≥' }),
      ],
    });
    const after = report({
      indicators: [
        indicatorResult({ name: '乙', unit: '%' }),
        indicatorResult({ name: '丙', direction: '≤' }),
        indicatorResult({ name: '丁' }),
      ],
    });
    expect(indicatorChanges(before, after).map((r) => [r.name, r.incomparable, r.actual])).toEqual([
      ['乙', 'unit', undefined],
      ['丙', 'direction', undefined],
      ['丁', 'new', undefined],
      ['甲', 'dropped', undefined],
    ]);
  });

  it('compares qualitative grades by rank', () => {
    const q = (actual: string) =>
      report({
        indicators: [indicatorResult({ direction: '定性', target: '达成', unit: null, actual })],
      });
    const [row] = indicatorChanges(q('部分达成'), q('达成'));
    expect(row?.grade).toEqual({ previous: '部分达成', current: '达成', verdict: 'better' });
  });
});

describe('yearOverYear(previous, current) on exact values', () => {
  it('gives an indicator bound to a measure the measure’s change (件均化解资金 2023 → 2024)', () => {
    const yoy = yearOverYear(golden(2023, 'jiean-huajie'), golden(2024, 'jiean-huajie'));
    let bound = 0;
    for (const i of yoy.indicators) {
      const measure = i.current?.measure;
      if (!i.actual?.exact || !measure || measure !== i.previous?.measure) continue;
      const m = yoy.measures.find((row) => row.name === measure);
      expect(i.actual.exact.relative?.equals(m?.change.exact?.relative ?? -1), i.name).toBe(true);
      bound++;
    }
    expect(bound).toBeGreaterThan(1);
    const cost = yoy.indicators.find((i) => i.current?.measure === '件均化解资金');
    expect(cost?.actual?.exact).toBeTruthy();
  });

  it('falls back to the decimals of a report.json without `exact` (an older build)', () => {
    const before = report({ measures: { 化解率: 0.9 } });
    const after = report({ measures: { 化解率: 0.95 } });
    const [row] = measureChanges(before, after);
    expect(row?.change.exact?.delta.equals(new Fraction(1, 20))).toBe(true);
  });

  it('prefers `exact` over the decimals: 1/3 → 2/3 is exactly 1/3', () => {
    const before = {
      ...report({ measures: { 化解率: 0.333333 } }),
      exact: { measures: { 化解率: '1/3' } },
    };
    const after = {
      ...report({ measures: { 化解率: 0.666667 } }),
      exact: { measures: { 化解率: '2/3' } },
    };
    const [row] = measureChanges(before, after);
    expect(row?.change.exact?.delta.equals(new Fraction(1, 3))).toBe(true);
    expect(row?.change.exact?.relative?.equals(1)).toBe(true);
  });
});

describe('yearOverYear(previous, current)', () => {
  it('agrees with the two years’ report.json of the sample (2023 → 2024 积案化解)', () => {
    const previous = golden(2023, 'jiean-huajie');
    const current = golden(2024, 'jiean-huajie');
    const yoy = yearOverYear(previous, current);
    expect([yoy.previousYear, yoy.year]).toEqual([2023, 2024]);
    expect(yoy.measures.length).toBeGreaterThan(5);
    for (const m of yoy.measures) {
      expect(m.change.previous, m.name).toBe(previous.measures[m.name]);
      expect(m.change.current, m.name).toBe(current.measures[m.name]);
      // From the exact fractions of report.json's `exact`, not from the rounded decimals.
      const exactDelta = new Fraction(current.exact?.measures[m.name] ?? '0').sub(
        new Fraction(previous.exact?.measures[m.name] ?? '0'),
      );
      expect(m.change.exact?.delta.equals(exactDelta), m.name).toBe(true);
    }
    expect(yoy.totalScore.delta).toBeCloseTo(current.totalScore - previous.totalScore, 9);
    expect(yoy.funding[0]?.executed.delta).toBe(
      current.funding.total.executed - previous.funding.total.executed,
    );
    expect(yoy.indicators.map((i) => i.name)).toEqual(current.indicators.map((i) => i.name));
    expect(yoy.grade).toEqual({
      previous: previous.grade,
      current: current.grade,
      verdict: 'neutral',
    });
  });

  it('calls a grade that fell worse', () => {
    const yoy = yearOverYear(
      report({ grade: '优', totalScore: 91 }),
      report({ grade: '良', totalScore: 85 }),
    );
    expect(yoy.grade.verdict).toBe('worse');
    expect(yoy.totalScore.verdict).toBe('worse');
  });
});

describe('mainMeasures(reports, chosen)', () => {
  it('defaults to the indicators’ 计算口径 and the funding measures, in definition order', () => {
    const r = report({
      measures: {
        积案总数: 10,
        已化解件数: 9,
        化解率: 0.9,
        救助人数: 3,
        资金支出总额: 5,
        预算执行率: 1,
      },
      indicators: [indicatorResult({ measure: '化解率', unit: '%' })],
    });
    expect(mainMeasures([r])).toEqual(['化解率', '资金支出总额', '预算执行率']);
  });

  it('takes the chosen list when given, leaving out names no report has', () => {
    const r = report({ measures: { 已化解件数: 9, 化解率: 0.9 } });
    expect(mainMeasures([r], ['化解率', '满意率', '已化解件数'])).toEqual(['已化解件数', '化解率']);
  });

  it('leaves 按期办结率 and 救助人数 out of 积案化解 2024, whose indicators do not use them', () => {
    const yoy = yearOverYear(golden(2023, 'jiean-huajie'), golden(2024, 'jiean-huajie'));
    const names = yoy.measures.map((m) => m.name);
    expect(names).not.toContain('按期办结率');
    expect(names).not.toContain('救助人数');
    expect(names).toContain('件均化解资金');
    expect(names).toContain('预算执行率');
  });
});
