import { describe, expect, it } from 'vitest';
import {
  projectFactsDataSchema,
  projectFactsSchema,
  siteFactsDataSchema,
  siteFactsSchema,
} from '../../../src/lib/content/facts-schema.ts';
import { keyOrder } from '../support/keys.ts';

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
