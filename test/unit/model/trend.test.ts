import { describe, expect, it } from 'vitest';
import { trend } from '../../../src/lib/model/trend.ts';
import { report } from '../support/reports.ts';

describe('trend(reports, pick, upTo)', () => {
  it('lists one value per year, oldest first, and never a year after upTo', () => {
    const reports = [2025, 2022, 2024, 2023].map((year) =>
      report({ year, measures: { 已化解件数: year - 2000 } }),
    );
    expect(trend(reports, (r) => r.measures['已化解件数'], 2024)).toEqual([
      { year: 2022, value: 22 },
      { year: 2023, value: 23 },
      { year: 2024, value: 24 },
    ]);
  });

  it('keeps a year whose value cannot be computed as null', () => {
    expect(
      trend([report({ year: 2024, measures: {} })], (r) => r.measures['满意率'], 2024),
    ).toEqual([{ year: 2024, value: null }]);
  });
});

describe('trend(reports, pick, upTo) at the edges', () => {
  it('is empty when every report is later than upTo', () => {
    expect(trend([report({ year: 2025 })], (r) => r.totalScore, 2024)).toEqual([]);
  });

  it('leaves the caller’s list in its order', () => {
    const reports = [2024, 2023].map((year) => report({ year }));
    trend(reports, (r) => r.totalScore, 2024);
    expect(reports.map((r) => r.year)).toEqual([2024, 2023]);
  });
});
