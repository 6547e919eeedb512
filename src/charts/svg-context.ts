/**
 * The part of the canvas 2D context that Chart.js draws with, recording SVG instead of pixels.
 * Charts are drawn once at build time and shipped as inline SVG: the page carries no charting
 * script, prints as vectors at any size, and two builds of the same data give the same bytes.
 * Libraries that turn canvas calls into SVG need a DOM and a native canvas for text metrics;
 * this needs neither, and writes the compact, deterministic markup a diff can read.
 *
 * Anything Chart.js might call that is not drawn faithfully here throws, so a chart is never
 * silently wrong: gradients, patterns, images, and arcs under a skewing transform.
 */
import {
  colour,
  edges,
  escapeXml,
  fillRule,
  type Matrix,
  num,
  opaque,
  parseFont,
  textAnchor,
} from './svg-markup.ts';
import { measure, textElement } from './svg-text.ts';

/** What save() keeps and restore() puts back, besides the dash, the transform and the clip. */
const STYLE_KEYS = [
  'fillStyle',
  'strokeStyle',
  'lineWidth',
  'lineCap',
  'lineJoin',
  'lineDashOffset',
  'font',
  'textAlign',
  'textBaseline',
  'globalAlpha',
  'direction',
] as const;

type Style = Pick<SvgContext, (typeof STYLE_KEYS)[number]>;

interface Saved {
  style: Style;
  lineDash: number[];
  matrix: Matrix;
  /** `<g clip-path>` elements opened since the state was saved. */
  clips: number;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

export interface SvgContextOptions {
  width: number;
  height: number;
  /** Prefix of element ids (clip paths), unique on the page the SVG is put in. */
  idPrefix: string;
  /** Font family the SVG sets once on its root; text drawn in it does not repeat it. */
  fontFamily: string;
}

export class SvgContext {
  // Style state, as plain properties Chart.js assigns; colours are checked when painted.
  fillStyle: string | CanvasGradient | CanvasPattern = '#000000';
  strokeStyle: string | CanvasGradient | CanvasPattern = '#000000';
  lineWidth = 1;
  lineCap: CanvasLineCap = 'butt';
  lineJoin: CanvasLineJoin = 'miter';
  lineDashOffset = 0;
  font: string;
  textAlign: CanvasTextAlign = 'start';
  textBaseline: CanvasTextBaseline = 'alphabetic';
  globalAlpha = 1;
  direction: CanvasDirection = 'ltr';

  readonly canvas: { width: number; height: number; getContext: () => SvgContext };
  private lineDash: number[] = [];
  private matrix: Matrix = [...IDENTITY];
  private clips = 0;
  private readonly stack: Saved[] = [];
  private readonly body: string[] = [];
  private path: string[] = [];
  /** Current point and start of the current subpath, in device coordinates. */
  private current: [number, number] | null = null;
  private subpathStart: [number, number] | null = null;
  /** Whether the last element written may take in the next shape painted alike. */
  private lastMergeable = false;
  /** Whether the current path is nothing but rect() calls: clockwise rectangles. */
  private rectsOnly = true;
  private clipCount = 0;
  private readonly options: SvgContextOptions;

  constructor(options: SvgContextOptions) {
    this.options = options;
    this.canvas = { width: options.width, height: options.height, getContext: () => this };
    this.font = `10px ${options.fontFamily}`;
  }

  setLineDash(segments: number[]): void {
    this.lineDash = [...segments];
  }
  getLineDash(): number[] {
    return [...this.lineDash];
  }

  save(): void {
    const style = Object.fromEntries(STYLE_KEYS.map((k) => [k, this[k]])) as Style;
    this.stack.push({ style, lineDash: this.lineDash, matrix: this.matrix, clips: this.clips });
    this.clips = 0;
  }

  restore(): void {
    const saved = this.stack.pop();
    if (!saved) return;
    for (let i = 0; i < this.clips; i++) this.body.push('</g>');
    Object.assign(this, saved.style);
    this.lineDash = saved.lineDash;
    this.matrix = saved.matrix;
    this.clips = saved.clips;
  }

