import { describe, expect, it } from 'vitest';
import { change } from '../../../src/lib/model/change.ts';
import { yearOverYear } from '../../../src/lib/model/yoy.ts';
import {
  deltaText,
  fundingRows,
  indicatorRows,
  measureRows,
  relativeText,
  scoreRows,
  scoreSentence,
  valueText,
  verdictWord,
} from '../../../src/lib/report/yoy-text.ts';
import { fundingLine, golden, indicatorResult, report } from '../support/reports.ts';

/** Money formats of two years: each value at its year's 万元 decimals. */
const money = (previous: 2 | 4 | 6, current: 2 | 4 | 6) =>
  ({ kind: 'money', wan: { previous, current } }) as const;

describe('valueText(value, format, side)', () => {
  it('writes counts with their unit, rates as %, 分 in 万元 at the year’s decimals, scores with 分', () => {
    expect(valueText(270, { kind: 'count', unit: '件' })).toBe('270件');
    expect(valueText(0.9247, { kind: 'rate' })).toBe('92.47%');
    expect(valueText(768_697_900, money(2, 4))).toBe('768.6979万元');
    expect(valueText(640_000_000, money(4, 2))).toBe('640.00万元');
    expect(valueText(640_000_000, money(4, 2), 'previous')).toBe('640.0000万元');
    expect(valueText(97.91, { kind: 'score' })).toBe('97.91分');
    expect(valueText(93.7, { kind: 'unit', unit: '%' })).toBe('93.70%');
    expect(valueText(null, { kind: 'rate' })).toBe('—');
  });

  it('writes an amount with 分 (a cost per case) at the year’s decimals, as its prose does', () => {
    expect(valueText(2_847_029, money(2, 2))).toBe('2.85万元');
    expect(valueText(2_847_029, money(2, 4))).toBe('2.8470万元');
    expect(valueText(2_847_029, money(2, 6))).toBe('2.847029万元');
  });

  it.each([
    [1, 2, '0.00万元'],
    [1, 6, '0.000001万元'],
    [-1, 6, '-0.000001万元'],
    [0, 2, '0.00万元'],
    [10_000, 2, '0.01万元'],
    [5_000, 4, '0.0050万元'],
    [5_000, 2, '0.01万元'],
    [100_000_000_000_000, 2, '100,000,000.00万元'],
    [-25_000_000, 2, '-25.00万元'],
  ] as const)('writes %i 分 at %i decimals as %s', (fen, decimals, text) => {
    expect(valueText(fen, money(2, decimals))).toBe(text);
  });
});

describe('deltaText(change, format) and relativeText(change)', () => {
  it('signs the change and writes rate changes in 个百分点', () => {
    expect(deltaText(change(240, 270, 'up'), { kind: 'count', unit: '件' })).toBe('+30件');
    expect(deltaText(change(0.9625, 0.937, 'up'), { kind: 'rate' })).toBe('-2.55个百分点');
    expect(deltaText(change(96.25, 93.7, 'up'), { kind: 'unit', unit: '%' })).toBe('-2.55个百分点');
    expect(deltaText(change(658_341_500, 768_697_900, 'none'), money(4, 4))).toBe('+110.3564万元');
    expect(deltaText(change(96.44, 97.91, 'up'), { kind: 'score' })).toBe('+1.47分');
    expect(relativeText(change(240, 270, 'up'))).toBe('+12.50%');
  });

  it('says 持平 for no change and — where there is nothing to compare or divide by', () => {
    expect(deltaText(change(5, 5, 'up'), { kind: 'score' })).toBe('持平');
    // The difference of the values as shown: 2.74 → 2.85 is +0.11, not the exact 0.1016 → 0.10.
    expect(deltaText(change(2.7446, 2.8462, 'down'), { kind: 'unit', unit: '万元' })).toBe(
      '+0.11万元',
    );
    expect(deltaText(change(0.92465, 0.93704, 'up'), { kind: 'rate' })).toBe('+1.23个百分点');
    // Different values that show alike: no change on paper.
    expect(deltaText(change(92.471, 92.468, 'up'), { kind: 'unit', unit: '%' })).toBe('持平');
    expect(relativeText(change(5, 5, 'up'))).toBe('持平');
    expect(deltaText(change(null, 5, 'up'), { kind: 'score' })).toBe('—');
    // Money: 2.85万元 (2023, two decimals) → 2.8470万元 (2024, four): -0.0030万元, the
    // difference of the two figures as shown, at the more decimals of the two.
    expect(deltaText(change(2_847_029, 2_846_999, 'down'), money(2, 4))).toBe('-0.0030万元');
    // Amounts that differ but show alike at their year's decimals: no change on paper.
    expect(deltaText(change(2_847_029, 2_846_999, 'down'), money(2, 2))).toBe('持平');
    expect(relativeText(change(0, 5, 'up'))).toBe('—');
  });
});

