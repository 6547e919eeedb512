import { describe, expect, it } from 'vitest';
import { isUnitJson, unitFromJson, unitJson } from '../../../src/lib/model/unit-json.ts';
import { unitSummary } from '../../../src/lib/model/unit-summary.ts';

const input = (slug: string, annualBudget: number, executed: number) => ({
  slug,
  report: {
    project: { slug, name: slug },
    funding: {
      lines: [],
      total: { initialBudget: annualBudget, annualBudget, executed, executionRate: null },
      executionRate: null,
      wanDecimals: 6 as const,
      points: 10,
      score: 10,
    },
    totalScore: 90,
    grade: '优' as const,
  },
});
// 0.10 + 0.20 元 in 分: the double 0.1 + 0.2 would print 0.30000000000000004
const summary = unitSummary(2024, [input('a', 10, 10), input('b', 20, 19)]);
const text = unitJson({ title: '标题', unit: '某局' }, summary);

describe('unitJson(head, summary)', () => {
  it('writes money in 元 exact to the 分, keys in the schema order, a final newline', () => {
    const json = JSON.parse(text);
    expect(Object.keys(json)).toEqual([
      'schemaVersion',
      'kind',
      'title',
      'unit',
      'year',
      'wanDecimals',
      'projects',
      'total',
    ]);
    expect(json.projects.map((p: { annualBudget: number }) => p.annualBudget)).toEqual([0.1, 0.2]);
    expect(json.total.annualBudget).toBe(0.3);
    expect(json.total.executed).toBe(0.29);
    expect(json.wanDecimals).toBe(6);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('writes each project’s 资金来源 in 元 too, and reads them back in 分', () => {
    const line = (source: string, fen: number, partOf?: string) => ({
      source,
      initialBudget: fen,
      annualBudget: fen,
      executed: fen,
      executionRate: 1,
      ...(partOf === undefined ? {} : { partOf }),
    });
    const withLines = input('c', 30, 30);
    withLines.report.funding.lines = [
      line('本年财政拨款', 20),
      line('中央', 5, '本年财政拨款'),
      line('上年结转资金', 10),
    ] as never;
    const json = JSON.parse(unitJson({ title: 't', unit: 'u' }, unitSummary(2024, [withLines])));
    expect(json.projects[0].sources).toEqual([
      { source: '本年财政拨款', annualBudget: 0.2, executed: 0.2, executionRate: 1 },
      {
        source: '中央',
        annualBudget: 0.05,
        executed: 0.05,
        executionRate: 1,
        partOf: '本年财政拨款',
      },
      { source: '上年结转资金', annualBudget: 0.1, executed: 0.1, executionRate: 1 },
    ]);
    const back = unitFromJson(json) as typeof summary;
    expect(back.projects[0]?.sources.map((s) => s.annualBudget)).toEqual([20, 5, 10]);
  });

  it('round-trips to 分 with unitFromJson', () => {
    const back = unitFromJson(JSON.parse(text)) as typeof summary;
    expect(back.total.annualBudget).toBe(30);
    expect(back.projects.map((p) => p.executed)).toEqual([10, 19]);
  });

  it('leaves what is no amount as it is when reading loosely', () => {
    expect(unitFromJson({ projects: [{ annualBudget: 'x' }], total: null })).toEqual({
      projects: [{ annualBudget: 'x' }],
      total: null,
    });
    expect(unitFromJson('text')).toBe('text');
  });
});

describe('isUnitJson(json)', () => {
  it('tells a unit report.json from a project-year’s', () => {
    expect(isUnitJson(JSON.parse(text))).toBe(true);
    expect(isUnitJson({ schemaVersion: 1, project: {} })).toBe(false);
    expect(isUnitJson(null)).toBe(false);
  });
});
