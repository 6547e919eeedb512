import { describe, expect, it } from 'vitest';
import { fundingBlock } from '../../../src/lib/model/report.ts';
import {
  linePayments,
  placeSources,
  standardSourceOf,
  standardSourcesNote,
} from '../../../src/lib/model/standard-funding.ts';
import type { StandardSource } from '../../../src/lib/model/standard-funding.ts';
import type { BudgetLine } from '../../../src/lib/schema/budget.ts';
import type { PaymentRecord } from '../../../src/lib/schema/spending.ts';
import { budgetLine, payment } from '../support/records.ts';

/** The standard rows of budget lines and payments, placed as the pipeline places them. */
function standardOf(
  budget: BudgetLine[],
  payments: PaymentRecord[],
  mapping: Record<string, StandardSource> = {},
) {
  const { places, problems } = placeSources(budget, mapping, 'budget.csv');
  expect(problems).toEqual([]);
  const rows = fundingBlock(budget, payments, places).standard ?? [];
  expect(rows.length).toBeGreaterThanOrEqual(4);
  return rows.map((r) => ({
    label: r.label,
    fen: [r.initialBudget, r.annualBudget, r.executed] as const,
    rate: r.executionRate,
    sources: r.sources,
  }));
}

describe('standardSourceOf(source)', () => {
  it.each([
    ['本年财政拨款', '当年财政拨款'],
    ['当年财政拨款', '当年财政拨款'],
    ['财政拨款', '当年财政拨款'],
    ['区财政', '当年财政拨款'],
    ['县财政拨款', '当年财政拨款'],
    ['示例区财政资金', '当年财政拨款'],
    ['本级财政', '当年财政拨款'],
    ['一般公共预算拨款', '当年财政拨款'],
    [' 本年 财政拨款 ', '当年财政拨款'],
    ['上年结转', '上年结转资金'],
    ['上年结转资金', '上年结转资金'],
    ['上年财政拨款结转', '上年结转资金'],
    ['历年结余', '上年结转资金'],
    ['责任单位配套', '其他资金'],
    ['社会捐助', '其他资金'],
    ['上级补助', '其他资金'],
    ['中央财政补助', '其他资金'],
    ['财政拨款（代管）', '其他资金'],
    ['其他资金', '其他资金'],
    ['', '其他资金'],
    ['<script>区财政</script>', '其他资金'],
  ])('%j → %s', (source, row) => {
    expect(standardSourceOf(source)).toBe(row);
  });
});

describe('fundingBlock(budget, payments, places).standard', () => {
  const budget = [
    budgetLine(7_150_000, { source: '上年结转' }),
    budgetLine(50_000_000, { source: '区财政' }),
    budgetLine(1_000_000, { source: '社会捐助' }),
    budgetLine(2_000_000, { source: '责任单位配套' }),
  ];
  const payments = [
    payment(7_150_000, { source: '上年结转' }),
    payment(40_000_000, { source: '区财政' }),
    payment(500_000, { source: '社会捐助' }),
  ];

  it('always gives the four standard rows in the standard order, whatever the CSV order', () => {
    const rows = standardOf(budget, payments);
    expect(rows.map((r) => r.label)).toEqual([
      '年度资金总额',
      '当年财政拨款',
      '上年结转资金',
      '其他资金',
    ]);
    expect(rows.map((r) => r.fen[1])).toEqual([60_150_000, 50_000_000, 7_150_000, 3_000_000]);
    expect(rows.map((r) => r.fen[2])).toEqual([47_650_000, 40_000_000, 7_150_000, 500_000]);
    expect(rows.map((r) => r.sources)).toEqual([
      [],
      ['区财政'],
      ['上年结转'],
      ['社会捐助', '责任单位配套'],
    ]);
    // The rows under the total add up to it, to the 分.
    for (const k of [0, 1, 2] as const)
      expect(rows.slice(1).reduce((s, r) => s + r.fen[k], 0)).toBe(rows[0]?.fen[k]);
    expect(rows[3]?.rate).toBeCloseTo(500_000 / 3_000_000, 12);
  });

  it('places a source where project.yaml says, before its name decides', () => {
    const rows = standardOf(budget, payments, { 社会捐助: '当年财政拨款', 上年结转: '其他资金' });
    expect(rows.map((r) => r.sources)).toEqual([
      [],
      ['区财政', '社会捐助'],
      [],
      ['上年结转', '责任单位配套'],
    ]);
    expect(rows[2]?.fen).toEqual([0, 0, 0]);
    expect(rows[2]?.rate).toBeNull();
  });

  it('does not let a mapping key such as __proto__ or toString change anything', () => {
    const mapping = JSON.parse('{"__proto__": "上年结转资金"}') as Record<string, '上年结转资金'>;
    const rows = standardOf(budget, payments, mapping);
    expect(rows.map((r) => r.sources.length)).toEqual([0, 1, 1, 2]);
    expect(standardOf([budgetLine(100, { source: 'toString' })], []).at(3)?.sources).toEqual([
      'toString',
    ]);
  });

  it('names the sources a row holds only where they are not the row itself', () => {
    expect(standardSourcesNote(fundingBlock(budget, payments).standard ?? [])).toBe(
      '当年财政拨款：区财政；上年结转资金：上年结转；其他资金：社会捐助、责任单位配套',
    );
    const plain = fundingBlock(
      [budgetLine(100, { source: '当年财政拨款' }), budgetLine(100, { source: '上年结转资金' })],
      [],
    );
    expect(standardSourcesNote(plain.standard ?? [])).toBe('');
  });
});