describe('verdictWord(verdict)', () => {
  it('names good and bad changes and says nothing otherwise', () => {
    expect([
      verdictWord('better'),
      verdictWord('worse'),
      verdictWord('neutral'),
      verdictWord(null),
    ]).toEqual(['向好', '变差', '', '']);
  });
});

describe('measureRows, fundingRows, indicatorRows and scoreRows', () => {
  const yoy = yearOverYear(golden(2023, 'jiean-huajie'), golden(2024, 'jiean-huajie'));

  it('measureRows(rows) writes the sample’s 2023 → 2024 measures as the report shows them', () => {
    const resolved = measureRows(yoy.measures, yoy.wanDecimals).find(
      (r) => r.label === '已化解件数',
    );
    expect(resolved).toEqual({
      label: '已化解件数',
      previous: '240件',
      current: '270件',
      delta: '+30件',
      relative: '+12.50%',
      verdict: 'better',
    });
  });

  it('fundingRows(rows) groups 全年预算数, 全年执行数 and 执行率 under each line', () => {
    const rows = fundingRows(yoy.funding, yoy.wanDecimals);
    expect(rows.slice(0, 3).map((r) => [r.group, r.label])).toEqual([
      ['年度资金总额', '全年预算数'],
      ['年度资金总额', '全年执行数'],
      ['年度资金总额', '执行率'],
    ]);
    expect(rows[1]?.current).toBe('768.6979万元');
  });

  it('fundingRows(rows) notes a source only one year has', () => {
    const both = yearOverYear(
      report({ lines: [fundingLine('本年财政拨款', 100, 100)] }),
      report({ lines: [fundingLine('本年财政拨款', 100, 100), fundingLine('其他资金', 50, 50)] }),
    );
    const rows = fundingRows(both.funding, both.wanDecimals);
    expect(rows.filter((r) => r.group === '其他资金').map((r) => r.note)).toEqual([
      '上年无此资金来源',
      '上年无此资金来源',
      '上年无此资金来源',
    ]);
  });

  it('indicatorRows(rows) writes qualitative grades and notes new indicators', () => {
    const both = yearOverYear(
      report({
        indicators: [
          indicatorResult({ name: '机制', direction: '定性', unit: null, actual: '部分达成' }),
        ],
      }),
      report({
        indicators: [
          indicatorResult({ name: '机制', direction: '定性', unit: null, actual: '达成' }),
          indicatorResult({ name: '新指标' }),
        ],
      }),
    );
    const rows = indicatorRows(both.indicators, both.wanDecimals);
    expect(rows[0]?.delta).toBe('等级提高');
    expect(rows.map((r) => [r.group, r.label, r.previous, r.current, r.verdict, r.note])).toEqual([
      ['机制', '实际完成值', '部分达成', '达成', 'better', undefined],
      ['机制', '得分', '20.00分', '20.00分', 'neutral', undefined],
      ['新指标', '实际完成值', '—', '100件', null, '上年无此指标'],
      ['新指标', '得分', '—', '20.00分', null, '上年无此指标'],
    ]);
  });

  it('indicatorRows(rows) writes 万元 as each year’s 自评表 does, the change as their difference', () => {
    // 件均化解资金 27,430.90 元 (2023) → 28,470.29 元 (2024); both years take four 万元 decimals.
    const rows = indicatorRows(yoy.indicators, yoy.wanDecimals);
    const cost = rows.find((r) => r.group === '件均化解资金' && r.label === '实际完成值');
    expect([cost?.previous, cost?.current, cost?.delta]).toEqual([
      '2.7431万元',
      '2.8470万元',
      '+0.1039万元',
    ]);
    // The same row between a year at two decimals and one at four.
    const mixed = indicatorRows(yoy.indicators, { previous: 2, current: 4 }).find(
      (r) => r.group === '件均化解资金' && r.label === '实际完成值',
    );
    expect([mixed?.previous, mixed?.current, mixed?.delta]).toEqual([
      '2.74万元',
      '2.8470万元',
      '+0.1070万元',
    ]);
  });

  it('scoreRows(yoy) lists 自评总分, 预算执行得分 and 评价等级', () => {
    expect(scoreRows(yoy).map((r) => [r.label, r.previous, r.current, r.delta])).toEqual([
      ['自评总分', '96.44分', '97.91分', '+1.47分'],
      ['预算执行得分', '9.08分', '9.61分', '+0.53分'],
      ['评价等级', '优', '优', '持平'],
    ]);
  });
});

describe('scoreSentence(yoy)', () => {
  it('says how the score and grade moved', () => {
    expect(
      scoreSentence(yearOverYear(golden(2023, 'jiean-huajie'), golden(2024, 'jiean-huajie'))),
    ).toBe('较2023年度（96.44分，优）提高1.47分，等级不变。');
    expect(
      scoreSentence(
        yearOverYear(
          report({ year: 2023, totalScore: 91, grade: '优' }),
          report({ totalScore: 88.5, grade: '良' }),
        ),
      ),
    ).toBe('较2023年度（91.00分，优）下降2.50分，等级由“优”变为“良”。');
  });
});
