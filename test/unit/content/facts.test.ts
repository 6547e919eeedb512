/**
 * parseFacts() on project.yaml and site.yaml: every YAML mistake and wrong type comes back in
 * Chinese at the line of its key; readProjectFacts() refuses a file that is not an ordinary file.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ALIAS_BOMB_MESSAGE,
  parseFacts,
  readProjectFacts,
} from '../../../src/lib/content/facts.ts';
import { formatProblem } from '../../../src/lib/base/problems.ts';
import { projectFactsSchema, siteFactsSchema } from '../../../src/lib/content/facts-schema.ts';

const P = 'content/2024/demo/project.yaml';
const project = (text: string) =>
  parseFacts(P, text, projectFactsSchema).problems.map(formatProblem);

describe('parseFacts(file, text, projectFactsSchema)', () => {
  it('reads a number written for text as that text', () => {
    expect(
      parseFacts(P, '项目名称: 2024\n实施周期: 2023\n', projectFactsSchema).value,
    ).toMatchObject({
      name: '2024',
      period: '2023',
    });
  });

  it.each([
    [
      'an unclosed quote, at the line it opens',
      '项目名称: "专项资金\n实施单位: 甲\n主管部门: 乙\n',
      [`${P}:1: YAML 格式错误：引号或括号没有闭合`],
    ],
    ['a duplicate key', '项目名称: a\n项目名称: b\n', [`${P}:2: YAML 格式错误：有重复的项`]],
    [
      'a tab as indentation',
      '项目名称:\n\t- a\n',
      [`${P}:2: YAML 格式错误：不能用制表符缩进，请用空格`],
    ],
    [
      'a list where text belongs, at the key’s line',
      '项目名称: a\n实施单位:\n  - 甲\n  - 乙\n',
      [`${P}:2: 实施单位: 应为一段文字，不能是列表或下级项`],
    ],
    [
      'a nested map',
      '项目名称: a\n主管部门: {名称: 区政府}\n',
      [`${P}:2: 主管部门: 应为一段文字，不能是列表或下级项`],
    ],
    [
      'words for a number',
      '项目名称: a\n按期办结天数: 九十天\n',
      [`${P}:2: 按期办结天数: 应为整数，如 90`],
    ],
    [
      'a fraction of a day',
      '项目名称: a\n按期办结天数: 1.5\n',
      [`${P}:2: 按期办结天数: 应为整数，如 90`],
    ],
    [
      'a negative number of days',
      '项目名称: a\n按期办结天数: -3\n',
      [`${P}:2: 按期办结天数: 应为正整数，如 90`],
    ],
    [
      'an impossible date',
      '项目名称: a\n报告日期: 2025-02-30\n',
      [`${P}:2: 报告日期: 应为日期，如 2025-03-15`],
    ],
    [
      'an unknown key, at its line',
      '项目名称: a\n\n负责人: 王某\n',
      [`${P}:3: 不认识的项：负责人`],
    ],
    ['a missing name', '实施单位: 甲\n', [`${P}: 项目名称: 缺少此项（必填）`]],
    ['an empty name', '项目名称: "  "\n', [`${P}:1: 项目名称: 不能为空`]],
    [
      'a list instead of keys',
      '- 项目名称\n- 甲\n',
      [`${P}:1: 应为“项: 值”的形式，每行一项，如 项目名称: 某某专项资金`],
    ],
  ])('refuses %s', (_, text, expected) => {
    expect(project(text)).toEqual(expected);
  });
});

describe('parseFacts(file, text, schema) on hostile YAML', () => {
  const bomb = [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ...[...'bcdefghi'].map(
      (c, i) =>
        `${c}: &${c} [${Array(9)
          .fill(`*${'abcdefghi'[i] ?? ''}`)
          .join(',')}]`,
    ),
    '项目名称: *i',
  ].join('\n');

  it('refuses an alias bomb (billion laughs) in Chinese at the first alias, without a stack', () => {
    expect(project(bomb)).toEqual([`${P}:2: ${ALIAS_BOMB_MESSAGE}`]);
    expect(parseFacts('content/site.yaml', bomb, siteFactsSchema).problems).toHaveLength(1);
  });

  it('names an unknown key at its line, unless it reads as a phone number', () => {
    const lines = project('项目名称: 甲\n一三八〇〇一三八〇〇〇: 乙\n13800138000: 丙\n');
    expect(lines).toContain(`${P}:2: 不认识的项（此处不显示内容）`);
    expect(lines).toContain(`${P}:3: 不认识的项（此处不显示内容）`);
    expect(lines.join('\n')).not.toMatch(/13800138000|一三八/);
  });

  it('says where a quote is left open without repeating the line that holds a phone', () => {
    const lines = project('项目名称: "电话 一三八〇〇一三八〇〇〇\n实施单位: 甲\n');
    expect(lines).toEqual([`${P}:1: YAML 格式错误：引号或括号没有闭合`]);
  });
});

describe('parseFacts(file, text, siteFactsSchema)', () => {
  it('refuses a map for the bureau, at its line', () => {
    expect(
      parseFacts(
        'content/site.yaml',
        '站点标题: 绩效\n单位:\n  名称: 区信访局\n',
        siteFactsSchema,
      ).problems.map(formatProblem),
    ).toEqual(['content/site.yaml:2: 单位: 应为一段文字，不能是列表或下级项']);
  });
});

describe('readProjectFacts(root, dir)', () => {
  const root = mkdtempSync(join(tmpdir(), 'xinfang-facts-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('refuses a project.yaml that is a symbolic link, without reading it', async () => {
    mkdirSync(join(root, 'content/2024/demo'), { recursive: true });
    writeFileSync(join(root, 'elsewhere.yaml'), '项目名称: a\n');
    symlinkSync(join(root, 'elsewhere.yaml'), join(root, 'content/2024/demo/project.yaml'));
    const facts = await readProjectFacts(root, 'content/2024/demo');
    expect(facts.value).toBeUndefined();
    expect(facts.problems.map(formatProblem)).toEqual([
      `${P}: 是符号链接，不是普通文件；站点只读取项目内的普通文件（符号链接可能指向项目以外，管道和设备文件读取时会挂起），请把文件本身复制到这里`,
    ]);
  });
});

describe('parseFacts(file, text, schema).lines', () => {
  it('gives the line where each value starts: the key line, or below it for a block', () => {
    const text =
      '项目名称: 某某资金\n\n项目概述: |\n  第一行\n  第二行\n实际完成情况: >\n  折叠\n年度总体目标: "一行"\n';
    expect(parseFacts('p.yaml', text, projectFactsSchema).lines).toEqual({
      项目名称: 1,
      项目概述: 4,
      实际完成情况: 7,
      年度总体目标: 8,
    });
  });
});
