/**
 * projectFactsSchema through parseFacts(): 章节标题, 资金来源对应 and 主要数据 in project.yaml, each
 * mistake refused in Chinese at the line of its key.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/base/problems.ts';
import { parseFacts } from '../../../src/lib/content/facts.ts';
import { layoutHeading, numberedHeading, SECTIONS } from '../../../src/lib/report/outline.ts';
import {
  projectFactsDataSchema,
  projectFactsSchema,
  siteFactsDataSchema,
  siteFactsSchema,
} from '../../../src/lib/content/facts-schema.ts';
import { keyOrder } from '../support/keys.ts';

const FILE = 'content/2024/x/project.yaml';
const parse = (text: string) =>
  parseFacts(FILE, `项目名称: 信访积案化解专项资金\n${text}`, projectFactsSchema);
const messages = (text: string) => parse(text).problems.map(formatProblem);
const section = (key: string) => {
  const found = SECTIONS.find((s) => s.key === key);
  if (!found) throw new Error(`no section ${key}`);
  return found;
};

describe('project.yaml 章节标题', () => {
  it('renames sections by key or by standard title; the numbering stays', () => {
    const { value, problems } = parse(
      '章节标题:\n  jiben: 预算支出基本情况\n  项目过程情况: 预算执行过程情况\n',
    );
    expect(problems).toEqual([]);
    expect(value?.headings).toEqual({ jiben: '预算支出基本情况', guocheng: '预算执行过程情况' });
    expect(numberedHeading(section('jiben'), value?.headings)).toBe('一、预算支出基本情况');
    expect(numberedHeading(section('guocheng'), value?.headings)).toBe('（二）预算执行过程情况');
    expect(numberedHeading(section('jianyi'), value?.headings)).toBe('六、有关建议');
    expect(numberedHeading(section('jianyi'))).toBe('六、有关建议');
  });

  it.each([
    [
      'an unknown section',
      '章节标题:\n  jibenn: 基本\n',
      /不认识的章节：jibenn；应为 jiben（基本情况）/,
      2,
    ],
    ['an empty heading', '章节标题:\n  jiben: ""\n', /不能为空/, 3],
    ['a list instead of a map', '章节标题:\n  - 基本情况\n', /应为“章节: 标题”的列表/, 2],
    ['a number', '章节标题: 3\n', /应为“章节: 标题”的列表/, 2],
    ['a nested map', '章节标题:\n  jiben:\n    a: b\n', /.+/, 4],
  ])('refuses %s, located at the entry of 章节标题', (_, text, message, line) => {
    const { value, problems } = parse(text);
    expect(value).toBeUndefined();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: FILE, line, column: '章节标题', severity: 'error' });
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
  });

  it('renames the sub-headings the layout writes under 一 (项目概况, 项目绩效目标)', () => {
    const { value, problems } = parse(
      '章节标题:\n  gaikuang: 预算支出概况\n  项目绩效目标: 预算支出绩效目标\n',
    );
    expect(problems).toEqual([]);
    expect(layoutHeading('gaikuang', value?.headings)).toBe('（一）预算支出概况');
    expect(layoutHeading('mubiao', value?.headings)).toBe('（二）预算支出绩效目标');
    expect(layoutHeading('mubiao')).toBe('（二）项目绩效目标');
    expect(() => layoutHeading('jiben')).toThrow();
  });

  it('lets a __proto__ key change nothing', () => {
    const { value } = parse('章节标题:\n  __proto__:\n    jiben: x\n');
    expect(value?.headings ?? {}).toEqual({});
    expect(numberedHeading(section('jiben'), value?.headings)).toBe('一、基本情况');
    expect(({} as Record<string, unknown>)['jiben']).toBeUndefined();
  });
});

describe('project.yaml 资金来源对应', () => {
  it('maps a source to a standard row', () => {
    const { value, problems } = parse('资金来源对应:\n  区财政: 当年财政拨款\n  配套: 其他资金\n');
    expect(problems).toEqual([]);
    expect(value?.fundingSources).toEqual({ 区财政: '当年财政拨款', 配套: '其他资金' });
  });

  it.each([
    [
      'a row that is not standard',
      '资金来源对应:\n  区财政: 本年财政拨款\n',
      /应为 当年财政拨款、上年结转资金、其他资金 之一/,
      3,
    ],
    ['an empty row', '资金来源对应:\n  区财政:\n', /应为 当年财政拨款/, 3],
    ['a list', '资金来源对应:\n  - 区财政\n', /应为“资金来源: 标准行”的列表/, 2],
  ])('refuses %s, located at the entry of 资金来源对应', (_, text, message, line) => {
    const { value, problems } = parse(text);
    expect(value).toBeUndefined();
    expect(problems[0]).toMatchObject({ file: FILE, line, column: '资金来源对应' });
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
  });
});

describe('parseFacts(file, text, projectFactsSchema) on 主要数据', () => {
  it('reads a list of measure names, flow or block style', () => {
    expect(parse('主要数据: [已化解件数, 化解率]\n').value?.mainMeasures).toEqual([
      '已化解件数',
      '化解率',
    ]);
    expect(parse('主要数据:\n  - 满意率\n  - 预算执行率\n').value?.mainMeasures).toEqual([
      '满意率',
      '预算执行率',
    ]);
  });

  it.each([
    ['an unknown name', '主要数据: [已化解件数, 化解律]\n', '不认识的计算口径“化解律”'],
    ['a single name instead of a list', '主要数据: 化解率\n', '应为计算口径的列表'],
    ['an empty list', '主要数据: []\n', '至少列出一个计算口径'],
    ['a number in the list', '主要数据: [化解率, 3]\n', '应为一段文字'],
    ['a nested map', '主要数据:\n  化解率: 1\n', '应为计算口径的列表'],
    [
      'a name with spaces around it is not trimmed into a match',
      '主要数据: [" 化解率x"]\n',
      '不认识的计算口径',
    ],
  ])('refuses %s at the line of the key', (_, text, message) => {
    const [problem] = messages(text);
    expect(problem).toContain(`${FILE}:2:`);
    expect(problem).toContain('主要数据');
    expect(problem).toContain(message);
  });
});

describe('parseFacts(file, text, projectFactsSchema) on 公开列', () => {
  it('reads the free-text ledger columns to publish; an always-published name is taken as said', () => {
    expect(parse('公开列: [包案领导, 用途]\n').value?.publicColumns).toEqual(['包案领导', '用途']);
    expect(parse('公开列:\n  - 备注\n  - 案件编号\n  - 备注\n').value?.publicColumns).toEqual([
      '备注',
    ]);
    expect(parse('公开列: []\n').value?.publicColumns).toEqual([]);
    expect(parse('').value?.publicColumns).toBeUndefined();
  });

  it.each([
    [
      'a column that does not exist',
      '公开列: [包案领导, 联系电话]\n',
      '台账中没有可公开的列“联系电话”；公开列只能列出 包案领导、备注、用途、审批文号',
    ],
    ['信访人编号', '公开列: [信访人编号]\n', '信访人编号不公开'],
    ['a single name instead of a list', '公开列: 备注\n', '应为列名的列表'],
    ['a map', '公开列:\n  备注: 是\n', '应为列名的列表'],
  ])('refuses %s at its line', (_, text, message) => {
    const [problem, ...rest] = messages(text);
    expect(rest).toEqual([]);
    expect(problem).toContain(`${FILE}:2:`);
    expect(problem).toContain('公开列');
    expect(problem).toContain(message);
  });
});

const yaml = {
  项目名称: '信访积案化解专项资金',
  实施单位: '示例区信访局',
  报告日期: '2025-03-15',
  按期办结天数: 60,
  章节标题: { 基本情况: '预算支出基本情况' },
  资金来源对应: { 区财政: '当年财政拨款' },
  主要数据: ['已化解件数', '化解率'],
};

describe('projectFactsDataSchema', () => {
  it('parses what projectFactsSchema reads project.yaml into, unchanged, keys in order', () => {
    const facts = projectFactsSchema.parse(yaml);
    expect(facts.headings).toEqual({ jiben: '预算支出基本情况' });
    const parsed = projectFactsDataSchema.parse(facts);
    expect(parsed).toStrictEqual(facts);
    expect(keyOrder(parsed)).toEqual(keyOrder(facts));
  });

  it.each([
    ['project.yaml’s own Chinese keys', yaml, ''],
    ['no name', { unit: '示例区信访局' }, 'name'],
    ['a report date that is no date', { name: 'x', reportDate: '2025年3月15日' }, 'reportDate'],
    [
      'a funding source under no standard row',
      { name: 'x', fundingSources: { 区财政: '其他' } },
      'fundingSources.区财政',
    ],
  ])('refuses %s, at its path', (_what, value, path) => {
    const result = projectFactsDataSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});

describe('siteFactsDataSchema', () => {
  it('parses what siteFactsSchema reads site.yaml into, and refuses site.yaml itself', () => {
    const facts = siteFactsSchema.parse({ 单位: '示例区信访局' });
    expect(siteFactsDataSchema.parse(facts)).toStrictEqual({
      bureau: '示例区信访局',
      title: '示例区信访局项目支出绩效自评',
    });
    expect(siteFactsDataSchema.safeParse({ 单位: '示例区信访局' }).success).toBe(false);
    expect(siteFactsDataSchema.safeParse({ bureau: '', title: 't' }).success).toBe(false);
  });
});

describe('project.yaml 报告标题, 生成项目概况 and 不适用章节', () => {
  it('reads the three, sections by key or standard title', () => {
    const { value, problems } = parse(
      '报告标题: 2023年度信访局积案化解专项资金绩效自评报告\n生成项目概况: 否\n不适用章节: [qita, 有关建议]\n',
    );
    expect(problems).toEqual([]);
    expect(value).toMatchObject({
      title: '2023年度信访局积案化解专项资金绩效自评报告',
      generatedOverview: false,
      notApplicable: ['qita', 'jianyi'],
    });
  });

  it.each([
    ['生成项目概况: 也许\n', '生成项目概况', /应为 是 或 否/],
    ['生成项目概况: true\n', undefined, undefined],
    ['不适用章节: [其它]\n', '不适用章节', /不认识的章节：其它/],
    ['不适用章节: qita\n', '不适用章节', /应为章节的列表/],
    ['报告标题: ""\n', '报告标题', /不能为空/],
  ])('checks %j', (text, column, message) => {
    const { problems } = parse(text);
    if (column === undefined) return expect(problems).toEqual([]);
    expect(problems[0]).toMatchObject({ file: FILE, line: 2, column, severity: 'error' });
    expect(problems.map((p) => p.message).join('\n')).toMatch(message ?? /./);
  });
});

describe('project.yaml titles and names, written to get past the report', () => {
  it.each([
    ['报告标题: <script>alert(1)</script>报告\n', '报告标题', 'HTML 或 MDX 标记'],
    ['报告标题: 报告<b>加粗</b>\n', '报告标题', 'HTML 或 MDX 标记'],
    ['报告标题: "报告<Measure name=\\"化解率\\" />"\n', '报告标题', 'HTML 或 MDX 标记'],
    ['报告标题: "报告{1+1}"\n', '报告标题', '花括号'],
    ['报告标题: 报告{资金支出总额}\n', '报告标题', '占位符和表达式不会替换'],
    ['报告标题: |\n  第一行\n  第二行\n', '报告标题', '应写在一行内'],
    [`报告标题: ${'长'.repeat(101)}\n`, '报告标题', '不能超过 100 个字（现为 101 个字）'],
  ])('refuses %j at its line', (text, column, message) => {
    const { problems, value } = parse(text);
    expect(value).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: 2, column, severity: 'error' });
    expect(problems[0]?.message).toContain(message);
  });

  it('refuses a 项目名称 in markup at line 1', () => {
    const { problems } = parseFacts(FILE, '项目名称: <i>资金</i>\n', projectFactsSchema);
    expect(problems.map(formatProblem)).toEqual([
      `${FILE}:1: 项目名称: 不能含 HTML 或 MDX 标记（如 <b>、<script>）；这里按原样显示文字，书名请用《》`,
    ]);
  });

  it.each([
    '报告标题: 2024年度《信访工作条例》落实专项资金绩效自评报告\n',
    `报告标题: ${'长'.repeat(100)}\n`,
    '报告标题: 资金≤30万元<示例>\n',
  ])('accepts the plain title %j', (text) => {
    expect(parse(text).problems).toEqual([]);
  });
});

describe('project.yaml 不适用章节, written carelessly', () => {
  it.each([
    [
      '不适用章节: [gaikuang]\n',
      'gaikuang 由站点生成，不能标为不适用；不要生成项目概况请写“生成项目概况: 否”',
    ],
    ['不适用章节: [项目绩效目标]\n', '项目绩效目标 由站点生成，不能标为不适用'],
    ['不适用章节: [效益]\n', '不认识的章节：效益；应为 jiben（基本情况）'],
  ])('refuses %j', (text, message) => {
    const { problems } = parse(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2, column: '不适用章节' });
    expect(problems[0]?.message).toContain(message);
  });

  it('reads a section named twice, by key and by title, once; trims a full-width space', () => {
    expect(
      parse('不适用章节: [qita, 其他需要说明的问题, "有关建议　"]\n').value?.notApplicable,
    ).toEqual(['qita', 'jianyi']);
  });
});

describe('siteFactsSchema titles', () => {
  it('refuses a 单位 with a placeholder, which would be shown as typed', () => {
    expect(siteFactsSchema.safeParse({ 单位: '{单位}' }).success).toBe(false);
  });
});
