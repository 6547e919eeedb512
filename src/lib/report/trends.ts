/**
 * The trend charts of the comparison page: the main measures and the total score of a project
 * through this year and every earlier year (never a later one).
 */
import type { ChartSpec, TrendValue } from './charts.ts';
import { trendChartSpec } from './charts.ts';
import { measureByName } from '../model/measures.ts';
import type { Report } from '../model/report-schema.ts';
import type { TrendPoint } from '../model/trend.ts';
import { trend } from '../model/trend.ts';

/** The measures charted through the years, in the order shown. */
export const TREND_MEASURES = [
  '已化解件数',
  '化解率',
  '息诉罢访率',
  '满意率',
  '资金支出总额',
  '预算执行率',
] as const;

function valueOf(name: string): TrendValue {
  const def = measureByName(name);
  if (!def) throw new Error(`未知的计算口径“${name}”`);
  return def.kind === 'count' ? { kind: 'count', unit: def.unit ?? '件' } : { kind: def.kind };
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
