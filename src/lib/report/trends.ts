/**
 * The trend charts of the comparison page: the main measures and the total score of a project
 * through this year and every earlier year (never a later one).
 */
import type { ChartSpec, TrendValue } from './charts.ts';
import { trendChartSpec } from './charts.ts';
import { measureDef, measuresWith } from '../model/measures.ts';
import type { MeasureName } from '../model/measures.ts';
import type { Report } from '../model/report-schema.ts';
import type { TrendPoint } from '../model/trend.ts';
import { trend } from '../model/trend.ts';

/** The measures charted through the years (their `trend` role), in the order shown. */
export const TREND_MEASURES: readonly MeasureName[] = measuresWith('trend');

function valueOf(name: MeasureName): TrendValue {
  const def = measureDef(name);
  return def.kind === 'count' ? { kind: 'count', unit: def.unit } : { kind: def.kind };
}

/**
 * trendCharts(reports, upTo): one chart per main measure, then the total score, over the given
 * reports of one project up to the year `upTo`. A measure no year can compute is left out.
 */
export function trendCharts(reports: readonly Report[], upTo: number): ChartSpec[] {
  const charts: { name: string; value: TrendValue; points: TrendPoint[] }[] = TREND_MEASURES.map(
    (name) => ({
      name,
      value: valueOf(name),
      points: trend(reports, (r) => r.measures[name], upTo),
    }),
  );
  charts.push({
    name: '自评总分',
    value: { kind: 'score' },
    points: trend(reports, (r) => r.totalScore, upTo),
  });
  return charts
    .filter((c) => c.points.some((p) => p.value !== null))
    .map((c) => trendChartSpec(c.name, c.value, c.points));
}
