import { describe, expect, it } from 'vitest';
import { unitJsonSchema, unitSummarySchema } from '../../../src/lib/model/unit-schema.ts';

const row = {
  slug: 'a',
  name: '甲',
  annualBudget: 100,
  executed: 50,
  executionRate: 0.5,
  wanDecimals: 6,
  totalScore: 95,
  grade: '优',
  sources: [{ source: '本年财政拨款', annualBudget: 100, executed: 50, executionRate: 0.5 }],
};
const summary = {
  year: 2024,
  wanDecimals: 6,
  projects: [row],
  total: {
    count: 1,
    annualBudget: 100,
    executed: 50,
    executionRate: 0.5,
    grades: { 优: 1, 良: 0, 中: 0, 差: 0 },
  },
};

describe('unitSummarySchema', () => {
  it('accepts a summary', () => {
    expect(unitSummarySchema.parse(summary)).toEqual(summary);
  });

  it.each([
    ['money not in whole 分', { ...summary, projects: [{ ...row, annualBudget: 100.5 }] }],
    ['no projects', { ...summary, projects: [] }],
    ['an unknown grade', { ...summary, projects: [{ ...row, grade: '甲' }] }],
    ['an unknown key', { ...summary, extra: 1 }],
    ['a count of 0', { ...summary, total: { ...summary.total, count: 0 } }],
    ['万元 decimals other than 2, 4 or 6', { ...summary, wanDecimals: 3 }],
    [
      'a project without its 万元 decimals',
      { ...summary, projects: [{ ...row, wanDecimals: undefined }] },
    ],
  ])('refuses %s', (_what, value) => {
    expect(unitSummarySchema.safeParse(value).success).toBe(false);
  });
});

describe('unitJsonSchema', () => {
  it('needs kind "unit" and the schema version', () => {
    const json = { schemaVersion: 1, kind: 'unit', title: 't', unit: 'u', ...summary };
    expect(unitJsonSchema.parse(json)).toEqual(json);
    expect(unitJsonSchema.safeParse({ ...json, kind: 'project' }).success).toBe(false);
    expect(unitJsonSchema.safeParse({ ...json, schemaVersion: 2 }).success).toBe(false);
  });
});
