/**
 * How a chart spec is drawn: the Chart.js configuration for each kind of figure. The spec holds
 * the figures, computed by the model; this only chooses colours, axes and legends.
 */
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { ChartSpec } from '../lib/report/charts.ts';

/** The site's sans-serif stack (site.css), so chart text matches the page around it. */
export const CHART_FONT =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'SimHei', sans-serif";

export const INK = '#1a1a1a';

/** Muted official colours that stay distinct in greyscale print. */
export const PALETTE = [
  '#9e1b1b',
  '#3b6e8f',
  '#d08c2b',
  '#5a8f3b',
  '#7a4f9a',
  '#7f7f7f',
  '#c46a6a',
  '#2f4f4f',
];

/**
 * Drawing width in CSS pixels: the text width of A4 (≈ 170 mm ≈ 640 px) and a little more, so a
 * printed chart is shown at about its own size.
 */
export const CHART_WIDTH = 680;

/**
 * Height for a spec: 340 px, or for horizontal bars enough that each category's label has a row
 * of its own (a city's dozens of 责任单位 would otherwise overprint one another).
 */
export function chartHeight(spec: ChartSpec): number {
  if (spec.type === 'doughnut') return 300;
  if (!spec.horizontal) return 340;
  return Math.max(340, 90 + 22 * spec.labels.length);
}

type Config = ChartConfiguration<'bar' | 'line' | 'doughnut', number[], string>;

export function toConfig(spec: ChartSpec): Config {
  if (spec.type === 'doughnut') {
    const series = spec.series[0];
    return {
      type: 'doughnut',
      data: {
        labels: spec.labels,
        datasets: [
          {
            label: series?.label ?? '',
            data: series?.values ?? [],
            backgroundColor: PALETTE,
            borderColor: '#fff',
          },
        ],
      },
      options: { plugins: { legend: { position: 'right' } } },
    };
  }
  const datasets = spec.series.map((s, i): ChartDataset<'bar' | 'line', number[]> => {
    const color = PALETTE[i % PALETTE.length] ?? '#777';
    if (s.draw === 'bar') {
      return {
        type: 'bar',
        label: s.label,
        data: s.values,
        backgroundColor: color,
        ...(s.stack ? { stack: s.stack } : {}),
      };
    }
    return {
      type: 'line',
      label: s.label,
      data: s.values,
      borderColor: color,
      backgroundColor: color,
      borderWidth: 2,
      pointRadius: s.draw === 'budget-line' ? 0 : 2,
      borderDash: s.draw === 'budget-line' ? [6, 4] : [],
    };
  });
  const valueAxis = {
    beginAtZero: true,
    stacked: spec.series.some((s) => s.stack),
    title: { display: true, text: spec.unit },
  };
  const categoryAxis = { stacked: spec.series.some((s) => s.stack), ticks: { autoSkip: false } };
  return {
    type: 'bar',
    data: { labels: spec.labels, datasets },
    options: {
      indexAxis: spec.horizontal ? 'y' : 'x',
      scales: spec.horizontal
        ? { x: valueAxis, y: categoryAxis }
        : { x: categoryAxis, y: valueAxis },
      plugins: { legend: { position: 'bottom' } },
    },
  };
}
