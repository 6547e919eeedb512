import { describe, expect, it } from 'vitest';
import { unitModelSchema } from '../../../src/lib/pipeline/unit-schema.ts';

const model = {
  id: '2024',
  year: 2024,
  title: '某局2024年度项目支出绩效单位自评报告',
  unit: '某局',
  reportDate: '2025-03-25',
  facts: { unit: '某局' },
  summary: {
    year: 2024,
    wanDecimals: 6,
    projects: [
      {
        slug: 'a',
        name: '甲',
        annualBudget: 100,
        executed: 100,
        executionRate: 1,
        wanDecimals: 6,
        totalScore: 100,
        grade: '优',
        sources: [{ source: '本年财政拨款', annualBudget: 100, executed: 100, executionRate: 1 }],
      },
    ],
    total: {
      count: 1,
      annualBudget: 100,
      executed: 100,
      executionRate: 1,
      grades: { 优: 1, 良: 0, 中: 0, 差: 0 },
    },
  },
  prose: ['jiben'],
};

describe('unitModelSchema', () => {
  it('accepts a unit report’s model as loadSite() writes it', () => {
    expect(unitModelSchema.parse(model)).toEqual(model);
  });

  it.each([
    ['an id that is no year', { ...model, id: '2024/_unit' }],
    ['an empty title', { ...model, title: '' }],
    ['a date that is no date', { ...model, reportDate: '2025年3月' }],
    ['an unknown facts key', { ...model, facts: { 项目名称: '甲' } }],
    ['an unknown key', { ...model, slug: '_unit' }],
  ])('refuses %s', (_what, value) => {
    expect(unitModelSchema.safeParse(value).success).toBe(false);
  });
});
