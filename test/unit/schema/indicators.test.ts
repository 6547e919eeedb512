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
    [
      '指标性质',
      '≈',
      '指标性质: “≈”不是有效的指标性质；应为 ≥、≤、= 或 定性（也可写 >=、<=），不使用的指标写 不适用',
    ],
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
    [
      '实际完成值',
      '差不多',
      '实际完成值: “差不多”不是有效的定性结果；应为 达成（达成年度指标、达成预期指标）、部分达成（基本达成、部分达成并具有一定效果）或 未达成（未达成且效果较差）',
    ],
    ['计算口径', '化解率', '计算口径: 定性指标由评价人判断，不能设置计算口径；请清空此格'],
  ])('refuses a qualitative indicator with %s = %j', (column, value, message) => {
    const table = read({ ...QUALITATIVE, [column]: value });
    expect(formatted(table.problems)).toEqual([`${F}:2: ${message}`]);
  });
});

describe('indicators.csv forms of real tables', () => {
  const HAND: IndicatorRow = { ...QUANTITATIVE, 计算口径: '' };

  it.each([
    ['达成预期指标', '达成'],
    ['达成年度指标', '达成'],
    ['达成', '达成'],
    ['基本达成', '部分达成'],
    ['部分达成并具有一定效果', '部分达成'],
    ['未达成且效果较差', '未达成'],
  ])('reads the 定性 result %j as %s', (written, grade) => {
    const score = grade === '达成' ? '9' : grade === '部分达成' ? '7' : '3';
    const table = read({
      ...QUALITATIVE,
      实际完成值: written,
      得分: score,
      偏差原因分析及改进措施: '说明',
    });
    expect(table.problems).toEqual([]);
    expect(table.records[0]?.actual).toBe(grade);
  });

  it.each([
    ['90%-100%', '', { kind: 'range', low: '90', high: '100' }],
    ['[90,100]', '%', { kind: 'range', low: '90', high: '100' }],
    ['90-100', '%', { kind: 'range', low: '90', high: '100' }],
  ])('reads the range %j with a measure', (target, unit, form) => {
    const table = read({
      ...QUANTITATIVE,
      指标性质: '=',
      年度指标值: target.includes(',') ? `"${target}"` : target,
      度量单位: unit,
      计算口径: '化解率',
    });
    expect(table.problems).toEqual([]);
    expect(table.records[0]).toMatchObject({ form, target, unit: '%' });
  });

  it.each([
    ['≥270件', '件', '270'],
    ['100%', '%', '100'],
    ['≤30万元', '万元', '30'],
  ])('takes the unit from the target %j when 度量单位 is blank', (target, unit, value) => {
    const direction = target.startsWith('≤') ? '≤' : '≥';
    const table = read({
      ...HAND,
      指标性质: direction,
      年度指标值: target,
      度量单位: '',
      实际完成值: value,
    });
    expect(table.problems).toEqual([]);
    expect(table.records[0]).toMatchObject({ target: value, unit, actual: value });
  });

  it.each([
    ['2024年12月31日前', '2024年12月20日', '2024-12-20'],
    ['12月底前', '2024-12-31', '2024-12-31'],
    ['按时', '是', '是'],
    ['2024年12月31日前', '否', '否'],
  ])('reads the time target %j with 实际完成值 %j', (target, actual, read_) => {
    const table = read({
      ...HAND,
      二级指标: '时效指标',
      指标性质: '=',
      年度指标值: target,
      度量单位: '',
      实际完成值: actual,
    });
    expect(table.problems).toEqual([]);
    expect(table.records[0]).toMatchObject({ target, actual: read_ });
  });

  it.each([
    [
      { 年度指标值: '按时', 实际完成值: '2024-12-01' },
      '实际完成值: 年度指标值为“按时”时，实际完成值应为 是 或 否（没有截止日期可与日期比较）',
    ],
    [
      { 年度指标值: '12月底前', 实际完成值: '很快' },
      '实际完成值: “很快”不是有效的完成情况；时效指标的实际完成值应为完成日期（如 2024年12月20日）或 是/否',
    ],
    [
      { 年度指标值: '12月底前', 计算口径: '化解率' },
      '年度指标值: “12月底前”不是有效数字；设置了计算口径的指标，年度指标值应为数字或区间（如 90%-100%）',
    ],
  ])('refuses a time indicator %o', (fields, message) => {
    const table = read({ ...HAND, 二级指标: '时效指标', 度量单位: '', ...fields });
    expect(formatted(table.problems)).toEqual([`${F}:2: ${message}`]);
  });

  it('reads a word target under ≥ with a hand result and score', () => {
    const table = read({
      ...HAND,
      一级指标: '效益指标',
      二级指标: '社会效益指标',
      年度指标值: '持续改善',
      度量单位: '',
      实际完成值: '信访秩序明显好转',
      得分: '9',
    });
    expect(table.problems).toEqual([]);
    expect(table.records[0]).toMatchObject({
      form: { kind: 'text' },
      target: '持续改善',
      actual: '信访秩序明显好转',
      manualScore: '9',
    });
  });

  it('requires a hand score for a word target', () => {
    const table = read({ ...HAND, 年度指标值: '有效', 度量单位: '', 实际完成值: '有效' });
    expect(formatted(table.problems)).toEqual([
      `${F}:2: 得分: 年度指标值“有效”不是数字、区间或日期，按文字目标由评价人判断；必须填写得分`,
    ]);
  });

  it.each([
    ['成本指标', '经济成本指标'],
    ['成本指标', '社会成本指标'],
    ['成本指标', '生态环境成本指标'],
    ['产出指标', '成本指标'],
    ['效益指标', '可持续影响指标'],
    ['满意度指标', '服务对象满意度指标'],
  ])('accepts %s → %s', (level1, level2) => {
    const table = read({ ...HAND, 一级指标: level1, 二级指标: level2, 实际完成值: '270' });
    expect(table.problems).toEqual([]);
  });

  it('refuses a second level of the other framework under 成本指标', () => {
    const table = read({ ...HAND, 一级指标: '成本指标', 二级指标: '数量指标', 实际完成值: '270' });
    expect(formatted(table.problems)).toEqual([
      `${F}:2: 二级指标: “数量指标”不属于“成本指标”；应为 经济成本指标、社会成本指标、生态环境成本指标 之一`,
    ]);
  });

  it.each([{ 实际完成值: '不适用' }, { 指标性质: '不适用' }, { 实际完成值: '', 计算口径: '' }])(
    'reads an indicator marked 不适用 (%o) as dropped, with no further checks',
    (fields) => {
      const header = `${['一级指标', '二级指标', '三级指标', '指标性质', '年度指标值', '度量单位', '分值', '计算口径', '实际完成值', '指标状态'].join(',')}`;
      const row = { ...QUANTITATIVE, 年度指标值: '不涉及', 计算口径: '', 指标状态: '', ...fields };
      if (fields.实际完成值 === '') row.指标状态 = '不适用';
      const columns = header.split(',');
      const table = readIndicators(
        csv(header, columns.map((c) => row[c as keyof typeof row] ?? '').join(',')),
      );
      expect(table.problems).toEqual([]);
      expect(table.records[0]).toMatchObject({
        notApplicable: true,
        actual: '不适用',
        points: '20',
      });
    },
  );
});

