import Fraction from 'fraction.js';
import { describe, expect, it } from 'vitest';
import { inUnit, scoreIndicator } from '../../../src/lib/model/indicator-score.ts';
import { measureByName } from '../../../src/lib/model/measures.ts';
import type { MeasureDef } from '../../../src/lib/model/measures.ts';
import type { IndicatorRecord } from '../../../src/lib/schema/indicators.ts';
import { indicator } from '../support/records.ts';
import { formatted } from '../support/tables.ts';

const F = 'data/2024/demo/indicators.csv';

function def(name: string): MeasureDef {
  const found = measureByName(name);
  if (!found) throw new Error(`no measure ${name}`);
  return found;
}

/**
 * The measures of a project-year with 4 cases (3 resolved, 2 of them settled) and 1,000.00 元
 * spent of a 1,250.00 元 budget; money in 分. 满意率 cannot be computed: no case was rated.
 */
const VALUES = new Map<string, Fraction | undefined>([
  ['已化解件数', new Fraction(3)],
  ['化解率', new Fraction(3, 4)],
  ['资金支出总额', new Fraction(100_000)],
  ['件均化解资金', new Fraction(100_000, 3)],
  ['预算执行率', new Fraction(4, 5)],
  ['满意率', undefined],
]);

/** The result of one indicator built from `fields`, and its problems as the build prints them. */
function one(fields: Partial<IndicatorRecord>, values = VALUES) {
  const { result, problems } = scoreIndicator(indicator(fields), values, F, 2024);
  return { result, problems: formatted(problems), severities: problems.map((p) => p.severity) };
}

describe('inUnit(def, value, unit)', () => {
  it.each([
    ['化解率', '3/4', '%', '75'],
    ['预算执行率', '2/3', '%', '200/3'],
    ['资金支出总额', '768697900', '元', '7686979'],
    ['资金支出总额', '768697900', '万元', '768.6979'],
    ['资金支出总额', '1', '元', '0.01'],
    ['资金支出总额', '1', '万元', '0.000001'],
    ['资金支出总额', '100000000000000', '万元', '100000000'],
    ['资金支出总额', '0', '万元', '0'],
    ['件均化解资金', '7500119/8', '万元', '7500119/8000000'],
    ['已化解件数', '270', '件', '270'],
    ['救助人数', '12', '人', '12'],
    ['积案总数', '12', undefined, '12'],
  ])('%s of %s in %s is %s', (name, value, unit, expected) => {
    const converted = inUnit(def(name), new Fraction(value), unit);
    expect(converted instanceof Fraction ? converted.toFraction() : converted).toBe(
      new Fraction(expected).toFraction(),
    );
  });

  it.each([
    ['化解率', undefined, '计算口径“化解率”是比率，度量单位应为 %'],
    ['化解率', '件', '计算口径“化解率”是比率，度量单位应为 %'],
    ['资金支出总额', '%', '计算口径“资金支出总额”是金额，度量单位应为 元 或 万元'],
    ['资金支出总额', undefined, '计算口径“资金支出总额”是金额，度量单位应为 元 或 万元'],
    ['已化解件数', '%', '计算口径“已化解件数”是件数或人数，度量单位应为 件'],
    ['救助人数', '万元', '计算口径“救助人数”是件数或人数，度量单位应为 人'],
  ])('refuses %s in %s', (name, unit, message) => {
    expect(inUnit(def(name), new Fraction(1), unit)).toBe(message);
  });
});

