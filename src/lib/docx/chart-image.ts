/**
 * The PNGs that stand in for the charts' SVG where a word processor cannot draw SVG (Word before
 * 2016, older WPS): the site's own SVGs, rasterised by resvg.
 *
 * Text needs a CJK font file. Debian's fonts-noto-cjk provides the face the charts are measured
 * against (src/charts/text-metrics.ts); `npm run build` must also work on a machine without it,
 * so there the PNGs are drawn without their text (bars, lines and legend swatches only). Word
 * and WPS show the SVG itself, which carries the text either way. No system font is consulted,
 * so the same machine always draws the same bytes.
 *
 * Loading the font collection costs far more than drawing a chart, so all the charts of a
 * report are drawn in one pass, stacked on one canvas, and cut apart again.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { fontSubset, svgCharacters } from './chart-font.ts';

/** Where Debian's fonts-noto-cjk puts the face the charts are measured with. */
export const CHART_FONT_FILES: readonly string[] = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
];

/** The font files found on this machine (none where fonts-noto-cjk is not installed). */
export function chartFontFiles(candidates: readonly string[] = CHART_FONT_FILES): string[] {
  return candidates.filter((file) => existsSync(file));
}

export interface ChartDrawing {
  /** The chart's `<svg …>` element, with width and height attributes. */
  svg: string;
  /** Size of the PNG in pixels. */
  width: number;
  height: number;
}

/** The SVG's root element resized to `width` × `height` and placed at `y` on the canvas. */
function placed({ svg, width, height }: ChartDrawing, y: number): string {
  return svg.replace(/^<svg\b([^>]*)>/, (_m, attrs: string) => {
    const rest = attrs.replace(/\s(?:width|height|x|y)="[^"]*"/g, '');
    return `<svg x="0" y="${y}" width="${width}" height="${height}"${rest}>`;
  });
}

/** The family the charts are drawn in (the face taken from a font collection). */
const CHART_FAMILY = 'Noto Sans CJK SC';

/**
 * `draw` given font files holding only the characters of `text` (see chart-font.ts for why),
 * written to a temporary folder that is removed afterwards.
 */
function withSubsets<T>(
  fontFiles: readonly string[],
  text: string,
  draw: (files: string[]) => T,
): T {
  if (fontFiles.length === 0) return draw([]);
  const dir = mkdtempSync(join(tmpdir(), 'xf-chart-font-'));
  try {
    const files = fontFiles.map((file, i) => {
      const path = join(dir, `${i}.otf`);
      writeFileSync(path, fontSubset(file, CHART_FAMILY, text));
      return path;
    });
    return draw(files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each chart as a PNG of its given size, drawn in one pass. */
export function chartPngs(
  charts: readonly ChartDrawing[],
  fontFiles: readonly string[] = chartFontFiles(),
): Uint8Array[] {
  if (charts.length === 0) return [];
  for (const c of charts) {
    if (!(Number.isInteger(c.width) && Number.isInteger(c.height) && c.width > 0 && c.height > 0))
      throw new Error(`图表尺寸无效：${c.width}×${c.height}`);
  }
  const width = Math.max(...charts.map((c) => c.width));
  const tops: number[] = [];
  let height = 0;
  for (const c of charts) {
    tops.push(height);
    height += c.height;
  }
  const canvas = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${charts
    .map((c, i) => placed(c, tops[i] ?? 0))
    .join('')}</svg>`;
  const image = withSubsets(fontFiles, svgCharacters(canvas), (files) =>
    new Resvg(canvas, {
      fitTo: { mode: 'original' },
      background: '#ffffff',
      font: {
        fontFiles: files,
        loadSystemFonts: false,
        defaultFontFamily: CHART_FAMILY,
        sansSerifFamily: CHART_FAMILY,
      },
    }).render(),
  );
  if (image.width !== width || image.height !== height)
    throw new Error(`图表绘制尺寸不符：${image.width}×${image.height}`);
  const pixels = image.pixels;
  return charts.map((c, i) => {
    const rows: Uint8Array[] = [];
    for (let r = 0; r < c.height; r++) {
      const start = ((tops[i] ?? 0) + r) * width * 4;
      rows.push(pixels.subarray(start, start + c.width * 4));
    }
    return png(c.width, c.height, rows);
  });
}

/** A PNG (8-bit RGBA, no filter) of the given rows of pixels. */
export function png(width: number, height: number, rows: readonly Uint8Array[]): Uint8Array {
  const raw = Buffer.alloc(height * (width * 4 + 1));
  rows.forEach((row, r) => {
    raw[r * (width * 4 + 1)] = 0;
    raw.set(row, r * (width * 4 + 1) + 1);
  });
  const chunk = (type: string, data: Uint8Array): Buffer => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw, { level: 6 })),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}
