import { describe, expect, it } from 'vitest';
import {
  csv,
  formatted,
  QUALITATIVE_INDICATOR,
  readIndicatorRows,
  readIndicators,
} from '../support/tables.ts';
import type { IndicatorRow } from '../support/tables.ts';

const F = 'data/2024/demo/indicators.csv';

const QUANTITATIVE: IndicatorRow = {
  一级指标: '产出指标',
  二级指标: '数量指标',
  三级指标: '化解信访积案',
  指标性质: '≥',
  年度指标值: '270',
  度量单位: '件',
  分值: '20',
  计算口径: '已化解件数',
};

const QUALITATIVE = QUALITATIVE_INDICATOR;
const read = readIndicatorRows;

describe('indicators.csv records', () => {
  it('reads a computed indicator, stripping comparator and unit from the target', () => {
    const table = read({ ...QUANTITATIVE, 年度指标值: '≥270件' });
    expect(table.problems).toEqual([]);
    expect(table.records).toEqual([
      {
        line: 2,
        level1: '产出指标',
        level2: '数量指标',
        name: '化解信访积案',
        direction: '≥',
        target: '270',
        form: { kind: 'number', value: '270' },
        unit: '件',
        points: '20',
        measure: '已化解件数',
        actual: undefined,
        manualScore: undefined,
        reason: undefined,
        notApplicable: false,
      },
    ]);
  });

  it('reads a hand-entered indicator with a percentage', () => {
    const table = read({
      ...QUANTITATIVE,
      二级指标: '质量指标',
      三级指标: '重复信访率',
      指标性质: '<=',
      年度指标值: '5%',
      度量单位: '%',
      分值: '10',
      计算口径: '',
      实际完成值: '4.50%',
    });
    expect(table.problems).toEqual([]);
    expect(table.records[0]).toMatchObject({
      direction: '≤',
      target: '5',
      actual: '4.5',
      measure: undefined,
    });
  });

  it('reads a qualitative indicator with its grade and score', () => {
    const table = read({ ...QUALITATIVE, 实际完成值: '达成年度指标', 偏差原因分析及改进措施: '' });
    expect(table.problems).toEqual([]);
    expect(table.records[0]).toMatchObject({
      direction: '定性',
      target: '有效维护',
      actual: '达成',
      manualScore: '9',
      points: '10',
    });
  });

  it.each([
    ['≥', '≥'],
    ['>=', '≥'],
    ['＞＝', '≥'],
    ['≧', '≥'],
    ['≤', '≤'],
    ['<=', '≤'],
    ['≦', '≤'],
    ['=', '='],
    ['==', '='],
    [' ≥ ', '≥'],
  ])('reads 指标性质 %j as %s', (written, direction) => {
    expect(read({ ...QUANTITATIVE, 指标性质: written }).records[0]?.direction).toBe(direction);
  });

  it.each([
    [
      '一级指标',
      '绩效指标',
      '一级指标: “绩效指标”不是有效取值；应为 产出指标、成本指标、效益指标、满意度指标 之一',
    ],
    [
      '二级指标',
      '社会效益指标',
      '二级指标: “社会效益指标”不属于“产出指标”；应为 数量指标、质量指标、时效指标、成本指标 之一',
    ],
    ['三级指标', '', '三级指标: 不能为空'],
    ['指标性质', '≈', '指标性质: “≈”不是有效的指标性质；应为 ≥、≤、= 或 定性（也可写 >=、<=），不使用的指标写 不适用'],
    [
      '年度指标值',
      '二百七十',
      '年度指标值: “二百七十”不是有效数字；设置了计算口径的指标，年度指标值应为数字或区间（如 90%-100%）',
    ],
    ['分值', '0', '分值: 分值应大于 0，现为 0'],
    ['分值', '十', '分值: “十”不是有效数字'],
    ['计算口径', '', '实际完成值: 未设置计算口径时必须填写实际完成值'],
    ['得分', '21', '得分: 得分 21 应在 0 到分值 20 之间'],
    ['得分', '-1', '得分: 得分 -1 应在 0 到分值 20 之间'],
    ['实际完成值', '约270', '实际完成值: “约270”不是有效数字'],
  ])('refuses a quantitative indicator with %s = %j', (column, value, message) => {
    const table = read({ ...QUANTITATIVE, [column]: value });
    expect(formatted(table.problems)).toEqual([`${F}:2: ${message}`]);
    expect(table.records).toEqual([]);
  });

  it('accepts the 偏差原因 column under its short alias', () => {
    const table = readIndicators(
      csv(
        '一级指标,二级指标,三级指标,指标性质,年度指标值,度量单位,分值,计算口径,偏差原因',
        '产出指标,数量指标,化解信访积案,≥,270,件,90,已化解件数,个别案件跨年',
      ),
    );
    expect(table.records[0]?.reason).toBe('个别案件跨年');
  });
});

describe('indicators.csv qualitative indicators', () => {
  it.each([
    [
      '得分',
      '',
      '得分: 定性指标必须由评价人填写得分（达成 80%–100%、部分达成 60%–80%、未达成 0–60% 的分值）',
    ],
    ['实际完成值', '', '实际完成值: 定性指标必须填写实际完成值：达成、部分达成 或 未达成'],
    ['实际完成值', '差不多', '实际完成值: “差不多”不是有效的定性结果；应为 达成（达成年度指标、达成预期指标）、部分达成（基本达成、部分达成并具有一定效果）或 未达成（未达成且效果较差）'],
    ['计算口径', '化解率', '计算口径: 定性指标由评价人判断，不能设置计算口径；请清空此格'],
  ])('refuses a qualitative indicator with %s = %j', (column, value, message) => {
    const table = read({ ...QUALITATIVE, [column]: value });
    expect(formatted(table.problems)).toEqual([`${F}:2: ${message}`]);
  });
});
