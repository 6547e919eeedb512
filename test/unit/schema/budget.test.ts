import { describe, expect, it } from 'vitest';
import { csv, formatted, readBudget } from '../support/tables.ts';
import { fundingCategoryOf } from '../../../src/lib/schema/budget.ts';

const F = 'data/2024/demo/budget.csv';

describe('budget.csv records', () => {
  it('reads 元 headers, and a blank 全年执行数 as absent', () => {
    const table = readBudget(
      csv(
        '资金来源,年初预算数(元),全年预算数(元),全年执行数(元)',
        '责任单位配套,"50,000.00","60,000.50",',
      ),
    );
    expect(table.problems).toEqual([]);
    expect(table.records).toEqual([
      { line: 2, source: '责任单位配套', initialBudget: 5_000_000, annualBudget: 6_000_050 },
    ]);
  });

  it('reads a file without the optional 年初预算数 column, and a blank one as absent', () => {
    const table = readBudget(
      csv('资金来源,全年预算数(元),全年执行数(元)', '本年财政拨款,80000,80000'),
    );
    expect(table.problems).toEqual([]);
    expect(table.records[0]?.initialBudget).toBeUndefined();
    const blank = readBudget(csv('资金来源,年初预算数(万元),全年预算数(万元)', '本年财政拨款,,1'));
    expect(blank.problems).toEqual([]);
    expect(blank.records[0]?.initialBudget).toBeUndefined();
  });

  it('reads a file without the optional 全年执行数 column', () => {
    const table = readBudget(
      csv('资金来源,年初预算数(万元),全年预算数(万元)', '本年财政拨款,300,350.5'),
    );
    expect(table.records).toEqual([
      { line: 2, source: '本年财政拨款', initialBudget: 300_000_000, annualBudget: 350_500_000 },
    ]);
  });

  it.each([
    [',1,1', '资金来源: 不能为空'],
    ['本年财政拨款,1,', '全年预算数(万元): 不能为空'],
    [
      '本年财政拨款,1,一百',
      '全年预算数(万元): “一百”不是有效金额；应为数字，可带千分位和 ¥，如 5.4812',
    ],
  ])('refuses the row %j', (line, message) => {
    const table = readBudget(csv('资金来源,年初预算数(万元),全年预算数(万元)', line));
    expect(formatted(table.problems)).toEqual([`${F}:2: ${message}`]);
  });

  it('refuses budget columns without a unit', () => {
    const table = readBudget(csv('资金来源,年初预算数,全年预算数', '本年财政拨款,1,1'));
    expect(formatted(table.problems)).toEqual([
      `${F}:1: 年初预算数: 金额列必须在表头注明单位：写作“年初预算数(元)”或“年初预算数(万元)”`,
      `${F}:1: 全年预算数: 金额列必须在表头注明单位：写作“全年预算数(元)”或“全年预算数(万元)”`,
    ]);
  });
});

describe('fundingCategoryOf(text)', () => {
  it.each([
    ['本年财政拨款', '当年财政拨款'],
    ['当年财政拨款', '当年财政拨款'],
    ['上年结转', '上年结转资金'],
    ['上年结转资金', '上年结转资金'],
    ['其他资金', '其他资金'],
    ['其中：中央和省级补助', '中央和省级补助'],
    ['其中:中央和省级补助', '中央和省级补助'],
    ['其中中央和省级补助', '中央和省级补助'],
    ['中央和省级补助', '中央和省级补助'],
    ['中央和省级补助资金', '中央和省级补助'],
    ['其中：中央和省级补助资金', '中央和省级补助'],
    ['\u3000其中：\u3000中央和省级补助\u3000', '中央和省级补助'],
    [' 本年 财政拨款 ', '当年财政拨款'],
    ['上年\u3000结转', '上年结转资金'],
  ])('%j → %s', (text, category) => {
    expect(fundingCategoryOf(text)).toBe(category);
  });

  it.each([
    ['其中：本年财政拨款'],
    ['其中：其他资金'],
    ['财政拨款'],
    ['中央补助'],
    ['其中：'],
    ['toString'],
    ['__proto__'],
  ])('%j is no 资金类别', (text) => {
    expect(fundingCategoryOf(text)).toBeUndefined();
  });
});

describe('budget.csv 资金类别', () => {
  const HEADER = '资金来源,资金类别,全年预算数(万元)';

  it('reads each spelling to its row, a blank (or full-width blank) cell as not given', () => {
    const table = readBudget(
      csv(
        HEADER,
        '区财政,当年财政拨款,20',
        '中央补助,　其中：中央和省级补助　,8',
        '结转,上年结转,2',
        '配套,,1',
        '捐助,\u3000,1',
      ),
    );
    expect(table.problems).toEqual([]);
    expect(table.records.map((r) => r.category)).toEqual([
      '当年财政拨款',
      '中央和省级补助',
      '上年结转资金',
      undefined,
      undefined,
    ]);
  });

  it('refuses an unknown 资金类别, located, listing the accepted values', () => {
    const table = readBudget(csv(HEADER, '区财政,财政拨款,20', '配套,其中：其他资金,1'));
    const hint =
      '应为 本年财政拨款（或 当年财政拨款）、上年结转（或 上年结转资金）、其他资金、其中：中央和省级补助（或 中央和省级补助资金） 之一，或留空（按 project.yaml 的资金来源对应或资金来源的名称归类）';
    expect(formatted(table.problems)).toEqual([
      `${F}:2: 资金类别: “财政拨款”不是有效的资金类别；${hint}`,
      `${F}:3: 资金类别: “其中：其他资金”不是有效的资金类别；${hint}`,
    ]);
  });
});
