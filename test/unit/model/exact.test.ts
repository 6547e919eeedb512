import Fraction from 'fraction.js';
import { describe, expect, it } from 'vitest';
import { exactActual, exactMeasure, measureInUnit } from '../../../src/lib/model/exact.ts';

describe('exactMeasure(report, name)', () => {
  it.each<[string, unknown, unknown, string | null]>([
    ['the fraction of exact', '253/270', 0.937037037037037, '253/270'],
    ['an integer of exact', '270', 270, '270'],
    ['null in exact (cannot be computed)', null, null, null],
    ['no exact: the decimal as written', undefined, 0.9625, '77/80'],
    ['a zero denominator: the decimal instead', '1/0', 0.5, '1/2'],
    ['a hostile text: the decimal instead', '1e999', 0.25, '1/4'],
    ['a number in exact: the decimal instead', 0.3, 0.3, '3/10'],
    ['a huge numerator: the decimal instead', '9'.repeat(40), 2, '2'],
    ['no value anywhere', undefined, undefined, null],
    ['a string in measures', undefined, '0.5', null],
    ['Infinity in measures', undefined, Infinity, null],
  ])('takes %s', (_, exact, decimal, expected) => {
    const report = {
      measures: { 化解率: decimal },
      exact: { measures: exact === undefined ? {} : { 化解率: exact } },
    } as never;
    const value = exactMeasure(report, '化解率');
    expect(value === null ? null : value.toFraction()).toBe(expected);
  });

  it('reads a report whose exact is not an object without throwing', () => {
    for (const exact of ['x', 3, null, []]) {
      expect(exactMeasure({ measures: { 化解率: 0.5 }, exact } as never, '化解率')?.valueOf()).toBe(
        0.5,
      );
    }
  });
});

describe('measureInUnit(report, measure, unit) and exactActual(report, indicator)', () => {
  // Money in 分, as the model holds it: 件均化解资金 is 768697900 分 ÷ 270 cases.
  const report = {
    measures: { 件均化解资金: 2_847_029, 满意率: 0.9389, 已化解件数: 270 },
    exact: { measures: { 件均化解资金: '76869790/27', 满意率: '123/131', 已化解件数: '270' } },
  };

  it.each<[string, string | null, string | null]>([
    ['件均化解资金', '万元', new Fraction(7686979, 2_700_000).toFraction()],
    ['件均化解资金', '元', new Fraction(7686979, 270).toFraction()],
    ['满意率', '%', new Fraction(12300, 131).toFraction()],
    ['已化解件数', '件', '270'],
    ['已化解件数', null, '270'],
    ['已化解件数', '万元', null],
    ['件均化解资金', null, null],
    ['件均化解资金', '%', null],
    ['满意率', '件', null],
    ['不存在的口径', '件', null],
  ])('%s in %s', (measure, unit, expected) => {
    expect(measureInUnit(report, measure, unit)?.toFraction() ?? null).toBe(expected);
  });

  it('uses the measure behind an indicator, else the actual value as written', () => {
    const bound = { actual: 2.85, measure: '件均化解资金', unit: '万元' };
    expect(exactActual(report, bound)?.toFraction()).toBe(
      new Fraction(7686979, 2_700_000).toFraction(),
    );
    expect(exactActual(report, { actual: 100, measure: null, unit: '%' })?.valueOf()).toBe(100);
    expect(exactActual(report, { actual: '达成', measure: null, unit: null })).toBeNull();
    expect(exactActual(report, { actual: null, measure: '满意率', unit: '%' })).toBeNull();
  });
});
