import { describe, expect, it } from 'vitest';
import { SvgContext } from '../../../src/charts/svg-context.ts';
import { num } from '../../../src/charts/svg-markup.ts';
import { textWidth } from '../../../src/charts/text-metrics.ts';

const FAMILY = 'sans-serif';

function context(): SvgContext {
  return new SvgContext({ width: 100, height: 50, idPrefix: 't', fontFamily: FAMILY });
}

/** The drawing's elements, one a line, without the <svg> wrapper. */
function body(ctx: SvgContext): string[] {
  return ctx.toSvg('role="img"').split('\n').slice(1, -1);
}

describe('num(value)', () => {
  it('writes tenths of a pixel and never -0', () => {
    expect(num(56.5)).toBe('56.5');
    expect(num(287.60001)).toBe('287.6');
    expect(num(1 / 3)).toBe('0.3');
    expect(num(-0.01)).toBe('0');
    expect(num(-2.25)).toBe('-2.2');
  });
});

describe('SvgContext paths', () => {
  it('fills a rectangle as a closed path in the fill colour', () => {
    const ctx = context();
    ctx.fillStyle = 'rgba(0, 0, 0, 0.1)';
    ctx.fillRect(1, 2, 10, 20);
    expect(body(ctx)).toEqual(['<path fill="rgba(0,0,0,0.1)" d="M1 2L11 2L11 22L1 22Z"/>']);
  });

  it('merges consecutive shapes painted alike, and only those', () => {
    const ctx = context();
    ctx.strokeStyle = '#ccc';
    for (const x of [10, 20]) {
      ctx.beginPath();
      ctx.moveTo(x, 0);
      ctx.lineTo(x, 50);
      ctx.stroke();
    }
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(30, 0);
    ctx.lineTo(30, 50);
    ctx.stroke();
    expect(body(ctx)).toEqual([
      '<path fill="none" stroke="#ccc" stroke-width="1" d="M10 0L10 50M20 0L20 50"/>',
      '<path fill="none" stroke="#ccc" stroke-width="2" d="M30 0L30 50"/>',
    ]);
  });

  it('merges only what paints the same merged: not translucent, dashed, or non-rectangle fills', () => {
    const ctx = context();
    const line = (x: number) => {
      ctx.beginPath();
      ctx.moveTo(x, 0);
      ctx.lineTo(x, 50);
      ctx.stroke();
    };
    ctx.strokeStyle = 'rgba(0,0,0,0.1)';
    line(10);
    line(20);
    ctx.strokeStyle = '#000';
    ctx.setLineDash([2, 2]);
    line(30);
    line(40);
    ctx.setLineDash([]);
    ctx.fillStyle = '#111';
    for (const x of [50, 60]) {
      ctx.beginPath();
      ctx.moveTo(x, 0);
      ctx.lineTo(x + 5, 0);
      ctx.lineTo(x, 5);
      ctx.fill();
    }
    expect(body(ctx)).toHaveLength(6);
  });

  it('winds every rectangle clockwise, whatever the signs of its sides', () => {
    const ctx = context();
    ctx.beginPath();
    ctx.rect(10, 10, -5, -5);
    ctx.rect(20, 0, 5, 5);
    ctx.fill();
    ctx.fillRect(40, 10, -5, -5);
    expect(body(ctx)).toEqual([
      '<path fill="#000000" d="M5 5L10 5L10 10L5 10ZM20 0L25 0L25 5L20 5ZM35 5L40 5L40 10L35 10Z"/>',
    ]);
  });

  it('fills and clips even-odd when asked, and refuses a Path2D it would not draw', () => {
    const ctx = context();
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, 0, 10, 10);
    ctx.clip('evenodd');
    ctx.fill('evenodd');
    ctx.restore();
    expect(body(ctx)).toEqual([
      '<clipPath id="t-clip1"><path clip-rule="evenodd" d="M0 0L10 0L10 10L0 10Z"/></clipPath>',
      '<g clip-path="url(#t-clip1)">',
      '<path fill="#000000" fill-rule="evenodd" d="M0 0L10 0L10 10L0 10Z"/>',
      '</g>',
    ]);
    expect(() => ctx.stroke({})).toThrow('不支持 Path2D');
    expect(() => ctx.fill({})).toThrow('不支持 Path2D');
  });

  it('closes a clip left open and sets the canvas miter limit on the drawing', () => {
    const ctx = context();
    ctx.beginPath();
    ctx.rect(0, 0, 10, 10);
    ctx.clip();
    const svg = ctx.toSvg('role="img"');
    expect(svg).toContain(' stroke-miterlimit="10" ');
    expect(svg.endsWith('<g clip-path="url(#t-clip1)">\n</g>\n</svg>')).toBe(true);
  });

  it('applies translate and rotate to coordinates, and dashes with the line', () => {
    const ctx = context();
    ctx.translate(10, 10);
    ctx.rotate(Math.PI / 2);
    ctx.setLineDash([6, 4]);
    ctx.beginPath();
    ctx.moveTo(0, 0);
    ctx.lineTo(5, 0);
    ctx.stroke();
    expect(body(ctx)).toEqual([
      '<path fill="none" stroke="#000000" stroke-width="1" stroke-dasharray="6 4" d="M10 10L10 15"/>',
    ]);
  });

  it('leaves out a line to where the pen already is, unless its cap would show as a dot', () => {
    const ctx = context();
    ctx.beginPath();
    ctx.moveTo(1, 1);
    ctx.lineTo(1.01, 1);
    ctx.lineTo(5, 1);
    ctx.stroke();
    ctx.lineCap = 'round';
    ctx.beginPath();
    ctx.moveTo(1, 1);
    ctx.lineTo(1, 1);
    ctx.stroke();
    expect(body(ctx)).toEqual([
      '<path fill="none" stroke="#000000" stroke-width="1" d="M1 1L5 1"/>',
      '<path fill="none" stroke="#000000" stroke-width="1" stroke-linecap="round" d="M1 1L1 1"/>',
    ]);
  });

  it('draws a whole circle as four quarter arcs that close where they began', () => {
    const ctx = context();
    ctx.beginPath();
    ctx.arc(50, 25, 10, 0, 2 * Math.PI);
    ctx.fill();
    expect(body(ctx)).toEqual([
      '<path fill="#000000" d="M60 25A10 10 0 0 1 50 35A10 10 0 0 1 40 25A10 10 0 0 1 50 15A10 10 0 0 1 60 25"/>',
    ]);
  });

  it('joins an arc to the current point with a line, and sweeps back when counter-clockwise', () => {
    const ctx = context();
    ctx.beginPath();
    ctx.moveTo(0, 0);
    ctx.arc(50, 25, 10, 0, -Math.PI / 2, true);
    ctx.stroke();
    expect(body(ctx)).toEqual([
      '<path fill="none" stroke="#000000" stroke-width="1" d="M0 0L60 25A10 10 0 0 0 50 15"/>',
    ]);
  });

  it('clips what follows until restore(), with ids under the given prefix', () => {
    const ctx = context();
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, 0, 10, 10);
    ctx.clip();
    ctx.fillRect(0, 0, 20, 20);
    ctx.restore();
    ctx.fillRect(0, 0, 5, 5);
    expect(body(ctx)).toEqual([
      '<clipPath id="t-clip1"><path d="M0 0L10 0L10 10L0 10Z"/></clipPath>',
      '<g clip-path="url(#t-clip1)">',
      '<path fill="#000000" d="M0 0L20 0L20 20L0 20Z"/>',
      '</g>',
      '<path fill="#000000" d="M0 0L5 0L5 5L0 5Z"/>',
    ]);
  });

  it('starts over when the whole canvas is cleared, as Chart.js does before drawing', () => {
    const ctx = context();
    ctx.fillRect(0, 0, 5, 5);
    ctx.clearRect(0, 0, 100, 50);
    expect(body(ctx)).toEqual([]);
  });

  it('refuses what it cannot draw faithfully instead of drawing it wrong', () => {
    const ctx = context();
    ctx.fillStyle = {} as CanvasPattern;
    expect(() => ctx.fillRect(0, 0, 1, 1)).toThrow('不支持渐变或图案填充');
    ctx.fillStyle = '#000';
    expect(() => ctx.drawImage()).toThrow('不支持位图');
    expect(() => ctx.clearRect(0, 0, 10, 10)).toThrow('只支持清除整个画布');
    ctx.scale(2, 1);
    expect(() => ctx.arc(0, 0, 5, 0, 1)).toThrow('非等比缩放');
  });
});