describe('indicators.csv hostile forms', () => {
  const HAND: IndicatorRow = { ...QUANTITATIVE, 计算口径: '', 度量单位: '', 实际完成值: '95' };

  it.each([
    [
      { 年度指标值: '100%-90%' },
      '年度指标值: “100%-90%”：区间的下限大于上限；应先写小的数，如 90-100',
    ],
    // A hand score does not make a reversed range a word target.
    [
      { 年度指标值: '100%-90%', 得分: '18' },
      '年度指标值: “100%-90%”：区间的下限大于上限；应先写小的数，如 90-100',
    ],
    [
      { 年度指标值: '100%-90%', 计算口径: '化解率', 实际完成值: '' },
      '年度指标值: “100%-90%”：区间的下限大于上限；应先写小的数，如 90-100',
    ],
    [
      { 年度指标值: '"[90,100)"', 度量单位: '%' },
      '年度指标值: “[90,100)”：区间的两端都包含在内，应写成 [90,100] 或 90-100；不支持半开或开区间',
    ],
    [
      { 年度指标值: '"(90,100]"', 度量单位: '%' },
      '年度指标值: “(90,100]”：区间的两端都包含在内，应写成 [90,100] 或 90-100；不支持半开或开区间',
    ],
    [
      { 二级指标: '时效指标', 年度指标值: '2024年13月31日前', 实际完成值: '2024-12-01' },
      '年度指标值: “2024年13月31日前”不是存在的日期；请核对月、日（月份 1–12，日不超过该月天数）',
    ],
    [
      { 二级指标: '时效指标', 年度指标值: '2月30日前', 实际完成值: '2024-02-01', 得分: '20' },
      '年度指标值: “2月30日前”不是存在的日期；请核对月、日（月份 1–12，日不超过该月天数）',
    ],
  ])('refuses the slip %o at 年度指标值, once', (fields, message) => {
    const table = read({ ...HAND, 指标性质: '=', ...fields });
    expect(formatted(table.problems)).toEqual([`${F}:2: ${message}`]);
  });

  it.each([
    ['≤', '90%-100%', '≤100'],
    ['≥', '[90,100]', '≥90'],
  ])(
    'refuses 指标性质 %s with the range %j, naming the single target meant',
    (dir, target, hint) => {
      const table = read({
        ...HAND,
        指标性质: dir,
        年度指标值: target.includes(',') ? `"${target}"` : target,
        度量单位: '%',
      });
      expect(formatted(table.problems)).toEqual([
        `${F}:2: 指标性质: 年度指标值“${target}”是区间（两端都包含），指标性质应为 =；只要求不低于或不高于某值时，年度指标值只写一个数，如 ${hint}`,
      ]);
    },
  );

  it('refuses a score beside 不适用, which would be silently dropped', () => {
    const table = read({ ...HAND, 实际完成值: '不适用', 得分: '20' });
    expect(formatted(table.problems)).toEqual([
      `${F}:2: 得分: 标为不适用的指标不评分，其分值按比例分给其他指标；请清空得分，或删去“不适用”`,
    ]);
  });

  it.each(['达成预期指标  ', '达成预期指标　', ' 基本 达成 ', '\t未达成且效果较差'])(
    'reads the 定性 result %j despite spaces, full-width ones included',
    (written) => {
      const grade = written.includes('未')
        ? '未达成'
        : written.includes('基本')
          ? '部分达成'
          : '达成';
      const score = grade === '达成' ? '9' : grade === '部分达成' ? '7' : '3';
      const table = read({
        ...QUALITATIVE,
        实际完成值: `"${written}"`,
        得分: score,
        偏差原因分析及改进措施: '说明',
      });
      expect(table.problems).toEqual([]);
      expect(table.records[0]?.actual).toBe(grade);
    },
  );

  it.each(['达成。', '達成', '达成了'])(
    'refuses the 定性 result %j, listing the wordings',
    (written) => {
      const table = read({ ...QUALITATIVE, 实际完成值: written });
      expect(formatted(table.problems)).toEqual([
        `${F}:2: 实际完成值: “${written}”不是有效的定性结果；应为 达成（达成年度指标、达成预期指标）、部分达成（基本达成、部分达成并具有一定效果）或 未达成（未达成且效果较差）`,
      ]);
    },
  );
});
