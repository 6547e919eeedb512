import { describe, expect, it } from 'vitest';
import { csv, formatted, INDICATORS_HEADER, readIndicators } from '../support/tables.ts';

const F = 'data/2024/demo/indicators.csv';
const COLUMNS = INDICATORS_HEADER.split(',');

type Row = Partial<Record<string, string>>;

const QUANTITATIVE: Row = {
  一级指标: '产出指标',
  二级指标: '数量指标',
  三级指标: '化解信访积案',
  指标性质: '≥',
  年度指标值: '270',
  度量单位: '件',
  分值: '20',
  计算口径: '已化解件数',
};

const QUALITATIVE: Row = {
  一级指标: '效益指标',
  二级指标: '社会效益指标',
  三级指标: '维护社会和谐稳定',
  指标性质: '定性',
  年度指标值: '有效维护',
  分值: '10',
  实际完成值: '达成',
  得分: '9',
};

function read(...rows: Row[]) {
  return readIndicators(
    csv(INDICATORS_HEADER, ...rows.map((r) => COLUMNS.map((c) => r[c] ?? '').join(','))),
  );
}

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
        unit: '件',
        points: '20',
        measure: '已化解件数',
        actual: undefined,
        manualScore: undefined,
        reason: undefined,
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
      '一级指标: “绩效指标”不是有效取值；应为 产出指标、效益指标、满意度指标 之一',
    ],
    [
      '二级指标',
      '社会效益指标',
      '二级指标: “社会效益指标”不属于“产出指标”；应为 数量指标、质量指标、时效指标、成本指标 之一',
    ],
    ['三级指标', '', '三级指标: 不能为空'],
    ['指标性质', '≈', '指标性质: “≈”不是有效的指标性质；应为 ≥、≤、= 或 定性（也可写 >=、<=）'],
    ['年度指标值', '二百七十', '年度指标值: “二百七十”不是有效数字'],
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

describe('indicators.csv qualitative bands (达成 80–100 %, 部分达成 60–80 %, 未达成 0–60 %)', () => {
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
  ])('refuses %s with %s points scored %s', (grade, points, score, message) => {
    const table = read({ ...QUALITATIVE, 实际完成值: grade, 分值: points, 得分: score });
    expect(formatted(table.problems)).toEqual([`${F}:2: 得分: ${message}`]);
  });

  it.each([
    [
      '得分',
      '',
      '得分: 定性指标必须由评价人填写得分（达成 80%–100%、部分达成 60%–80%、未达成 0–60% 的分值）',
    ],
    ['实际完成值', '', '实际完成值: 定性指标必须填写实际完成值：达成、部分达成 或 未达成'],
    [
      '实际完成值',
      '基本达成',
      '实际完成值: “基本达成”不是有效的定性结果；应为 达成、部分达成 或 未达成',
    ],
    ['计算口径', '化解率', '计算口径: 定性指标由评价人判断，不能设置计算口径；请清空此格'],
  ])('refuses a qualitative indicator with %s = %j', (column, value, message) => {
    const table = read({ ...QUALITATIVE, [column]: value });
    expect(formatted(table.problems)).toEqual([`${F}:2: ${message}`]);
  });

  it('refuses a score above 分值, which is also above the 达成 band', () => {
    const table = read({ ...QUALITATIVE, 得分: '11' });
    expect(formatted(table.problems)).toEqual([
      `${F}:2: 得分: 得分 11 应在 0 到分值 10 之间`,
      `${F}:2: 得分: “达成”的得分应在分值的 80%–100% 之间（8–10 分），现为 11`,
    ]);
  });
});
