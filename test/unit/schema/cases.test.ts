import { describe, expect, it } from 'vitest';
import { CASES_HEADER, csv, formatted, readCases } from '../support/tables.ts';

const F = 'data/2024/demo/cases.csv';
const COLUMNS = CASES_HEADER.split(',');

/** One cases.csv row from the valid one, with some columns replaced by name. */
function row(changes: Record<string, string> = {}): string {
  const base: Record<string, string> = {
    案件编号: 'A01',
    信访人: '罗某厚',
    信访人编号: 'P1',
    责任单位: '东城街道',
    问题类别: '征地拆迁',
    登记日期: '2024-01-05',
    办结日期: '2024-02-01',
    化解状态: '已化解',
    息诉罢访: '是',
    满意度: '满意',
  };
  return COLUMNS.map((c) => changes[c] ?? base[c] ?? '').join(',');
}

const read = (...rows: string[]) => readCases(csv(CASES_HEADER, ...rows));

describe('cases.csv records', () => {
  it('reads a full row', () => {
    expect(read(row()).records).toEqual([
      {
        line: 2,
        caseId: 'A01',
        petitioner: '罗某厚',
        petitionerId: 'P1',
        unit: '东城街道',
        category: '征地拆迁',
        registered: '2024-01-05',
        closed: '2024-02-01',
        status: '已化解',
        settled: true,
        satisfaction: '满意',
      },
    ]);
  });

  it('reads the minimal columns under their aliases, with the defaults of blank cells', () => {
    const table = readCases(
      csv(
        '案件编号,信访人,所属街镇,问题类别,受理日期,化解日期,化解状态,签订息诉罢访协议,满意度,包案领导,备注',
        'A01,罗某,南山镇,涉法涉诉,2021-06-30,,化解中,,,副区长 王某,"历史积案,跨年"',
      ),
    );
    expect(table.problems).toEqual([]);
    expect(table.records).toEqual([
      {
        line: 2,
        caseId: 'A01',
        petitioner: '罗某',
        unit: '南山镇',
        category: '涉法涉诉',
        leader: '副区长 王某',
        registered: '2021-06-30',
        status: '化解中',
        settled: false,
        satisfaction: '未评价',
        note: '历史积案,跨年',
      },
    ]);
  });

  it.each([
    ['案件编号', '', '案件编号: 不能为空'],
    ['信访人', '', '信访人: 不能为空'],
    ['责任单位', '', '责任单位: 不能为空'],
    ['问题类别', ' ', '问题类别: 不能为空'],
    ['登记日期', '', '登记日期: 不能为空'],
    ['登记日期', '2024-02-30', '登记日期: 日期“2024-02-30”不存在；请核对年、月、日'],
    ['办结日期', '2024年13月1日', '办结日期: 日期“2024年13月1日”不存在；请核对年、月、日'],
    ['办结日期', '', '办结日期: 化解状态为“已化解”时必须填写办结日期'],
    [
      '办结日期',
      '2024-01-04',
      '办结日期: 办结日期 2024-01-04 早于登记日期 2024-01-05；办结日期不能早于登记日期',
    ],
    ['化解状态', '已办结', '化解状态: “已办结”不是有效取值；应为 已化解、化解中、未化解 之一'],
    ['化解状态', '', '化解状态: 不能为空'],
    [
      '息诉罢访',
      '不详',
      '息诉罢访: “不详”不是有效取值；应为 是 或 否（也可写 Y/N、√，空白表示否）',
    ],
    ['满意度', '很满意', '满意度: “很满意”不是有效取值；应为 满意、基本满意、不满意、未评价 之一'],
  ])('refuses %s = %j', (column, value, message) => {
    const table = read(row({ [column]: value }));
    expect(formatted(table.problems)).toEqual([`${F}:2: ${message}`]);
    expect(table.records).toEqual([]);
  });

  it.each([
    ['a 办结日期 on the 登记日期', { 办结日期: '2024-01-05' }],
    ['an unresolved case without 办结日期', { 化解状态: '未化解', 办结日期: '' }],
    ['a backlog case registered years ago', { 登记日期: '2019/3/5' }],
    ['any date form', { 登记日期: '2024年1月5日', 办结日期: '20240201' }],
  ])('accepts %s', (_, changes) => {
    const table = read(row(changes));
    expect(table.problems).toEqual([]);
    expect(table.records).toHaveLength(1);
  });

  it.each([
    ['是', true],
    ['Y', true],
    ['√', true],
    ['否', false],
    ['N', false],
    ['', false],
  ])('reads 息诉罢访 %j as %s', (value, settled) => {
    expect(read(row({ 息诉罢访: value })).records[0]?.settled).toBe(settled);
  });

  it.each(['满意', '基本满意', '不满意', '未评价'])('reads 满意度 %s', (value) => {
    expect(read(row({ 满意度: value })).records[0]?.satisfaction).toBe(value);
  });

  it('refuses a file without the required columns, naming each with its aliases', () => {
    const table = readCases(csv('案件编号,信访人', 'A01,罗某厚'));
    expect(formatted(table.problems)).toEqual([
      `${F}:1: 责任单位: 缺少必需的列：应有 “责任单位” 或 “所属街镇” 或 “责任单位(街镇)”`,
      `${F}:1: 问题类别: 缺少必需的列：应有 “问题类别”`,
      `${F}:1: 登记日期: 缺少必需的列：应有 “登记日期” 或 “受理日期”`,
      `${F}:1: 化解状态: 缺少必需的列：应有 “化解状态”`,
    ]);
  });
});
