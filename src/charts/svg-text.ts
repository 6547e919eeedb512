/**
 * Text on a chart: measured with the fixed width table, written as an SVG `<text>` on its
 * alphabetic baseline, anchored and turned as the canvas call placed it.
 */
import type { FontParts, Matrix } from './svg-markup.ts';
import { escapeXml, num } from './svg-markup.ts';
import { ASCENT, BASELINE_SHIFT, DESCENT, textWidth } from './text-metrics.ts';

/** What a canvas measureText returns, from the width table and the em box. */
export function measure(text: string, size: number): TextMetrics {
  const width = textWidth(text, size);
  return {
    width,
    actualBoundingBoxLeft: 0,
    actualBoundingBoxRight: width,
    actualBoundingBoxAscent: ASCENT * size,
    actualBoundingBoxDescent: DESCENT * size,
    fontBoundingBoxAscent: ASCENT * size,
    fontBoundingBoxDescent: DESCENT * size,
    emHeightAscent: ASCENT * size,
    emHeightDescent: DESCENT * size,
    alphabeticBaseline: 0,
    hangingBaseline: ASCENT * size,
    ideographicBaseline: -DESCENT * size,
  };
}

export interface TextSettings {
  font: FontParts;
  /** The family set on the `<svg>`: text in it does not repeat it. */
  rootFamily: string;
  baseline: CanvasTextBaseline;
  anchor: string;
  matrix: Matrix;
  /** Fill or stroke attributes, opacity included. */
  paint: string;
}

/** The `<text>` element for a fillText or strokeText call; '' when a canvas draws nothing. */
export function textElement(
  text: string,
  x: number,
  y: number,
  maxWidth: number | undefined,
  s: TextSettings,
): string {
  // A canvas draws nothing when there is no room at all.
  if (text === '' || (maxWidth !== undefined && !(maxWidth > 0))) return '';
  const { font } = s;
  const baselineY = y + BASELINE_SHIFT[s.baseline] * font.size;
  const [a, b, c, d, e, f] = s.matrix;
  let attrs: string;
  if (a === 1 && b === 0 && c === 0 && d === 1) {
    attrs = `x="${num(x + e)}" y="${num(baselineY + f)}"`;
  } else {
    const m = [a, b, c, d].map((v) => Math.round(v * 10000) / 10000).join(' ');
    attrs = `transform="matrix(${m} ${num(e)} ${num(f)})" x="${num(x)}" y="${num(baselineY)}"`;
  }
  attrs += ` font-size="${num(font.size)}"`;
  if (font.weight !== 'normal') attrs += ` font-weight="${font.weight}"`;
  if (font.style !== 'normal') attrs += ` font-style="${font.style}"`;
  if (font.family !== s.rootFamily) attrs += ` font-family="${escapeXml(font.family)}"`;
  if (s.anchor !== 'start') attrs += ` text-anchor="${s.anchor}"`;
  // As a canvas does, text wider than maxWidth is squeezed to fit.
  if (maxWidth !== undefined && textWidth(text, font.size) > maxWidth)
    attrs += ` textLength="${num(maxWidth)}" lengthAdjust="spacingAndGlyphs"`;
  return `<text ${attrs} ${s.paint}>${escapeXml(text)}</text>`;
}
