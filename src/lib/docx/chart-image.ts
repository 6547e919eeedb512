/**
 * The PNG that stands in for a chart's SVG where a word processor cannot draw SVG (Word before
 * 2016, older WPS): the site's own SVG, rasterised by resvg at twice the page size.
 *
 * Text needs a CJK font file. Debian's fonts-noto-cjk provides the one the charts are measured
 * against (src/charts/text-metrics.ts); `npm run build` must also work on a machine without it,
 * so there the PNG is drawn without its text (bars, lines and legend swatches only). Word and
 * WPS show the SVG itself, which carries the text either way. No system font is consulted, so
 * the same machine always draws the same bytes.
 */
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

/** Where Debian's fonts-noto-cjk puts the face the charts are measured with. */
export const CHART_FONT_FILES: readonly string[] = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
];

/** The font files found on this machine (none where fonts-noto-cjk is not installed). */
export function chartFontFiles(candidates: readonly string[] = CHART_FONT_FILES): string[] {
  return candidates.filter((file) => existsSync(file));
}

/** The chart's SVG as a PNG `width` pixels wide. */
export function chartPng(
  svg: string,
  width: number,
  fontFiles: readonly string[] = chartFontFiles(),
): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    background: '#ffffff',
    font: {
      fontFiles: [...fontFiles],
      loadSystemFonts: false,
      defaultFontFamily: 'Noto Sans CJK SC',
      sansSerifFamily: 'Noto Sans CJK SC',
    },
  });
  return new Uint8Array(resvg.render().asPng());
}
