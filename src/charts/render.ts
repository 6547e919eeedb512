/**
 * Draws a chart spec with Chart.js at build time, into SVG. Chart.js runs without a DOM on its
 * basic platform; it is handed an SvgContext in place of a canvas.
 */
import { createHash } from 'node:crypto';
import { Chart, registerables } from 'chart.js';
import type { ChartItem } from 'chart.js';
import type { ChartSpec } from '../lib/report/charts.ts';
import { CHART_FONT, CHART_WIDTH, chartHeight, INK, toConfig } from './config.ts';
import { SvgContext } from './svg-context.ts';
import { escapeXml } from './svg-markup.ts';

// Every part: this runs at build time, so what it weighs is never sent to a browser.
Chart.register(...registerables);
Chart.defaults.font.family = CHART_FONT;
Chart.defaults.color = INK;

export interface ChartSvgOptions {
  /** Unique on the page the SVG is put in: prefixes the SVG's element ids. */
  id: string;
  /** Id of the element holding the chart's data table, named by `aria-details`. */
  detailsId?: string | undefined;
  width?: number;
  height?: number;
}

/**
 * The chart as an inline `<svg role="img">`, labelled with its title and summary, and pointing
 * (`aria-details`) to the element holding its data table when there is one.
 */
export function chartSvg(spec: ChartSpec, options: ChartSvgOptions): string {
  const width = options.width ?? CHART_WIDTH;
  const height = options.height ?? chartHeight(spec);
  const ctx = new SvgContext({ width, height, idPrefix: options.id, fontFamily: CHART_FONT });
  const config = toConfig(spec);
  config.options = {
    ...config.options,
    animation: false,
    responsive: false,
    maintainAspectRatio: false,
    devicePixelRatio: 1,
    events: [],
    // Tick numbers as a Chinese reader writes them, whatever the build machine's locale.
    locale: 'zh-CN',
  };
  const chart = new Chart(ctx as unknown as ChartItem, config);
  // Taken before destroy(), which clears the canvas.
  const label = `role="img" aria-label="${escapeXml(`${spec.title}：${spec.summary}`)}"`;
  const details = options.detailsId ? ` aria-details="${escapeXml(options.detailsId)}"` : '';
  const svg = ctx.toSvg(label + details);
  chart.destroy();
  return svg;
}

/** Charts drawn so far in this process, by spec; cleared when it grows past MEMO_LIMIT. */
const drawn = new Map<string, { id: string; svg: string }>();
const MEMO_LIMIT = 256;

/**
 * The SVG of a figure, its ids taken from a hash of the spec so they are the same in every
 * build. Remembered by spec: a report page and its print pages show the same charts. `shown`
 * counts the charts already on the page, so the same chart twice on one page (written into the
 * narrative where the section also adds it) gets ids of its own.
 */
export function figureSvg(spec: ChartSpec, shown: Map<string, number> = new Map()): string {
  return chartFigure(spec, shown).svg;
}

/**
 * As figureSvg, with the id the page gives the figure's data table (`<details>`), which the
 * SVG names in `aria-details`. `before` is how many showings of each chart `shown` does not
 * count (1 for a chart written into the narrative, which the section's layout may show as
 * well): its ids are numbered from `before + 1`, whichever of the two is drawn first.
 */
export function chartFigure(
  spec: ChartSpec,
  shown: Map<string, number> = new Map(),
  before = 0,
): { svg: string; detailsId: string } {
  const key = JSON.stringify(spec);
  let entry = drawn.get(key);
  if (entry === undefined) {
    const id = `chart-${createHash('sha256').update(key).digest('hex').slice(0, 10)}`;
    entry = { id, svg: chartSvg(spec, { id, detailsId: `${id}-data` }) };
    if (drawn.size >= MEMO_LIMIT) drawn.clear();
    drawn.set(key, entry);
  }
  const times = (shown.get(entry.id) ?? before) + 1;
  shown.set(entry.id, times);
  if (times === 1) return { svg: entry.svg, detailsId: `${entry.id}-data` };
  return {
    svg: entry.svg
      .replaceAll(`"${entry.id}-`, `"${entry.id}-${times}-`)
      .replaceAll(`(#${entry.id}-`, `(#${entry.id}-${times}-`),
    detailsId: `${entry.id}-${times}-data`,
  };
}
