/**
 * The four files of a project-year folder: each has its own name and title, and within each file
 * no header (or alias of one) can be read as two columns.
 */
import { describe, expect, it } from 'vitest';
import { columnsOf } from '../../../src/lib/read/columns.ts';
import { BUDGET, CASES, DATA_FILES, INDICATORS, SPENDING } from '../../../src/lib/dataset/specs.ts';
import {
  csv,
  formatted,
  QUALITATIVE_INDICATOR,
  readBudget,
  readIndicatorRows,
} from '../support/tables.ts';

const SPECS = [CASES, SPENDING, BUDGET, INDICATORS];

describe('the table specs', () => {
  it('name the four files of the data contract, budget first', () => {
    expect(DATA_FILES).toEqual(['budget.csv', 'cases.csv', 'spending.csv', 'indicators.csv']);
    expect(SPECS.map((s) => s.title)).toEqual([
      '信访积案台账',
      '资金拨付明细',
      '资金情况表',
      '绩效指标表',
    ]);
  });

  it.each(SPECS.map((s) => [s.fileName, s] as const))(
    '%s: every header and alias names one column only, and some columns are required',
    (_, spec) => {
      const columns = columnsOf(spec.row);
      expect(columns.length).toBeGreaterThan(3);
      const names = columns.flatMap((c) => [c.header, ...(c.aliases ?? [])]);
      expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
      expect(columns.some((c) => c.required)).toBe(true);
    },
  );

  it('check every row as a record: the record schema of a file without a row stage is its row schema', () => {
    expect(CASES.record).toBe(CASES.row);
    expect(SPENDING.record).toBe(SPENDING.row);
    expect(BUDGET.record).toBe(BUDGET.row);
    expect(INDICATORS.record).not.toBe(INDICATORS.row);
  });
});

const F = 'data/2024/demo/indicators.csv';
const QUALITATIVE = QUALITATIVE_INDICATOR;
const read = readIndicatorRows;

