import { describe, expect, it } from 'vitest';
import { reportJson } from '../../../src/lib/model/report-json.ts';
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
  });

  it('refuses a report that does not fit the schema', () => {
    const broken = { ...sample(), grade: '甲' } as unknown as Report;
    expect(() => reportJson(broken)).toThrow();
  });
});