describe('placeSources(budget, mapping, file, headers)', () => {
  const F = 'data/2024/demo/budget.csv';
  const messages = (budget: BudgetLine[], mapping: Record<string, StandardSource> = {}) =>
    placeSources(budget, mapping, F).problems.map((p) => `${p.line}: ${p.column}: ${p.message}`);

  it('puts a source under its 资金类别 before project.yaml or its name decide', () => {
    const { places, problems } = placeSources([
      budgetLine(100, { source: '上年结转', category: '其他资金' }),
      budgetLine(100, { source: '配套', category: '当年财政拨款' }),
      budgetLine(100, { source: '区财政' }),
    ]);
    expect(problems).toEqual([]);
    expect(places).toEqual([{ row: '其他资金' }, { row: '当年财政拨款' }, { row: '当年财政拨款' }]);
  });

  it('accepts a 资金类别 given for only some rows: the others go by project.yaml, then by name', () => {
    const { places, problems } = placeSources(
      [
        budgetLine(100, { source: '捐助', category: '其他资金' }),
        budgetLine(100, { source: '区财政' }),
        budgetLine(100, { source: '专户' }),
      ],
      { 专户: '上年结转资金' },
    );
    expect(problems).toEqual([]);
    expect(places.map((p) => p.row)).toEqual(['其他资金', '当年财政拨款', '上年结转资金']);
  });

  it('accepts a 资金类别 that agrees with 资金来源对应, and a 其中 line mapped to 当年财政拨款', () => {
    expect(
      messages(
        [
          budgetLine(100, { source: '区财政', category: '当年财政拨款' }),
          budgetLine(50, { source: '中央', category: '中央和省级补助' }),
        ],
        { 区财政: '当年财政拨款', 中央: '当年财政拨款' },
      ),
    ).toEqual([]);
  });

  it('refuses a 资金类别 that contradicts project.yaml, located at the row, under the header as written', () => {
    const budget = [
      budgetLine(100, { line: 2, source: '区财政', category: '其他资金' }),
      budgetLine(100, { line: 3, source: '中央', category: '中央和省级补助' }),
    ];
    const { problems } = placeSources(
      budget,
      { 区财政: '当年财政拨款', 中央: '其他资金' },
      F,
      new Map([['category', '资金类别 ']]),
    );
    expect(problems.map((p) => [p.file, p.line, p.column, p.severity, p.message])).toEqual([
      [
        F,
        2,
        '资金类别 ',
        'error',
        '资金来源“区财政”的资金类别为“其他资金”，但 project.yaml 的资金来源对应把它列为“当年财政拨款”；两处应一致（或删去 project.yaml 中的这一项）',
      ],
      [
        F,
        3,
        '资金类别 ',
        'error',
        '资金来源“中央”的资金类别为“中央和省级补助”，但 project.yaml 的资金来源对应把它列为“其他资金”；两处应一致（或删去 project.yaml 中的这一项）',
      ],
      [
        F,
        3,
        '资金类别 ',
        'error',
        '“其中：中央和省级补助”是本年财政拨款的一部分，应写在它所属的本年财政拨款那一行之下；本行之上没有资金类别（或名称）为本年财政拨款的资金来源',
      ],
    ]);
  });

  it('puts a 其中：中央和省级补助 line under the nearest 本年财政拨款 line above it', () => {
    const { places, problems } = placeSources([
      budgetLine(100, { source: '区财政' }),
      budgetLine(100, { source: '上年结转' }),
      budgetLine(300, { source: '市财政', category: '当年财政拨款' }),
      budgetLine(80, { source: '中央', category: '中央和省级补助' }),
      budgetLine(20, { source: '省级', category: '中央和省级补助' }),
    ]);
    expect(problems).toEqual([]);
    expect(places).toEqual([
      { row: '当年财政拨款' },
      { row: '上年结转资金' },
      { row: '当年财政拨款' },
      { row: '当年财政拨款', partOf: 2 },
      { row: '当年财政拨款', partOf: 2 },
    ]);
  });

  it('refuses a 其中 line with no 本年财政拨款 above it', () => {
    expect(
      messages([
        budgetLine(100, { line: 2, source: '中央', category: '中央和省级补助' }),
        budgetLine(100, { line: 3, source: '本年财政拨款' }),
      ]),
    ).toEqual([
      '2: 资金类别: “其中：中央和省级补助”是本年财政拨款的一部分，应写在它所属的本年财政拨款那一行之下；本行之上没有资金类别（或名称）为本年财政拨款的资金来源',
    ]);
  });

  it('refuses 中央和省级补助 larger than its 本年财政拨款, and parts that together are', () => {
    expect(
      messages([
        budgetLine(500_000, { line: 2, source: '本年财政拨款' }),
        budgetLine(800_000, { line: 3, source: '中央', category: '中央和省级补助' }),
      ]),
    ).toEqual([
      '3: 全年预算数: 其中：中央和省级补助“中央”的全年预算数 8,000.00 元，大于它所属的本年财政拨款“本年财政拨款”（第 2 行）的 5,000.00 元；其中数是本年财政拨款的一部分，不能大于它',
      '3: 年初预算数: 其中：中央和省级补助“中央”的年初预算数 8,000.00 元，大于它所属的本年财政拨款“本年财政拨款”（第 2 行）的 5,000.00 元；其中数是本年财政拨款的一部分，不能大于它',
    ]);
    expect(
      messages([
        budgetLine(500_000, { line: 2, source: '本年财政拨款' }),
        budgetLine(300_000, {
          line: 3,
          source: '中央',
          category: '中央和省级补助',
          initialBudget: undefined,
        }),
        budgetLine(200_001, {
          line: 4,
          source: '省级',
          category: '中央和省级补助',
          initialBudget: undefined,
        }),
      ]),
    ).toEqual([
      '4: 全年预算数: 其中：中央和省级补助“省级”的全年预算数（与其上同属一行的其中数合计） 5,000.01 元，大于它所属的本年财政拨款“本年财政拨款”（第 2 行）的 5,000.00 元；其中数是本年财政拨款的一部分，不能大于它',
    ]);
    // Equal is fine: the whole 本年财政拨款 may come from above.
    expect(
      messages([
        budgetLine(500_000, { source: '本年财政拨款' }),
        budgetLine(500_000, { source: '中央', category: '中央和省级补助' }),
      ]),
    ).toEqual([]);
  });
});