describe('INDICATORS reads qualitative scores within their grade band (达成 80–100 %, 部分达成 60–80 %, 未达成 0–60 %)', () => {
  it.each([
    ['达成', '10', '10'],
    ['达成', '10', '8'],
    ['部分达成', '10', '8'],
    ['部分达成', '10', '6'],
    ['未达成', '10', '6'],
    ['未达成', '10', '0'],
    ['达成', '15', '12'],
    ['部分达成', '15', '12'],
    ['部分达成', '15', '9'],
    ['部分达成', '7.5', '4.5'],
    ['达成年度指标', '10', '8.5'],
    ['部分达成并具有一定效果', '10', '7'],
    ['未达成且效果较差', '10', '5.99'],
  ])('accepts %s with %s points scored %s (band edges inclusive)', (grade, points, score) => {
    const table = read({ ...QUALITATIVE, 实际完成值: grade, 分值: points, 得分: score });
    expect(table.problems).toEqual([]);
    expect(table.records[0]?.manualScore).toBe(score);
  });

  it.each([
    ['达成', '10', '7.99', '“达成”的得分应在分值的 80%–100% 之间（8–10 分），现为 7.99'],
    ['部分达成', '10', '8.01', '“部分达成”的得分应在分值的 60%–80% 之间（6–8 分），现为 8.01'],
    ['部分达成', '10', '5.99', '“部分达成”的得分应在分值的 60%–80% 之间（6–8 分），现为 5.99'],
    ['未达成', '10', '6.01', '“未达成”的得分应在分值的 0%–60% 之间（0–6 分），现为 6.01'],
    ['部分达成', '15', '12.01', '“部分达成”的得分应在分值的 60%–80% 之间（9–12 分），现为 12.01'],
    ['部分达成', '7.5', '6.01', '“部分达成”的得分应在分值的 60%–80% 之间（4.5–6 分），现为 6.01'],
  ])(
    'refuses %s with %s points scored %s, on the 得分 cell; the row is no record',
    (grade, points, score, message) => {
      const table = read({ ...QUALITATIVE, 实际完成值: grade, 分值: points, 得分: score });
      expect(formatted(table.problems)).toEqual([`${F}:2: 得分: ${message}`]);
      expect(table.records).toEqual([]);
      expect(table.counts.invalid).toBe(1);
    },
  );

  it('refuses a score above 分值, which is also above the 达成 band', () => {
    const table = read({ ...QUALITATIVE, 得分: '11' });
    expect(formatted(table.problems)).toEqual([
      `${F}:2: 得分: 得分 11 应在 0 到分值 10 之间`,
      `${F}:2: 得分: “达成”的得分应在分值的 80%–100% 之间（8–10 分），现为 11`,
    ]);
  });

  it('reports the band together with the other problems of the row', () => {
    const table = read({ ...QUALITATIVE, 计算口径: '化解率', 得分: '5' });
    expect(formatted(table.problems)).toEqual([
      `${F}:2: 计算口径: 定性指标由评价人判断，不能设置计算口径；请清空此格`,
      `${F}:2: 得分: “达成”的得分应在分值的 80%–100% 之间（8–10 分），现为 5`,
    ]);
  });

  it.each([
    ['0', '0', '分值: 分值应大于 0，现为 0'],
    ['-5', '0', '分值: 分值应大于 0，现为 -5'],
    ['十', '9', '分值: “十”不是有效数字'],
  ])(
    'checks no band against 分值 %j (refused on its own cell), and does not throw',
    (points, score, message) => {
      const table = read({ ...QUALITATIVE, 分值: points, 得分: score });
      expect(formatted(table.problems)).toEqual([
        `${F}:2: ${message}`,
        ...(points === '-5' ? [`${F}:2: 得分: 得分 0 应在 0 到分值 -5 之间`] : []),
      ]);
    },
  );

  it('checks no band where the grade or the score is unreadable', () => {
    expect(formatted(read({ ...QUALITATIVE, 实际完成值: '差不多', 得分: '1' }).problems)).toEqual([
      `${F}:2: 实际完成值: “差不多”不是有效的定性结果；应为 达成（达成年度指标、达成预期指标）、部分达成（基本达成、部分达成并具有一定效果）或 未达成（未达成且效果较差）`,
    ]);
    expect(formatted(read({ ...QUALITATIVE, 得分: '九分' }).problems)).toEqual([
      `${F}:2: 得分: “九分”不是有效数字`,
    ]);
  });

  it('leaves a row with an unknown 指标性质 to its own error', () => {
    const table = read({ ...QUALITATIVE, 指标性质: '大约' });
    expect(formatted(table.problems)).toEqual([
      `${F}:2: 指标性质: “大约”不是有效的指标性质；应为 ≥、≤、= 或 定性（也可写 >=、<=），不使用的指标写 不适用`,
    ]);
  });

  it('checks no band on a quantitative indicator scored by hand', () => {
    const table = read({
      ...QUALITATIVE,
      指标性质: '≥',
      年度指标值: '90',
      度量单位: '%',
      实际完成值: '95',
      得分: '1',
    });
    expect(table.problems).toEqual([]);
  });
});

describe('BUDGET.inTotal', () => {
  it('reconciles a 合计 row without the 其中：中央和省级补助 lines, which are inside 本年财政拨款', () => {
    const good = readBudget(
      csv(
        '资金来源,资金类别,全年预算数(万元)',
        '上年结转资金,上年结转,7.15',
        '本年财政拨款,本年财政拨款,50',
        '中央和省级补助资金,其中：中央和省级补助,20',
        '合计,,57.15',
      ),
    );
    expect(good.problems).toEqual([]);
    expect(good.counts.total).toBe(1);
    const counted = readBudget(
      csv(
        '资金来源,资金类别,全年预算数(万元)',
        '本年财政拨款,,50',
        '中央,中央和省级补助,20',
        '合计,,70',
      ),
    );
    expect(formatted(counted.problems)).toEqual([
      'data/2024/demo/budget.csv:4: 全年预算数(万元): 合计行为 700,000.00 元，逐行相加为 500,000.00 元，相差 200,000.00 元；请核对合计行或明细',
    ]);
  });
});
