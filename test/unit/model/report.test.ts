import Fraction from 'fraction.js';
import { describe, expect, it } from 'vitest';
import { measureByName } from '../../../src/lib/model/measures.ts';
import type { MeasureDef } from '../../../src/lib/model/measures.ts';
import { fenToYuan, fundingBlock, inUnit, measureValue } from '../../../src/lib/model/report.ts';
import type { ReportInput } from '../../../src/lib/model/report.ts';
import type { IndicatorRecord } from '../../../src/lib/schema/indicators.ts';
import { formatted } from '../support/tables.ts';
import { budgetLine, buildReport, indicator, kase, payment, resolved } from '../support/records.ts';

const F = 'data/2024/demo/indicators.csv';

function def(name: string): MeasureDef {
  const found = measureByName(name);
  if (!found) throw new Error(`no measure ${name}`);
  return found;
}

/** A project-year: 4 cases (3 resolved), 1,000.00 元 spent of a 1,250.00 元 budget. */
function build(indicators: IndicatorRecord[], extra: Partial<ReportInput> = {}) {
  const cases = [
    resolved(10, { settled: true }),
    resolved(20, { settled: true }),
    resolved(100),
    kase(),
  ];
  return buildReport({
    year: 2024,
    slug: 'demo',
    name: '示例项目',
    dir: 'data/2024/demo',
    cases,
    payments: [payment(60_000), payment(40_000, { source: '上年结转资金' })],
    budget: [budgetLine(100_000), budgetLine(25_000, { source: '上年结转资金', line: 3 })],
    indicators,
    ...extra,
  });
}

/** The one indicator of a report built from `fields`, and the report's problems. */
function one(fields: Partial<IndicatorRecord>) {
  const { report, problems } = build([indicator(fields)]);
  const result = report.indicators[0];
  if (!result) throw new Error('no indicator');
  return { result, problems: formatted(problems), severities: problems.map((p) => p.severity) };
}