  // --- transform ---

  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void {
    this.matrix = [a, b, c, d, e, f];
  }
  resetTransform(): void {
    this.matrix = [...IDENTITY];
  }
  transform(a: number, b: number, c: number, d: number, e: number, f: number): void {
    const [m0, m1, m2, m3, m4, m5] = this.matrix;
    this.matrix = [
      m0 * a + m2 * b,
      m1 * a + m3 * b,
      m0 * c + m2 * d,
      m1 * c + m3 * d,
      m0 * e + m2 * f + m4,
      m1 * e + m3 * f + m5,
    ];
  }
  translate(x: number, y: number): void {
    this.transform(1, 0, 0, 1, x, y);
  }
  rotate(angle: number): void {
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    this.transform(cos, sin, -sin, cos, 0, 0);
  }
  scale(x: number, y: number): void {
    this.transform(x, 0, 0, y, 0, 0);
  }

  private apply(x: number, y: number): [number, number] {
    const [a, b, c, d, e, f] = this.matrix;
    return [a * x + c * y + e, b * x + d * y + f];
  }

  /** Lengths scale by this under the current transform (rotation and uniform scale only). */
  private scaleFactor(): number {
    const [a, b, c, d] = this.matrix;
    if (Math.abs(a - d) > 1e-9 || Math.abs(b + c) > 1e-9)
      throw new Error('SvgContext：不支持非等比缩放或斜切变换下的圆弧与线宽');
    return Math.hypot(a, b);
  }

  // --- paths ---

  beginPath(): void {
    this.path = [];
    this.current = null;
    this.subpathStart = null;
    this.rectsOnly = true;
  }

  moveTo(x: number, y: number): void {
    this.rectsOnly = false;
    this.movePen(x, y);
  }

  private movePen(x: number, y: number): void {
    const p = this.apply(x, y);
    this.path.push(`M${num(p[0])} ${num(p[1])}`);
    this.current = p;
    this.subpathStart = p;
  }

  lineTo(x: number, y: number): void {
    this.rectsOnly = false;
    this.linePen(x, y);
  }

  private linePen(x: number, y: number): void {
    if (!this.current) return this.movePen(x, y);
    const p = this.apply(x, y);
    // Chart.js starts each line on its first point twice; with butt caps that draws nothing.
    const same = num(p[0]) === num(this.current[0]) && num(p[1]) === num(this.current[1]);
    if (!same || this.lineCap !== 'butt') this.path.push(`L${num(p[0])} ${num(p[1])}`);
    this.current = p;
  }

  closePath(): void {
    if (!this.current) return;
    this.path.push('Z');
    this.current = this.subpathStart;
  }

  /** Always wound clockwise, whatever the signs of w and h: see emitPath. */
  rect(x: number, y: number, w: number, h: number): void {
    const [left, top, right, bottom] = edges(x, y, w, h);
    this.movePen(left, top);
    this.linePen(right, top);
    this.linePen(right, bottom);
    this.linePen(left, bottom);
    this.closePath();
  }

  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void {
    this.rectsOnly = false;
    if (!this.current) this.moveTo(cx, cy);
    const c = this.apply(cx, cy);
    const p = this.apply(x, y);
    this.path.push(`Q${num(c[0])} ${num(c[1])} ${num(p[0])} ${num(p[1])}`);
    this.current = p;
  }

  bezierCurveTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): void {
    this.rectsOnly = false;
    if (!this.current) this.moveTo(c1x, c1y);
    const c1 = this.apply(c1x, c1y);
    const c2 = this.apply(c2x, c2y);
    const p = this.apply(x, y);
    this.path.push(
      `C${num(c1[0])} ${num(c1[1])} ${num(c2[0])} ${num(c2[1])} ${num(p[0])} ${num(p[1])}`,
    );
    this.current = p;
  }

