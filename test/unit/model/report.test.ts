import Fraction from 'fraction.js';
import { describe, expect, it } from 'vitest';
import { measureByName } from '../../../src/lib/model/measures.ts';
import type { MeasureDef } from '../../../src/lib/model/measures.ts';
import { fundingBlock, measureValue } from '../../../src/lib/model/report.ts';
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

describe('measureValue(def, value)', () => {
  it.each([
    ['已化解件数', '270', 270],
    ['化解率', '2/3', 2 / 3],
    ['资金支出总额', '768697900', 768_697_900],
    ['资金支出总额', '1', 1],
    ['资金支出总额', '0', 0],
    ['资金支出总额', '-50', -50],
    ['资金支出总额', '100000000000000', 100_000_000_000_000],
  ])('measureValue(%s, %s) is %s', (name, value, expected) => {
    expect(measureValue(def(name), new Fraction(value))).toBe(expected);
  });

  it.each([
    ['7500119/8', 937_515], // 937514.875 分
    ['1/2', 1],
    ['1/3', 0],
    ['5/2', 3],
  ])('rounds money to the whole 分 half-up: %s 分 is %i 分', (value, fen) => {
    expect(measureValue(def('件均化解资金'), new Fraction(value))).toBe(fen);
  });

  it('is null for a measure that cannot be computed', () => {
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
          initialBudget: 80_000,
          annualBudget: 100_000,
          executed: 59_999,
          executionRate: 0.59999,
        },
        {
          source: '上年结转资金',
          initialBudget: 25_000,
          annualBudget: 25_000,
          executed: 40_000,
          executionRate: 1.6,
        },
      ],
      total: {
        initialBudget: 105_000,
        annualBudget: 125_000,
        executed: 99_999,
        executionRate: 0.799992,
      },
      executionRate: 0.799992,
      // 599.99 元 among the amounts: six 万元 decimals show them all exactly.
      wanDecimals: 6,
      standard: [
        {
          label: '年度资金总额',
          initialBudget: 105_000,
          annualBudget: 125_000,
          executed: 99_999,
          executionRate: 0.799992,
          sources: [],
        },
        {
          label: '当年财政拨款',
          initialBudget: 80_000,
          annualBudget: 100_000,
          executed: 59_999,
          executionRate: 0.59999,
          sources: ['本年财政拨款'],
        },
        {
          label: '上年结转资金',
          initialBudget: 25_000,
          annualBudget: 25_000,
          executed: 40_000,
          executionRate: 1.6,
          sources: ['上年结转资金'],
        },
        {
          label: '其他资金',
          initialBudget: 0,
          annualBudget: 0,
          executed: 0,
          executionRate: null,
          sources: [],
        },
      ],
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

  it.each([
    // 300,000.00 元 budget, 288,100.00 元 spent: every amount whole hundreds of 元.
    ['whole hundreds of 元', [30_000_000], [28_810_000], undefined, 2],
    // 68,814.00 元 (6.8814 万元): whole 元.
    ['whole 元 spent', [30_000_000], [6_881_400], undefined, 4],
    ['a budget in whole 元', [6_881_400], [6_800_000], undefined, 4],
    ['a 年初预算数 in whole 元', [30_000_000], [30_000_000], 6_881_400, 4],
    // 68,814.37 元: 分.
    ['分 spent', [30_000_000], [6_881_437], undefined, 6],
    // Two sources whose 分 cancel in the total still need six decimals for their lines.
    ['分 in the lines only', [30_000_000, 10_000_000], [6_881_437, 6_881_463], undefined, 6],
  ] as const)(
    'takes the fewest 万元 decimals that show every amount exactly: %s',
    (_, budgets, paid, initial, decimals) => {
      const sources = ['本年财政拨款', '上年结转资金'];
      const block = fundingBlock(
        budgets.map((b, i) =>
          budgetLine(b, {
            source: sources[i] ?? '',
            ...(initial ? { initialBudget: initial } : {}),
          }),
        ),
        paid.map((p, i) => payment(p, { source: sources[i] ?? '' })),
      );
      expect(block.wanDecimals).toBe(decimals);
    },
  );

  it('has no rate and no score when the budget is zero', () => {
    const block = fundingBlock([budgetLine(0)], [payment(100)]);
    expect([
      block.executionRate,
      block.total.executionRate,
      block.lines[0]?.executionRate,
      block.score,
    ]).toEqual([null, null, null, 0]);
  });

  it('keeps a net reversal negative: 1.00 元 paid and 3.00 元 reversed is -2.00 元, scoring 0', () => {
    const block = fundingBlock([budgetLine(100_000)], [payment(100), payment(-300)]);
    expect([block.total.executed, block.lines[0]?.executed]).toEqual([-200, -200]);
    expect([block.executionRate, block.score]).toEqual([-0.002, 0]);
  });

  it.each([
    ['0.01 元 of a 0.01 元 budget', 1, 1],
    ['1e12 元 of a 1e12 元 budget', 100_000_000_000_000, 100_000_000_000_000],
  ])('holds %s in whole 分 with a full score', (_, budget, paid) => {
    const block = fundingBlock([budgetLine(budget)], [payment(paid)]);
    expect([block.total.annualBudget, block.total.executed]).toEqual([budget, paid]);
    expect([block.executionRate, block.score]).toEqual([1, 10]);
  });

  it('adds exactly: 0.1 + 0.2 元 on a 0.30 元 budget is a rate of exactly 1', () => {
    const block = fundingBlock([budgetLine(30)], [payment(10), payment(20)]);
    expect(block.total.executed).toBe(30);
    expect(block.executionRate).toBe(1);
  });
});

