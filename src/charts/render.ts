/**
 * Draws a chart spec with Chart.js at build time, into SVG. Chart.js runs without a DOM on its
 * basic platform; it is handed an SvgContext in place of a canvas.
 */
import { createHash } from 'node:crypto';
import { Chart, registerables } from 'chart.js';
import type { ChartItem } from 'chart.js';
import type { ChartSpec } from '../lib/charts.ts';
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
  width?: number;
  height?: number;
}

/** The chart as an inline `<svg role="img">`, labelled with its title and summary. */
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
  const svg = ctx.toSvg(`role="img" aria-label="${escapeXml(`${spec.title}：${spec.summary}`)}"`);
  chart.destroy();
  return svg;
}

/** Charts drawn so far in this process, by spec; cleared when it grows past MEMO_LIMIT. */
const drawn = new Map<string, string>();
const MEMO_LIMIT = 256;

/**
 * The SVG of a figure, its ids taken from a hash of the spec so they are the same in every
 * build. Remembered by spec: a report page and its print pages show the same charts.
 */
export function figureSvg(spec: ChartSpec): string {
  const key = JSON.stringify(spec);
  let svg = drawn.get(key);
  if (svg === undefined) {
    const id = `chart-${createHash('sha256').update(key).digest('hex').slice(0, 10)}`;
    svg = chartSvg(spec, { id });
    if (drawn.size >= MEMO_LIMIT) drawn.clear();
    drawn.set(key, svg);
  }
  return svg;
}