  /** Canvas arc semantics: a line from the current point to the arc's start, then the arc. */
  arc(x: number, y: number, r: number, start: number, end: number, ccw = false): void {
    this.rectsOnly = false;
    const TAU = 2 * Math.PI;
    let sweep: number;
    if (!ccw) sweep = end - start >= TAU ? TAU : (((end - start) % TAU) + TAU) % TAU;
    else sweep = start - end >= TAU ? -TAU : -((((start - end) % TAU) + TAU) % TAU);
    const at = (angle: number) => this.apply(x + r * Math.cos(angle), y + r * Math.sin(angle));
    const first = at(start);
    if (this.current) this.path.push(`L${num(first[0])} ${num(first[1])}`);
    else {
      this.path.push(`M${num(first[0])} ${num(first[1])}`);
      this.subpathStart = first;
    }
    this.current = first;
    if (r <= 0 || sweep === 0) return;
    const radius = num(r * this.scaleFactor());
    // Pieces of at most a quarter turn: each SVG arc is then unambiguous.
    const pieces = Math.ceil(Math.abs(sweep) / (Math.PI / 2) - 1e-9);
    for (let i = 1; i <= pieces; i++) {
      const p = at(start + (sweep * i) / pieces);
      this.path.push(`A${radius} ${radius} 0 0 ${sweep > 0 ? 1 : 0} ${num(p[0])} ${num(p[1])}`);
      this.current = p;
    }
  }

  ellipse(
    x: number,
    y: number,
    rx: number,
    ry: number,
    rotation: number,
    start: number,
    end: number,
    ccw = false,
  ): void {
    if (rx !== ry) throw new Error('SvgContext：不支持椭圆');
    this.arc(x, y, rx, start + rotation, end + rotation, ccw);
  }

  fill(rule?: unknown): void {
    const evenOdd = fillRule(rule) === 'evenodd';
    const attributes = this.fillAttributes() + (evenOdd ? ' fill-rule="evenodd"' : '');
    this.emitPath(this.path.join(''), attributes, this.rectsOnly && !evenOdd, true);
  }

  stroke(path?: unknown): void {
    if (path !== undefined) throw new Error('SvgContext：不支持 Path2D');
    this.emitPath(this.path.join(''), this.strokeAttributes(), this.rectsOnly, false);
  }

  clip(rule?: unknown): void {
    const evenOdd = fillRule(rule) === 'evenodd' ? ' clip-rule="evenodd"' : '';
    const id = `${this.options.idPrefix}-clip${++this.clipCount}`;
    this.body.push(
      `<clipPath id="${id}"><path${evenOdd} d="${this.path.join('')}"/></clipPath>`,
      `<g clip-path="url(#${id})">`,
    );
    this.clips++;
  }

  fillRect(x: number, y: number, w: number, h: number): void {
    this.emitPath(this.rectPath(x, y, w, h), this.fillAttributes(), true, true);
  }

  strokeRect(x: number, y: number, w: number, h: number): void {
    this.emitPath(this.rectPath(x, y, w, h), this.strokeAttributes(), true, false);
  }

  /** Chart.js clears the whole canvas before each render: start the drawing over. */
  clearRect(x: number, y: number, w: number, h: number): void {
    const [a, b, c, d, e, f] = this.matrix;
    const whole =
      a === 1 && b === 0 && c === 0 && d === 1 && e === 0 && f === 0 && x <= 0 && y <= 0;
    if (!whole || w < this.options.width || h < this.options.height || this.stack.length > 1)
      throw new Error('SvgContext：只支持清除整个画布');
    this.body.length = 0;
  }

  drawImage(): void {
    throw new Error('SvgContext：不支持位图');
  }

  /** A separate clockwise rectangle, leaving the current path as it is. */
  private rectPath(x: number, y: number, w: number, h: number): string {
    const [left, top, right, bottom] = edges(x, y, w, h);
    const corners = [
      this.apply(left, top),
      this.apply(right, top),
      this.apply(right, bottom),
      this.apply(left, bottom),
    ];
    return `M${corners.map((p) => `${num(p[0])} ${num(p[1])}`).join('L')}Z`;
  }

