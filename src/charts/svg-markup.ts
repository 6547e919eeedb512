/**
 * The SVG markup SvgContext writes: numbers, escaped text, and canvas settings put into SVG's
 * terms (colours, fill rules, text anchors, fonts).
 */

/** A canvas transform `[a, b, c, d, e, f]`. */
export type Matrix = [number, number, number, number, number, number];

/** A coordinate to one decimal: a tenth of a CSS pixel is below what paper or screen shows. */
export function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The parts of a canvas font string as Chart.js writes it: `bold 12px 'Noto Sans CJK SC', …`. */
const FONT =
  /^(?:(normal|italic|oblique) )?(?:(normal|bold|bolder|lighter|\d{3}) )?([\d.]+)px (.+)$/;

export interface FontParts {
  size: number;
  weight: string;
  style: string;
  family: string;
}

export function parseFont(font: string, fallbackFamily: string): FontParts {
  const m = FONT.exec(font.trim());
  if (!m) throw new Error(`SvgContext：无法识别的字体 ${font}`);
  return {
    style: m[1] ?? 'normal',
    weight: m[2] ?? 'normal',
    size: Number(m[3]),
    family: m[4] ?? fallbackFamily,
  };
}

/** Left, top, right and bottom of a rectangle given by a corner and signed sides. */
export function edges(
  x: number,
  y: number,
  w: number,
  h: number,
): [number, number, number, number] {
  return [Math.min(x, x + w), Math.min(y, y + h), Math.max(x, x + w), Math.max(y, y + h)];
}

/** `nonzero` or `evenodd`; a Path2D in its place is refused, as it is not drawn. */
export function fillRule(rule: unknown): string {
  if (rule === undefined) return 'nonzero';
  if (rule === 'nonzero' || rule === 'evenodd') return rule;
  throw new Error('SvgContext：不支持 Path2D');
}

/** Whether a CSS colour as Chart.js writes it has no transparency. */
export function opaque(css: string): boolean {
  if (/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(css)) return true;
  const m = /^rgba?\(([^)]*)\)$/i.exec(css);
  if (!m) return false;
  const parts = (m[1] ?? '').split(/[,/]/);
  return parts.length === 3 || Number(parts[3]) === 1;
}

export function colour(value: string | CanvasGradient | CanvasPattern): string {
  if (typeof value !== 'string') throw new Error('SvgContext：不支持渐变或图案填充');
  return escapeXml(value.replace(/\s+/g, ''));
}

export function textAnchor(align: CanvasTextAlign, direction: CanvasDirection): string {
  const rtl = direction === 'rtl';
  switch (align) {
    case 'center':
      return 'middle';
    case 'right':
      return 'end';
    case 'left':
      return 'start';
    case 'end':
      return rtl ? 'start' : 'end';
    default:
      return rtl ? 'end' : 'start';
  }
}