describe('linePayments(budget, places, spent)', () => {
  it('gives a 本年财政拨款 line its own payments and those of its 其中 lines', () => {
    const budget = [{ source: '本年' }, { source: '中央' }, { source: '结转' }];
    const places = [
      { row: '当年财政拨款' },
      { row: '当年财政拨款', partOf: 0 },
      { row: '上年结转资金' },
    ] as const;
    const spent = new Map([
      ['本年', 300],
      ['中央', 200],
      ['结转', 7],
      ['别处', 1],
    ]);
    expect(linePayments(budget, places, spent)).toEqual([500, 200, 7]);
    expect(linePayments(budget, [], spent)).toEqual([300, 200, 7]);
  });
});

describe('fundingBlock(…).standard with 其中：中央和省级补助', () => {
  const budget = [
    budgetLine(5_000_000, { source: '本年财政拨款', category: '当年财政拨款' }),
    budgetLine(2_000_000, { source: '中央和省级补助资金', category: '中央和省级补助' }),
    budgetLine(715_000, { source: '上年结转资金', category: '上年结转资金' }),
  ];
  const payments = [
    payment(2_900_000),
    payment(2_000_000, { source: '中央和省级补助资金' }),
    payment(715_000, { source: '上年结转资金' }),
  ];

  it('shows the part under 当年财政拨款, counted in it once and in no total again', () => {
    const rows = standardOf(budget, payments);
    expect(rows.map((r) => [r.label, ...r.fen, r.sources])).toEqual([
      ['年度资金总额', 5_715_000, 5_715_000, 5_615_000, []],
      ['当年财政拨款', 5_000_000, 5_000_000, 4_900_000, ['本年财政拨款']],
      ['中央和省级补助', 2_000_000, 2_000_000, 2_000_000, ['中央和省级补助资金']],
      ['上年结转资金', 715_000, 715_000, 715_000, ['上年结转资金']],
      ['其他资金', 0, 0, 0, []],
    ]);
    // The rows other than the part add up to the total, to the 分.
    const wholes = rows.filter((r) => r.label !== '中央和省级补助').slice(1);
    for (const k of [0, 1, 2] as const)
      expect(wholes.reduce((s, r) => s + r.fen[k], 0)).toBe(rows[0]?.fen[k]);
  });

  it('keeps the lines as written, the part naming its whole and inside its amounts', () => {
    const { places } = placeSources(budget);
    const funding = fundingBlock(budget, payments, places);
    expect(funding.lines.map((l) => [l.source, l.annualBudget, l.executed, l.partOf])).toEqual([
      ['本年财政拨款', 5_000_000, 4_900_000, undefined],
      ['中央和省级补助资金', 2_000_000, 2_000_000, '本年财政拨款'],
      ['上年结转资金', 715_000, 715_000, undefined],
    ]);
    expect(funding.total).toMatchObject({ annualBudget: 5_715_000, executed: 5_615_000 });
    expect(funding.score).toBe(9.83);
  });
});
