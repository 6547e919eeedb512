/**
 * Trend series: one value per year of a project, oldest first, for the trend charts. Only ever
 * looks backwards from the year a page is built for.
 */
import type { Report } from './report-schema.ts';

/** A measure (or the total score) through the years, oldest first, for the trend charts. */
export interface TrendPoint {
  year: number;
  value: number | null;
}

/**
 * trend(reports, pick, upTo): one value per year up to and including `upTo`, oldest first.
 * Later years are left out on purpose, so a published year's pages never change when the next
 * year is added.
 */
export function trend(
  reports: readonly Report[],
  pick: (report: Report) => number | null | undefined,
  upTo: number,
): TrendPoint[] {
  return reports
    .filter((r) => r.year <= upTo)
    .sort((a, b) => a.year - b.year)
    .map((r) => ({ year: r.year, value: pick(r) ?? null }));
}