describe('inUnit(def, value, unit)', () => {
  it.each([
    ['化解率', '3/4', '%', '75'],
    ['预算执行率', '2/3', '%', '200/3'],
    ['资金支出总额', '768697900', '元', '7686979'],
    ['资金支出总额', '768697900', '万元', '768.6979'],
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

describe('fenToYuan(fen) and measureValue(def, value)', () => {
  it.each([
    [768_697_900, 7_686_979],
    [1, 0.01],
    [-50, -0.5],
    [0, 0],
  ])('fenToYuan(%i) is %s', (fen, yuan) => {
    expect(fenToYuan(fen)).toBe(yuan);
  });

  it('fenToYuan rounds a fraction of a 分 half-up: 937514.875 分 is 9375.15 元', () => {
    expect(fenToYuan(new Fraction(7_500_119, 8))).toBe(9375.15);
    expect(fenToYuan(new Fraction(1, 2))).toBe(0.01);
  });

  it.each([
    ['已化解件数', '270', 270],
    ['化解率', '2/3', 2 / 3],
    ['资金支出总额', '768697900', 7_686_979],
  ])('measureValue(%s, %s) is %s', (name, value, expected) => {
    expect(measureValue(def(name), new Fraction(value))).toBe(expected);
  });

  it('measureValue is null for a measure that cannot be computed', () => {
    expect(measureValue(def('化解率'), undefined)).toBeNull();
  });
});

describe('fundingBlock(budget, payments)', () => {
  it('gives each line its payments, the totals, B/A and B/A × 10', () => {
    const block = fundingBlock(
      [
        budgetLine(100_000, { initialBudget: 80_000 }),
        budgetLine(25_000, { source: '上年结转资金', initialBudget: 25_000 }),
      ],
      [payment(60_000), payment(40_000, { source: '上年结转资金' }), payment(-1)],
    );
    expect(block).toEqual({
      lines: [
        {
          source: '本年财政拨款',
          initialBudget: 800,
          annualBudget: 1000,
          executed: 599.99,
          executionRate: 0.59999,
        },
        {
          source: '上年结转资金',
          initialBudget: 250,
          annualBudget: 250,
          executed: 400,
          executionRate: 1.6,
        },
      ],
      total: { initialBudget: 1050, annualBudget: 1250, executed: 999.99, executionRate: 0.799992 },
      executionRate: 0.799992,
      points: 10,
      score: 8,
    });
  });

  it.each([
    [[100_000], [100_000], 10],
    [[100_000], [120_000], 10],
    [[100_000], [99_999], 10], // 9.9999 rounds to 10.00
    [[100_000], [99_949], 9.99], // 9.9949
    [[100_000], [98_250], 9.83], // 9.825 half-up
    [[100_000], [0], 0],
  ])('scores budget %j spent %j as %s (capped at 10)', (budgets, spent, score) => {
    const block = fundingBlock(
      budgets.map((b) => budgetLine(b)),
      spent.map((s) => payment(s)),
    );
    expect(block.score).toBe(score);
  });

  it('has no rate and no score when the budget is zero', () => {
    const block = fundingBlock([budgetLine(0)], [payment(100)]);
    expect([
      block.executionRate,
      block.total.executionRate,
      block.lines[0]?.executionRate,
      block.score,
    ]).toEqual([null, null, null, 0]);
  });

  it('adds exactly: 0.1 + 0.2 元 on a 0.30 元 budget is a rate of exactly 1', () => {
    const block = fundingBlock([budgetLine(30)], [payment(10), payment(20)]);
    expect(block.total.executed).toBe(0.3);
    expect(block.executionRate).toBe(1);
  });
});

describe('buildReport(input) scores indicators by rule', () => {
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
    const { problems } = build([
      indicator({
        line: 2,
        measure: '满意率',
        unit: '%',
        target: '90',
        actual: undefined,
        points: '90',
      }),
    ]);
    expect(formatted(problems)).toEqual([
      `${F}:2: 计算口径: 计算口径“满意率”无法计算：分母为 0（（满意 + 基本满意）÷ 已评价的案件数）`,
    ]);
  });
});

describe('buildReport(input) totals', () => {
  it('adds the rounded scores, not the exact ones: 8 + 3.33 + 3.33 + 3.33 is 17.99, not 18', () => {
    const third = (name: string) =>
      indicator({ name, target: '3', actual: '1', points: '10', reason: '说明' });
    const { report } = build([third('一'), third('二'), third('三')]);
    expect(report.indicators.map((i) => i.score)).toEqual([3.33, 3.33, 3.33]);
    expect(report.funding.score).toBe(8);
    expect(report.totalScore).toBe(17.99);
  });

  it.each([
    ['72', 90, '优'],
    ['71.99', 89.99, '良'],
    ['62', 80, '良'],
    ['61.99', 79.99, '中'],
    ['42', 60, '中'],
    ['41.99', 59.99, '差'],
  ])('grades a total with a manual score of %s (total %s) as %s', (score, total, grade) => {
    // Funding gives 8 (1,000.00 of 1,250.00 元) and 乙 10, so 甲 decides the grade.
    const indicators = [
      indicator({ name: '甲', points: '80', manualScore: score, target: '1', actual: '1' }),
      indicator({ name: '乙', points: '10', manualScore: '10', target: '1', actual: '1' }),
    ];
    const { report } = build(indicators);
    expect([report.totalScore, report.grade]).toEqual([total, grade]);
  });

  it('reports counts, measures and the days used for 按期办结率', () => {
    const { report } = build([indicator({ points: '90' })], { timelyDays: 60 });
    expect(report.rows).toEqual({ cases: 4, spending: 2, budget: 2, indicators: 1 });
    expect(report.timelyDays).toBe(60);
    expect(report.measures).toEqual({
      积案总数: 4,
      已化解件数: 3,
      化解率: 0.75,
      息诉罢访件数: 2,
      息诉罢访率: 2 / 3,
      按期办结率: 2 / 3,
      满意率: null,
      救助人数: 0,
      资金支出总额: 1000,
      件均化解资金: 333.33,
      预算执行率: 0.8,
    });
  });
});