describe('SvgContext text', () => {
  it('measures with the Noto Sans CJK SC advance widths: ideographs one em, digits 0.555', () => {
    const ctx = context();
    ctx.font = `12px ${FAMILY}`;
    expect(ctx.measureText('12月').width).toBeCloseTo(((555 + 555 + 1000) * 12) / 1000, 9);
    expect(textWidth('万元', 10)).toBe(20);
  });

  it('writes text on its alphabetic baseline, anchored as the canvas aligned it', () => {
    const ctx = context();
    ctx.font = `bold 10px ${FAMILY}`;
    ctx.fillStyle = '#1a1a1a';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText('已化解', 50, 20);
    ctx.textAlign = 'right';
    ctx.textBaseline = 'top';
    ctx.font = "12px 'Other Font'";
    ctx.fillText('9', 40, 0);
    expect(body(ctx)).toEqual([
      '<text x="50" y="23.8" font-size="10" font-weight="bold" text-anchor="middle" fill="#1a1a1a">已化解</text>',
      '<text x="40" y="10.6" font-size="12" font-family="\'Other Font\'" text-anchor="end" fill="#1a1a1a">9</text>',
    ]);
  });

  it('turns rotated text with a transform, and escapes what the text holds', () => {
    const ctx = context();
    ctx.font = `12px ${FAMILY}`;
    ctx.translate(10, 40);
    ctx.rotate(-Math.PI / 2);
    ctx.fillText('<b>&"', 0, 0);
    expect(body(ctx)).toEqual([
      '<text transform="matrix(0 -1 1 0 10 40)" x="0" y="0" font-size="12" fill="#000000">&lt;b&gt;&amp;&quot;</text>',
    ]);
  });

  it('squeezes text wider than its maxWidth into it, and leaves narrower text alone', () => {
    const ctx = context();
    ctx.font = `10px ${FAMILY}`;
    ctx.fillText('资金支出', 0, 10, 30);
    ctx.fillText('资金', 0, 20, 30);
    expect(body(ctx)).toEqual([
      '<text x="0" y="10" font-size="10" textLength="30" lengthAdjust="spacingAndGlyphs" fill="#000000">资金支出</text>',
      '<text x="0" y="20" font-size="10" fill="#000000">资金</text>',
    ]);
  });

  it('draws nothing where maxWidth leaves no room, as a canvas does', () => {
    const ctx = context();
    ctx.font = `10px ${FAMILY}`;
    ctx.fillText('资金', 0, 10, 0);
    ctx.fillText('资金', 0, 10, Number.NaN);
    expect(body(ctx)).toEqual([]);
  });

  it('refuses a font it cannot read the size of', () => {
    const ctx = context();
    ctx.font = 'large serif';
    expect(() => ctx.fillText('x', 0, 0)).toThrow('无法识别的字体');
  });
});