describe('scoreIndicator(ind, values, file, year) scores by rule', () => {
  it.each([
    [
      '≥ met exactly',
      { direction: '≥', target: '3', measure: '已化解件数', unit: '件' },
      3,
      10,
      true,
    ],
    [
      '≥ just below',
      { direction: '≥', target: '4', measure: '已化解件数', unit: '件' },
      3,
      7.5,
      false,
    ],
    [
      '≥ rate in %',
      { direction: '≥', target: '80', measure: '化解率', unit: '%' },
      75,
      9.38,
      false,
    ],
    [
      '≤ between target and 2×',
      { direction: '≤', target: '250', measure: '件均化解资金', unit: '元' },
      333.33,
      6.67,
      false,
    ],
    [
      '≥ half-up: 393 of 400 is 9.825',
      { direction: '≥', target: '400', actual: '393' },
      393,
      9.83,
      false,
    ],
    [
      '≤ money in 万元',
      { direction: '≤', target: '0.04', measure: '件均化解资金', unit: '万元' },
      0.03,
      10,
      true,
    ],
    [
      '= hand-entered',
      { direction: '=', target: '100', actual: '99.5', unit: '%' },
      99.5,
      9.95,
      false,
    ],
    ['= target 0, actual 0', { direction: '=', target: '0', actual: '0', unit: '件' }, 0, 10, true],
    ['= target 0, actual 1', { direction: '=', target: '0', actual: '1', unit: '件' }, 1, 0, false],
    ['≤ 2× target', { direction: '≤', target: '5', actual: '10', unit: '%' }, 10, 0, false],
    [
      '预算执行率 as an indicator',
      { direction: '≥', target: '90', measure: '预算执行率', unit: '%' },
      80,
      8.89,
      false,
    ],
  ] as const)('%s: actual %s, score %s, met %s', (_, fields, actual, score, met) => {
    const { result } = one({ reason: '已说明', ...fields });
    expect([result.actual, result.score, result.met, result.manual]).toEqual([
      actual,
      score,
      met,
      false,
    ]);
  });

  it('lets a manual 得分 override the rule, marked manual, met still by the rule', () => {
    const { result, problems } = one({
      measure: '已化解件数',
      unit: '件',
      target: '3',
      actual: undefined,
      manualScore: '8.5',
    });
    expect(result).toMatchObject({ actual: 3, score: 8.5, manual: true, met: true });
    expect(problems).toEqual([]);
  });

  it('reports a shortfall without 偏差原因 as an error on the indicator’s line', () => {
    const { problems, severities } = one({
      line: 7,
      name: '积案化解率',
      measure: '化解率',
      unit: '%',
      target: '80',
      actual: undefined,
    });
    expect(problems).toEqual([
      `${F}:7: 偏差原因分析及改进措施: 指标“积案化解率”未达到年度指标值（实际完成值 75%，年度指标值 ≥80%），必须填写偏差原因分析及改进措施`,
    ]);
    expect(severities).toEqual(['error']);
  });

  it('asks for 偏差原因 even when a manual score is full', () => {
    const { problems } = one({
      line: 4,
      name: '化解',
      target: '4',
      actual: '3',
      manualScore: '10',
    });
    expect(problems).toEqual([
      `${F}:4: 偏差原因分析及改进措施: 指标“化解”未达到年度指标值（实际完成值 3，年度指标值 ≥4），必须填写偏差原因分析及改进措施`,
    ]);
  });

  it.each([
    ['部分达成', 7, false],
    ['未达成', 3, false],
  ] as const)('asks for 偏差原因 for a qualitative %s', (grade, score, met) => {
    const { result, problems } = one({
      direction: '定性',
      line: 5,
      name: '社会稳定',
      target: '有效维护',
      actual: grade,
      manualScore: String(score),
    });
    expect(result).toMatchObject({ actual: grade, score, manual: true, met });
    expect(problems).toEqual([
      `${F}:5: 偏差原因分析及改进措施: 指标“社会稳定”未达到年度指标值（评价结果为“${grade}”），必须填写偏差原因分析及改进措施`,
    ]);
  });

  it('takes a qualitative 达成 as met, with its manual score', () => {
    const { result, problems } = one({
      direction: '定性',
      target: '有效维护',
      actual: '达成',
      manualScore: '8',
    });
    expect(result).toMatchObject({
      target: '有效维护',
      actual: '达成',
      score: 8,
      manual: true,
      met: true,
    });
    expect(problems).toEqual([]);
  });

  it.each([
    ['exactly 130 %', '130', true],
    ['above 130 %', '200', true],
    ['just below 130 %', '129.99', false],
  ])('warns when a ≥ target is beaten by %s', (_, actual, warns) => {
    const { problems, severities } = one({ line: 3, name: '救助', target: '100', actual });
    expect(problems).toEqual(
      warns
        ? [
            `${F}:3: 年度指标值: 指标“救助”实际完成值超过年度指标值的 130%，指标值可能设定偏低；可在偏差原因分析中说明`,
          ]
        : [],
    );
    expect(severities).toEqual(warns ? ['warning'] : []);
  });

  it('does not warn about 130 % when 偏差原因 explains it', () => {
    expect(one({ target: '100', actual: '150', reason: '年中追加任务' }).problems).toEqual([]);
  });

  it('refuses a measure in a unit that does not fit it, scoring 0', () => {
    const { result, problems } = one({
      line: 6,
      measure: '化解率',
      unit: '件',
      target: '80',
      actual: undefined,
    });
    expect(problems).toEqual([`${F}:6: 度量单位: 计算口径“化解率”是比率，度量单位应为 %`]);
    expect([result.actual, result.score, result.met]).toEqual([null, 0, false]);
  });

  it('refuses a hand-filled 实际完成值 that the computed measure contradicts', () => {
    const { problems } = one({ line: 8, measure: '化解率', unit: '%', target: '70', actual: '80' });
    expect(problems).toEqual([
      `${F}:8: 实际完成值: 填写的 80 与按计算口径“化解率”算出的 75 不一致；请留空，由站点根据台账计算`,
    ]);
  });

  it('accepts a hand-filled 实际完成值 that agrees with the measure to 0.01', () => {
    expect(
      one({ measure: '件均化解资金', unit: '元', target: '400', actual: '333.33', direction: '≤' })
        .problems,
    ).toEqual([]);
  });

  it('refuses a measure that cannot be computed (a rate over nothing)', () => {
    const { problems } = one({
      line: 2,
      measure: '满意率',
      unit: '%',
      target: '90',
      actual: undefined,
      points: '90',
    });
    expect(problems).toEqual([
      `${F}:2: 计算口径: 计算口径“满意率”无法计算：分母为 0（（满意 + 基本满意）÷ 已评价的案件数）`,
    ]);
  });
});

