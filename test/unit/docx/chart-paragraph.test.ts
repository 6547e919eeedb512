import { Paragraph } from 'docx';
import { parse } from 'node-html-parser';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { chartFallbacks, chartImage } from '../../../src/lib/docx/chart-paragraph.ts';
import { SVG } from '../support/report-page.ts';

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47];
const root = (html: string) => parse(html);
const svgOf = (html: string) => parse(html).querySelector('svg') as HTMLElement;
/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
};

describe('chartFallbacks(root, width)', () => {
  it('draws each chart once, at twice its size on the page, capped at the text width', () => {
    const pngs = chartFallbacks(root(`<figure>${SVG}</figure><figure>${SVG}</figure>`), 4800);
    expect(pngs.size).toBe(1);
    const png = pngs.get(svgOf(SVG).toString()) ?? new Uint8Array();
    expect([...png.subarray(0, 4)]).toEqual(PNG_MAGIC);
    // 4800 twips = 320 px of text width: 320 × 160 on the page, drawn at 640 × 320.
    expect(pngSize(png)).toEqual([640, 320]);
  });

  it.each([
    ['no size', '<svg viewBox="0 0 1 1"></svg>'],
    ['a zero width', '<svg width="0" height="10"></svg>'],
    ['a size past 10,000', '<svg width="20000" height="10"></svg>'],
    ['a size that is no number', '<svg width="x" height="10"></svg>'],
  ])('leaves out a chart with %s', (_, svg) => {
    expect(chartFallbacks(root(`<figure>${svg}</figure>`), 9000).size).toBe(0);
  });

  it('looks only at drawings inside figures', () => {
    expect(chartFallbacks(root(SVG), 9000).size).toBe(0);
  });
});

describe('chartImage(svgEl, width, pngs)', () => {
  it('is a paragraph when the chart has a size and a fallback, else nothing', () => {
    const svg = svgOf(SVG);
    const pngs = chartFallbacks(root(`<figure>${SVG}</figure>`), 9000);
    expect(chartImage(svg, 9000, pngs)).toBeInstanceOf(Paragraph);
    expect(chartImage(svg, 9000, new Map())).toBeUndefined();
    expect(chartImage(svgOf('<svg viewBox="0 0 1 1"></svg>'), 9000, pngs)).toBeUndefined();
  });
});
