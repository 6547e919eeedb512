/**
 * Each chart of the report page as a Word paragraph: the site's own SVG, sized to the text width
 * at most, with a PNG drawn from the same SVG for word processors that cannot show SVG.
 */
import { AlignmentType, ImageRun, Paragraph } from 'docx';
import type { HTMLElement } from 'node-html-parser';
import { chartFontFiles, chartPngs } from './chart-image.ts';
import type { ChartDrawing } from './chart-image.ts';
import { xmlSafe } from './inline-runs.ts';
import { TABLE_SPACING, twipsToPx } from './typesetting.ts';

/** PNGs are drawn at twice the size the chart takes on the page, for print. */
const PNG_SCALE = 2;

/** The chart's size on the page in pixels: the text width at most, its own width at least. */
function chartSize(svgEl: HTMLElement, width: number): { px: number; height: number } | undefined {
  const w = Number(svgEl.getAttribute('width'));
  const h = Number(svgEl.getAttribute('height'));
  if (!(w > 0 && h > 0 && w <= 10_000 && h <= 10_000)) return undefined;
  const px = Math.min(twipsToPx(width), Math.round(w));
  return { px, height: Math.max(1, Math.round((h / w) * px)) };
}

/** The PNGs of all the charts under `root`, by SVG markup, drawn in one pass. */
export function chartFallbacks(root: HTMLElement, width: number): Map<string, Uint8Array> {
  const charts: ChartDrawing[] = [];
  const keys: string[] = [];
  for (const svgEl of root.querySelectorAll('figure svg')) {
    const size = chartSize(svgEl, width);
    const svg = svgEl.toString();
    if (!size || keys.includes(svg)) continue;
    keys.push(svg);
    charts.push({ svg, width: size.px * PNG_SCALE, height: size.height * PNG_SCALE });
  }
  const pngs = chartPngs(charts, chartFontFiles());
  return new Map(keys.map((k, i) => [k, pngs[i] ?? new Uint8Array()]));
}

export function chartImage(
  svgEl: HTMLElement,
  width: number,
  pngs: ReadonlyMap<string, Uint8Array>,
): Paragraph | undefined {
  const svg = svgEl.toString();
  const size = chartSize(svgEl, width);
  const fallback = pngs.get(svg);
  if (!size || !fallback) return undefined;
  const label = xmlSafe(svgEl.getAttribute('aria-label') ?? '');
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: TABLE_SPACING,
    children: [
      new ImageRun({
        type: 'svg',
        data: new TextEncoder().encode(svg),
        fallback: { type: 'png', data: fallback },
        transformation: { width: size.px, height: size.height },
        altText: { name: label, description: label, title: label },
      }),
    ],
  });
}
