/**
 * Draws the charts whose data was computed at build time and embedded in each figure. The
 * browser computes nothing: it reads the spec and hands it to Chart.js. For paper, each chart is
 * also drawn once at a fixed print size and high resolution into an image that print CSS shows
 * instead of the canvas, so printing never depends on a canvas resizing on `beforeprint`.
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import type { ChartConfiguration, ChartDataset, Plugin } from 'chart.js';
import type { ChartSpec } from '../lib/charts.ts';

Chart.register(
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

const SANS =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'SimHei', sans-serif";
Chart.defaults.font.family = SANS;
Chart.defaults.color = '#1a1a1a';

/** Muted official colours that stay distinct in greyscale print. */
const PALETTE = [
  '#9e1b1b',
  '#3b6e8f',
  '#d08c2b',
  '#5a8f3b',
  '#7a4f9a',
  '#7f7f7f',
  '#c46a6a',
  '#2f4f4f',
];

/** Print size in CSS pixels (A4 text width ≈ 170 mm ≈ 640 px) and its pixel density. */
export const PRINT_WIDTH = 680;
export const PRINT_HEIGHT = 340;
export const PRINT_SCALE = 3;

/** Units whose values are drawn with two decimals: amounts, rates and scores. */
const TWO_DECIMALS = new Set(['万元', '%', '分']);

function number(value: number, unit: string): string {
  const digits = TWO_DECIMALS.has(unit) ? 2 : 0;
  return value.toLocaleString('zh-CN', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
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
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: {
          legend: { position: 'right' },
          tooltip: {
            callbacks: {
              label: (item) => `${item.label}：${number(Number(item.raw), spec.unit)} ${spec.unit}`,
            },
          },
        },
      },
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
      animation: false,
      indexAxis: spec.horizontal ? 'y' : 'x',
      maintainAspectRatio: false,
      scales: spec.horizontal
        ? { x: valueAxis, y: categoryAxis }
        : { x: categoryAxis, y: valueAxis },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item) =>
              `${item.dataset.label ?? ''}：${number(Number(item.raw), spec.unit)} ${spec.unit}`,
          },
        },
      },
    },
  };
}

/** Fills the chart white before drawing, as paper is. */
const PAPER: Plugin<'bar' | 'line' | 'doughnut'> = {
  id: 'paper',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** Draws the spec once off screen at print size and returns it as a PNG data URL. */
function printImage(spec: ChartSpec): string {
  const holder = document.createElement('div');
  holder.style.cssText = `position:fixed;left:-${PRINT_WIDTH * 2}px;top:0;width:${PRINT_WIDTH}px;height:${PRINT_HEIGHT}px;`;
  const canvas = document.createElement('canvas');
  canvas.width = PRINT_WIDTH;
  canvas.height = PRINT_HEIGHT;
  holder.append(canvas);
  document.body.append(holder);
  // An opaque canvas on white paper: the image carries no alpha channel, which keeps PDFs small.
  canvas.getContext('2d', { alpha: false });
  const config = toConfig(spec);
  config.plugins = [PAPER];
  config.options = {
    ...config.options,
    responsive: false,
    devicePixelRatio: PRINT_SCALE,
    animation: false,
  };
  const chart = new Chart(canvas, config);
  const url = chart.toBase64Image('image/png');
  chart.destroy();
  holder.remove();
  return url;
}

function setup(figure: HTMLElement): void {
  const specText = figure.querySelector('script[type="application/json"]')?.textContent;
  const canvas = figure.querySelector('canvas');
  if (!specText || !canvas) return;
  const spec = JSON.parse(specText) as ChartSpec;
  const config = toConfig(spec);
  config.options = { ...config.options, responsive: true };
  new Chart(canvas, config);
  const img = figure.querySelector<HTMLImageElement>('img.chart-print');
  if (img) img.src = printImage(spec);
  figure.classList.add('chart-ready');
  const toggle = figure.querySelector<HTMLButtonElement>('.chart-toggle');
  toggle?.addEventListener('click', () => {
    const shown = figure.classList.toggle('show-table');
    toggle.setAttribute('aria-expanded', String(shown));
    toggle.textContent = shown ? '隐藏数据表' : '显示数据表';
  });
}

for (const figure of document.querySelectorAll<HTMLElement>('figure[data-chart]')) {
  try {
    setup(figure);
  } catch (error) {
    // The data table stays visible when a chart cannot be drawn.
    console.error('图表绘制失败', error);
  }
}
document.documentElement.dataset['chartsReady'] = 'true';