describe('scoreIndicator(ind, values, file, year) — forms of real tables', () => {
  it.each([
    ['inside', '95', 10, true],
    ['at the low end', '90', 10, true],
    ['below, by the ≥ rule', '81', 9, false],
    ['above, by the ≤ rule', '110', 9, false],
  ])('scores a range [90, 100] %s', (_, actual, score, met) => {
    const { result } = one({
      direction: '=',
      target: '90%-100%',
      form: { kind: 'range', low: '90', high: '100' },
      unit: '%',
      actual,
      reason: '说明',
    });
    expect(result).toMatchObject({ target: '90%-100%', actual: Number(actual), score, met });
  });

  it('scores a range against a computed measure (化解率 75 % in [70, 80])', () => {
    const { result, problems } = one({
      target: '[70,80]',
      form: { kind: 'range', low: '70', high: '80' },
      unit: '%',
      measure: '化解率',
      actual: undefined,
    });
    expect(problems).toEqual([]);
    expect(result).toMatchObject({ actual: 75, score: 10, met: true });
  });

  it.each([
    ['2024-12-20', 10, true],
    ['2024-12-31', 10, true],
    ['2025-01-02', 0, false],
    ['是', 10, true],
    ['否', 0, false],
  ])('scores a deadline 2024年12月31日前 done %s: full or nothing', (actual, score, met) => {
    const { result } = one({
      direction: '=',
      target: '2024年12月31日前',
      form: { kind: 'deadline', year: 2024, month: 12, day: 31 },
      actual,
      reason: '说明',
    });
    expect(result).toMatchObject({ actual, score, met, manual: false });
  });

  it.each([
    ['2024-12-31', 10, true],
    ['2024-06-30', 10, true],
    ['2025-06-30', 0, false],
    ['2025-01-01', 0, false],
  ])('reads 12月底前 in the report’s year (2024): done %s scores %d', (actual, score, met) => {
    const { result } = one({
      direction: '=',
      target: '12月底前',
      form: { kind: 'deadline', year: undefined, month: 12, day: undefined },
      actual,
      reason: '说明',
    });
    expect(result).toMatchObject({ score, met });
  });

  it('requires 偏差原因 for a deadline missed', () => {
    const { problems } = one({
      direction: '=',
      target: '12月底前',
      form: { kind: 'deadline', year: undefined, month: 12, day: undefined },
      actual: '否',
    });
    expect(problems).toEqual([
      `${F}:2: 偏差原因分析及改进措施: 指标“指标”未达到年度指标值（实际完成值 否，年度指标值 12月底前），必须填写偏差原因分析及改进措施`,
    ]);
  });

  it('lets a hand score override a deadline met', () => {
    const { result } = one({
      target: '按时',
      form: { kind: 'onTime' },
      actual: '是',
      manualScore: '8',
    });
    expect(result).toMatchObject({ score: 8, manual: true, met: true });
  });

  it.each([
    ['9', true, []],
    [
      '7',
      false,
      [
        `${F}:2: 偏差原因分析及改进措施: 指标“指标”未达到年度指标值（评价得分 7 分，低于分值的 80%），必须填写偏差原因分析及改进措施`,
      ],
    ],
  ])('scores a word target by the hand score %s (met from 80 %)', (score, met, problems) => {
    const out = one({
      target: '有效',
      form: { kind: 'text' },
      actual: '有效',
      manualScore: score,
    });
    expect(out.result).toMatchObject({ target: '有效', actual: '有效', score: Number(score), met });
    expect(out.problems).toEqual(problems);
  });

  it('lists a 不适用 indicator with no score and no problems', () => {
    const { result, problems } = one({
      target: '不涉及',
      form: { kind: 'text' },
      actual: '不适用',
      notApplicable: true,
    });
    expect(problems).toEqual([]);
    expect(result).toMatchObject({ actual: '不适用', score: 0, notApplicable: true });
  });
});
