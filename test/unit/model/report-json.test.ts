import { describe, expect, it } from 'vitest';
import { reportFromJson, reportJson } from '../../../src/lib/model/report-json.ts';
import type { Report } from '../../../src/lib/model/report-schema.ts';
import { budgetLine, buildReport, indicator, payment, resolved } from '../support/records.ts';

function sample(): Report {
  return buildReport({
    year: 2024,
    slug: 'demo',
    name: '示例',
    dir: 'data/2024/demo',
    cases: [resolved(5)],
    payments: [payment(12_345)],
    budget: [budgetLine(20_000)],
    indicators: [indicator({ points: '90', target: '1', actual: '1' })],
  }).report;
}

describe('reportJson(report)', () => {
  it('writes the schema’s key order whatever order the object has, two-space indent, final newline', () => {
    const report = sample();
    const shuffled = Object.fromEntries(Object.entries(report).reverse()) as Report;
    const text = reportJson(shuffled);
    expect(text).toBe(reportJson(report));
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'schemaVersion',
      'year',
      'project',
      'rows',
      'measures',
      'timelyDays',
      'funding',
      'indicators',
      'totalScore',
      'grade',
      'exact',
    ]);
    expect(text.split('\n')[1]).toBe('  "schemaVersion": 1,');
  });

  it('writes money in 元 exact to the 分', () => {
    const parsed = JSON.parse(reportJson(sample())) as Report;
    expect(parsed.measures['资金支出总额']).toBe(123.45);
    expect(parsed.funding.total.executed).toBe(123.45);
    // The 自评表's rows too: 年度资金总额 … 其他资金, each in 元.
    expect(parsed.funding.standard?.map((r) => [r.label, r.annualBudget, r.executed])).toEqual([
      ['年度资金总额', 200, 123.45],
      ['当年财政拨款', 200, 123.45],
      ['上年结转资金', 0, 0],
      ['其他资金', 0, 0],
    ]);
  });

  it.each([
    [1, 0.01],
    [-1, -0.01],
    [-50, -0.5],
    [0, 0],
    [29, 0.29],
    [937_515, 9375.15],
    [768_697_900, 7_686_979],
    [100_000_000_000_000, 1_000_000_000_000],
  ])('writes %i 分 as %s 元 in every amount and money measure', (fen, yuan) => {
    const report = sample();
    const line = { ...report.funding.total, initialBudget: fen, annualBudget: fen, executed: fen };
    const parsed = JSON.parse(
      reportJson({
        ...report,
        measures: { ...report.measures, 资金支出总额: fen, 件均化解资金: fen },
        funding: { ...report.funding, total: line, lines: [{ ...line, source: '本年财政拨款' }] },
      }),
    ) as Report;
    expect([
      parsed.measures['资金支出总额'],
      parsed.measures['件均化解资金'],
      parsed.funding.total.initialBudget,
      parsed.funding.total.annualBudget,
      parsed.funding.total.executed,
      parsed.funding.lines[0]?.executed,
    ]).toEqual([yuan, yuan, yuan, yuan, yuan, yuan]);
  });

  it('writes exact money measures as fractions of 元 and leaves counts and rates alone', () => {
    const exact = (JSON.parse(reportJson(sample())) as Report).exact?.measures;
    expect(exact?.['资金支出总额']).toBe('2469/20');
    expect(exact?.['件均化解资金']).toBe('2469/20');
    expect(exact?.['化解率']).toBe('1');
    expect(exact?.['满意率']).toBeNull();
  });

  it('keeps money in 分 in the model: the report holds 12345 分, not 123.45 元', () => {
    const report = sample();
    expect(report.measures['资金支出总额']).toBe(12_345);
    expect(report.funding.total.executed).toBe(12_345);
    expect(report.exact?.measures['资金支出总额']).toBe('12345');
  });

  it('refuses a report with a fraction of a 分 (the model holds whole 分)', () => {
    const report = sample();
    const total = { ...report.funding.total, executed: 0.5 };
    expect(() => reportJson({ ...report, funding: { ...report.funding, total } })).toThrow();
  });

  it('refuses a report that does not fit the schema', () => {
    const broken = { ...sample(), grade: '甲' } as unknown as Report;
    expect(() => reportJson(broken)).toThrow();
  });
});

describe('reportFromJson(json)', () => {
  it('reads back what reportJson wrote: the report in 分', () => {
    const report = sample();
    expect(reportFromJson(JSON.parse(reportJson(report)))).toEqual(report);
  });

  it.each([
    [7_686_979, 768_697_900],
    [76_869.79, 7_686_979],
    [0.29, 29],
    [-0.29, -29],
    [0.01, 1],
    [9375.15, 937_515],
    [1_000_000_000_000, 100_000_000_000_000],
  ])('reads %s 元 as %i 分', (yuan, fen) => {
    const read = reportFromJson({
      measures: { 资金支出总额: yuan, 已化解件数: 3 },
      funding: {
        total: { executed: yuan, executionRate: 0.5 },
        lines: [{ executed: yuan }],
        standard: [{ label: '年度资金总额', annualBudget: yuan, sources: [] }],
      },
    }) as Report;
    expect(read.funding.standard).toEqual([
      { label: '年度资金总额', annualBudget: fen, sources: [] },
    ]);
    expect(read.measures).toEqual({ 资金支出总额: fen, 已化解件数: 3 });
    expect(read.funding.total).toEqual({ executed: fen, executionRate: 0.5 });
    expect(read.funding.lines).toEqual([{ executed: fen }]);
  });

  it('reads exact money measures in 分 and leaves other exact values alone', () => {
    const read = reportFromJson({
      exact: { measures: { 件均化解资金: '2469/20', 化解率: '2/3', 资金支出总额: null } },
    }) as Report;
    expect(read.exact?.measures).toEqual({
      件均化解资金: '12345',
      化解率: '2/3',
      资金支出总额: null,
    });
  });

  it.each([
    ['no object', 'report'],
    ['null', null],
    ['an array', [1, 2]],
    ['a report of another version', { schemaVersion: 9, funding: { lines: 'none', total: 3 } }],
    [
      'money that is no number',
      { measures: { 资金支出总额: '7,686,979' }, funding: { total: { executed: null } } },
    ],
    ['an exact value that is no fraction', { exact: { measures: { 资金支出总额: '1e3' } } }],
    ['an infinite amount', { funding: { lines: [{ executed: Infinity }] } }],
  ])('keeps what it cannot read as it is: %s', (_, json) => {
    expect(reportFromJson(json)).toEqual(json);
  });

  it('changes nothing in the object it was given', () => {
    const json = { measures: { 资金支出总额: 1 }, funding: { total: { executed: 1 } } };
    reportFromJson(json);
    expect(json).toEqual({ measures: { 资金支出总额: 1 }, funding: { total: { executed: 1 } } });
  });
});
