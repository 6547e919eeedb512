/** plausibility(spending, budget): figures that are possible but suspicious are warned about. */
import { describe, expect, it } from 'vitest';
import { plausibility } from '../../../src/lib/dataset/plausibility.ts';
import { placeSources } from '../../../src/lib/model/standard-funding.ts';
import {
  BUDGET_HEADER,
  csv,
  formatted,
  readBudget,
  readSpending,
  SPENDING_HEADER,
  VALID,
} from '../support/tables.ts';

const D = 'data/2024/demo';
const check = (spending: string, budget: string) =>
  formatted(plausibility(readSpending(spending), readBudget(budget)));
const BUDGET_NO_EXECUTED = '资金来源,年初预算数(万元),全年预算数(万元)';

describe('plausibility(spending, budget)', () => {
  it('finds nothing unusual in an ordinary year', () => {
    expect(check(VALID.spending, VALID.budget)).toEqual([]);
  });

  it.each([
    [
      'more refunds than payments: a negative total',
      csv(
        SPENDING_HEADER,
        'P01,2024-02-10,,本年财政拨款,100,',
        'P02,2024-03-10,,本年财政拨款,-300,冲减',
      ),
      csv(BUDGET_NO_EXECUTED, '本年财政拨款,1,1'),
      [
        `${D}/spending.csv: 拨付金额合计为 -200.00 元，是负数：冲减多于拨付。请核对冲减行的金额和正负号`,
      ],
    ],
    [
      'spending from a source whose budget is zero',
      csv(SPENDING_HEADER, 'P01,2024-02-10,,本年财政拨款,100,'),
      csv(BUDGET_NO_EXECUTED, '本年财政拨款,0,0'),
      [
        `${D}/budget.csv:2: 全年预算数(万元): “本年财政拨款”的全年预算数为 0，但拨付明细中该来源支出 100.00 元；请核对全年预算数（预算调整后的数）`,
      ],
    ],
    [
      'a source over its budget, and the total over the whole budget',
      csv(SPENDING_HEADER, 'P01,2024-02-10,,本年财政拨款,"10,000.01",'),
      csv(BUDGET_NO_EXECUTED, '本年财政拨款,1,1'),
      [
        `${D}/budget.csv:2: 全年预算数(万元): “本年财政拨款”的执行率为 100.01%，超过 100%：支出 10,000.01 元多于全年预算数 10,000.00 元；请核对全年预算数是否已按预算调整更新`,
        `${D}/budget.csv: 预算执行率合计为 100.01%，超过 100%：支出合计 10,000.01 元多于全年预算数合计 10,000.00 元（预算执行得分按 100% 封顶）`,
      ],
    ],
    [
      'a source over budget by one fen, shown above 100.00%',
      csv(
        SPENDING_HEADER,
        'P01,2024-02-10,,本年财政拨款,"1,000,000.01",',
        'P02,2024-02-10,,上年结转资金,0,',
      ),
      csv(BUDGET_NO_EXECUTED, '本年财政拨款,100,100', '上年结转资金,1,1'),
      [
        `${D}/budget.csv:2: 全年预算数(万元): “本年财政拨款”的执行率为 100.01%，超过 100%：支出 1,000,000.01 元多于全年预算数 1,000,000.00 元；请核对全年预算数是否已按预算调整更新`,
      ],
    ],
    [
      'exactly the budget: nothing',
      csv(SPENDING_HEADER, 'P01,2024-02-10,,本年财政拨款,"10,000",'),
      csv(BUDGET_NO_EXECUTED, '本年财政拨款,1,1'),
      [],
    ],
  ])('%s', (_, spending, budget, expected) => {
    expect(check(spending, budget)).toEqual(expected);
    expect(
      plausibility(readSpending(spending), readBudget(budget)).every(
        (p) => p.severity === 'warning',
      ),
    ).toBe(true);
  });

  it('counts a 其中 line inside its 本年财政拨款 line, not again in the total', () => {
    const budget = readBudget(
      csv(
        '资金来源,资金类别,全年预算数(万元)',
        '本年财政拨款,,0.1',
        '中央,其中：中央和省级补助,0.05',
      ),
    );
    const spending = readSpending(
      csv(SPENDING_HEADER, 'P01,2024-02-10,,本年财政拨款,600,', 'P02,2024-02-11,,中央,500,'),
    );
    const { places } = placeSources(budget.records);
    // 1,100.00 元 of the 1,000.00 元 本年财政拨款 (its part included): over 100 %, said once per line.
    expect(formatted(plausibility(spending, budget, places))).toEqual([
      `${D}/budget.csv:2: 全年预算数(万元): “本年财政拨款”的执行率为 110.00%，超过 100%：支出 1,100.00 元多于全年预算数 1,000.00 元；请核对全年预算数是否已按预算调整更新`,
      `${D}/budget.csv: 预算执行率合计为 110.00%，超过 100%：支出合计 1,100.00 元多于全年预算数合计 1,000.00 元（预算执行得分按 100% 封顶）`,
    ]);
  });

  it('says nothing while a file has errors (they are reported instead)', () => {
    expect(
      check(
        csv(SPENDING_HEADER, 'P01,2024-02-10,,本年财政拨款,abc,'),
        csv(BUDGET_HEADER, '本年财政拨款,0,0,0'),
      ),
    ).toEqual([]);
  });
});