  private fillAttributes(): string {
    return `fill="${colour(this.fillStyle)}"${this.alpha()}`;
  }

  private strokeAttributes(): string {
    const k = this.scaleFactor();
    let attrs = `fill="none" stroke="${colour(this.strokeStyle)}" stroke-width="${num(this.lineWidth * k)}"`;
    if (this.lineCap !== 'butt') attrs += ` stroke-linecap="${this.lineCap}"`;
    if (this.lineJoin !== 'miter') attrs += ` stroke-linejoin="${this.lineJoin}"`;
    if (this.lineDash.length > 0) {
      attrs += ` stroke-dasharray="${this.lineDash.map((v) => num(v * k)).join(' ')}"`;
      if (this.lineDashOffset) attrs += ` stroke-dashoffset="${num(this.lineDashOffset * k)}"`;
    }
    return attrs + this.alpha();
  }

  private alpha(): string {
    return this.globalAlpha < 1 ? ` opacity="${Math.round(this.globalAlpha * 1000) / 1000}"` : '';
  }

  /**
   * Consecutive shapes painted alike become one path (a chart's grid lines, one series' bars)
   * only where that paints exactly the same pixels: the paint is opaque, so an overlap is not
   * painted twice over; strokes are undashed, so no dash pattern runs on across shapes; fills
   * are clockwise rectangles, so no overlap of opposite windings cancels out into a hole.
   */
  private emitPath(d: string, attributes: string, rects: boolean, filled: boolean): void {
    if (d === '') return;
    const head = `<path ${attributes} d="`;
    const mergeable =
      this.globalAlpha === 1 &&
      opaque(colour(filled ? this.fillStyle : this.strokeStyle)) &&
      (filled ? rects : this.lineDash.length === 0);
    const last = this.body[this.body.length - 1];
    if (mergeable && this.lastMergeable && last?.startsWith(head)) {
      this.body[this.body.length - 1] = `${last.slice(0, -3)}${d}"/>`;
      return;
    }
    this.body.push(`${head}${d}"/>`);
    this.lastMergeable = mergeable;
  }

  // --- text ---

  measureText(text: string): TextMetrics {
    return measure(String(text), parseFont(this.font, this.options.fontFamily).size);
  }

  fillText(text: string, x: number, y: number, maxWidth?: number): void {
    this.emitText(String(text), x, y, maxWidth, `fill="${colour(this.fillStyle)}"`);
  }

  strokeText(text: string, x: number, y: number, maxWidth?: number): void {
    const k = this.scaleFactor();
    this.emitText(
      String(text),
      x,
      y,
      maxWidth,
      `fill="none" stroke="${colour(this.strokeStyle)}" stroke-width="${num(this.lineWidth * k)}"`,
    );
  }

  private emitText(
    text: string,
    x: number,
    y: number,
    maxWidth: number | undefined,
    paint: string,
  ): void {
    const element = textElement(text, x, y, maxWidth, {
      font: parseFont(this.font, this.options.fontFamily),
      rootFamily: this.options.fontFamily,
      baseline: this.textBaseline,
      anchor: textAnchor(this.textAlign, this.direction),
      matrix: this.matrix,
      paint: paint + this.alpha(),
    });
    if (element !== '') this.body.push(element);
  }

  // --- result ---

  /** The drawing as one `<svg>` element, one shape per line. */
  toSvg(attributes: string): string {
    const { width, height, fontFamily } = this.options;
    if (this.stack.length > 0) throw new Error('SvgContext：save() 与 restore() 不成对');
    // A canvas's miter limit is 10, SVG's 4: set once, sharp peaks of a line are mitred alike.
    return [
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${escapeXml(fontFamily)}" stroke-miterlimit="10" ${attributes}>`,
      ...this.body,
      ...Array.from({ length: this.clips }, () => '</g>'),
      '</svg>',
    ].join('\n');
  }
}