describe('buildReport(input) scores every indicator', () => {
  it('scores each indicator against the measures and gathers their problems in table order', () => {
    const { report, problems } = build([
      indicator({
        line: 2,
        name: '甲',
        measure: '化解率',
        unit: '%',
        target: '80',
        actual: undefined,
      }),
      indicator({
        line: 3,
        name: '乙',
        measure: '件均化解资金',
        unit: '元',
        target: '250',
        direction: '≤',
        actual: undefined,
      }),
    ]);
    expect(report.indicators.map((i) => [i.name, i.actual, i.score])).toEqual([
      ['甲', 75, 9.38],
      ['乙', 333.33, 6.67],
    ]);
    expect(formatted(problems).map((p) => p.slice(0, p.indexOf(':', F.length + 1)))).toEqual([
      `${F}:2`,
      `${F}:3`,
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

  it('drops 不适用 indicators and rescales the rest to 100 exactly (8 + 60 of 80 → 85)', () => {
    // Funding gives 8 of 10; 甲 60 of 70; 乙 (20 points) is 不适用: (8 + 60) × 100 ÷ 80 = 85.
    const indicators = [
      indicator({ name: '甲', points: '70', manualScore: '60', target: '1', actual: '1' }),
      indicator({ name: '乙', points: '20', actual: '不适用', notApplicable: true }),
    ];
    const { report } = build(indicators);
    expect(report.rescale).toEqual({ droppedPoints: 20, factor: '5/4', rawScore: 68 });
    expect([report.totalScore, report.grade]).toEqual([85, '良']);
  });

  it('rounds a rescaled total half-up once: 77 × 100 ÷ 90 is 85.56', () => {
    const indicators = [
      indicator({ name: '甲', points: '80', manualScore: '69', target: '1', actual: '1' }),
      indicator({ name: '乙', points: '10', actual: '不适用', notApplicable: true }),
    ];
    const { report } = build(indicators);
    expect(report.rescale?.factor).toBe('10/9');
    expect(report.totalScore).toBe(85.56);
  });

  it('has no rescale when every indicator applies', () => {
    expect(build([indicator({ points: '90' })]).report.rescale).toBeUndefined();
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
      资金支出总额: 100_000,
      件均化解资金: 33_333,
      预算执行率: 0.8,
    });
  });
});

describe('buildReport(input) funding rows', () => {
  it('places sources by 资金来源对应 when budget.csv gives no 资金类别', () => {
    const { report, problems } = build([], { fundingSources: { 上年结转资金: '其他资金' } });
    expect(problems).toEqual([]);
    expect(report.funding.standard?.map((r) => [r.label, r.executed])).toEqual([
      ['年度资金总额', 100_000],
      ['当年财政拨款', 60_000],
      ['上年结转资金', 0],
      ['其他资金', 40_000],
    ]);
  });

  it('reports a 资金类别 against 资金来源对应, located in budget.csv', () => {
    const { problems } = build([], {
      budget: [
        budgetLine(100_000),
        budgetLine(25_000, { source: '上年结转资金', line: 3, category: '上年结转资金' }),
      ],
      fundingSources: { 上年结转资金: '其他资金' },
    });
    expect(formatted(problems)).toEqual([
      'data/2024/demo/budget.csv:3: 资金类别: 资金来源“上年结转资金”的资金类别为“上年结转资金”，但 project.yaml 的资金来源对应把它列为“其他资金”；两处应一致（或删去 project.yaml 中的这一项）',
    ]);
  });

  it('reports a 其中 line that paid out more than its whole (its whole’s own payments net refunds)', () => {
    const { report, problems } = build([], {
      budget: [
        budgetLine(100_000),
        budgetLine(50_000, { source: '中央', line: 3, category: '中央和省级补助' }),
      ],
      payments: [payment(30_000, { source: '中央' }), payment(-1_000)],
    });
    expect(report.funding.lines.map((l) => l.executed)).toEqual([29_000, 30_000]);
    expect(formatted(problems)).toEqual([
      'data/2024/demo/budget.csv:3: 全年执行数: 其中：中央和省级补助“中央”的全年执行数 300.00 元，大于它所属的本年财政拨款“本年财政拨款”的 290.00 元（含其中数）；请核对资金拨付明细中这两个资金来源的拨付和冲减',
    ]);
  });
});
