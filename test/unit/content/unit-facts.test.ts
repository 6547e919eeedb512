import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/base/problems.ts';
import { parseFacts } from '../../../src/lib/content/facts.ts';
import { UNIT_DIR, unitFactsSchema } from '../../../src/lib/content/unit-facts.ts';
import { SLUG_DIR } from '../../../src/lib/dataset/load.ts';

const FILE = 'content/2024/_unit/unit.yaml';
const parse = (text: string) => parseFacts(FILE, text, unitFactsSchema);
const messages = (text: string) => parse(text).problems.map(formatProblem);

describe('unitFactsSchema (unit.yaml)', () => {
  it('reads every key into its English field', () => {
    const r = parse(
      [
        '报告名称: 某局2024年度项目支出绩效单位自评报告',
        '单位: 某局',
        '主管部门: 某区政府',
        '单位概况: 本年度项目{项目个数}',
        '报告日期: 2025-03-25',
        '项目顺序: [b-2, a]',
        '',
      ].join('\n'),
    );
    expect(r.problems).toEqual([]);
    expect(r.value).toEqual({
      title: '某局2024年度项目支出绩效单位自评报告',
      unit: '某局',
      department: '某区政府',
      overview: '本年度项目{项目个数}',
      reportDate: '2025-03-25',
      order: ['b-2', 'a'],
    });
  });

  it('reads 不适用章节 by key or standard title, each once', () => {
    const r = parse('不适用章节: [qita, 有关建议, 其他需要说明的问题]\n');
    expect(r.problems).toEqual([]);
    expect(r.value).toEqual({ notApplicable: ['qita', 'jianyi'] });
  });

  it('accepts an empty file: every key is optional', () => {
    expect(parse('# 无\n')).toMatchObject({ value: {}, problems: [] });
  });

  it.each([
    [
      'an unknown key, at its line',
      '单位: 某局\n项目名称: 甲\n',
      [`${FILE}:2: 不认识的项：项目名称`],
    ],
    [
      'a date that is no date',
      '报告日期: 2025年3月\n',
      [`${FILE}:1: 报告日期: 应为日期，如 2025-03-15`],
    ],
    ['an empty value', '单位: ""\n', [`${FILE}:1: 单位: 不能为空`]],
    [
      'a project identifier in capitals',
      '项目顺序: [Jiean]\n',
      [`${FILE}:1: 项目顺序: 应为项目标识（小写字母、数字和连字符），如 jiean-huajie`],
    ],
    [
      'an order that is no list',
      '项目顺序: jiean\n',
      [`${FILE}:1: 项目顺序: 应为项目标识的列表，如 [xinfang-jiuzhu, jiean-huajie]`],
    ],
    ['an empty order', '项目顺序: []\n', [`${FILE}:1: 项目顺序: 至少列出一个项目标识，或删去此项`]],
    [
      'a 不适用章节 that is no section of the unit report',
      '不适用章节: [chanchu, 项目概况]\n',
      [
        `${FILE}:1: 不适用章节: 不认识的章节：chanchu、项目概况；应为 jiben（基本情况）、pingjia（绩效评价工作开展情况）、jielun（综合评价情况及评价结论）、fenxi（绩效评价指标分析）、jingyan（主要经验及做法、存在的问题及原因分析）、jianyi（有关建议）、qita（其他需要说明的问题） 之一`,
      ],
    ],
    [
      'a 不适用章节 that is no list',
      '不适用章节: qita\n',
      [`${FILE}:1: 不适用章节: 应为章节的列表，如 [qita, 有关建议]`],
    ],
    ['broken YAML', '单位: "某局\n', [`${FILE}:1: YAML 格式错误：引号或括号没有闭合`]],
  ])('refuses %s, located in Chinese', (_what, text, expected) => {
    expect(messages(text)).toEqual(expected);
  });
});

describe('UNIT_DIR', () => {
  it('can never be a project identifier', () => {
    expect(SLUG_DIR.test(UNIT_DIR)).toBe(false);
  });
});
