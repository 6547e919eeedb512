import { describe, expect, it } from 'vitest';
import { csv, formatted, readBudget } from '../support/tables.ts';

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
