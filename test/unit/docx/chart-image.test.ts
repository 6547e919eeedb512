import { inflateSync, crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chartFontFiles, chartPngs, png } from '../../../src/lib/docx/chart-image.ts';

const chart = (fill: string, label = '1月') =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50" width="100" height="50"><rect x="0" y="0" width="50" height="50" fill="${fill}"/><text x="60" y="30" font-size="12">${label}</text></svg>`;

/** Width, height and raw scanlines of a PNG, every chunk's CRC checked. */
function readPng(bytes: Uint8Array): { width: number; height: number; raw: Buffer } {
  const b = Buffer.from(bytes);
  expect([...b.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (at < b.length) {
    const length = b.readUInt32BE(at);
    const type = b.toString('latin1', at + 4, at + 8);
    const data = b.subarray(at + 8, at + 8 + length);
    expect(b.readUInt32BE(at + 8 + length)).toBe(crc32(b.subarray(at + 4, at + 8 + length)));
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
    } else if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  return { width, height, raw: inflateSync(Buffer.concat(idat)) };
}

describe('png(width, height, rows)', () => {
  it('writes valid chunks holding the rows unfiltered', () => {
    const rows = [
      new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]),
      new Uint8Array([9, 10, 11, 12, 13, 14, 15, 16]),
    ];
    const { width, height, raw } = readPng(png(2, 2, rows));
    expect([width, height]).toEqual([2, 2]);
    expect([...raw]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 9, 10, 11, 12, 13, 14, 15, 16]);
  });
});

describe('chartPngs(charts, fontFiles)', () => {
  it('draws each chart at its own size, cut apart from one canvas', () => {
    const [red, blue] = chartPngs(
      [
        { svg: chart('#ff0000'), width: 200, height: 100 },
        { svg: chart('#0000ff'), width: 100, height: 50 },
      ],
      chartFontFiles(),
    );
    const a = readPng(red ?? new Uint8Array());
    const b = readPng(blue ?? new Uint8Array());
    expect([a.width, a.height, b.width, b.height]).toEqual([200, 100, 100, 50]);
    // The top-left pixel of each is its own bar's colour: nothing of the other chart shows.
    expect([...a.raw.subarray(1, 5)]).toEqual([255, 0, 0, 255]);
    expect([...b.raw.subarray(1, 5)]).toEqual([0, 0, 255, 255]);
    const lastRow = b.raw.subarray((b.height - 1) * (b.width * 4 + 1) + 1);
    expect([...lastRow.subarray(0, 4)]).toEqual([0, 0, 255, 255]);
  });

  it('still draws the charts, without their text, where no font file is found', () => {
    expect(chartFontFiles(['/nonexistent/font.ttc'])).toEqual([]);
    const [withoutFont] = chartPngs([{ svg: chart('#ff0000'), width: 100, height: 50 }], []);
    const { raw } = readPng(withoutFont ?? new Uint8Array());
    expect([...raw.subarray(1, 5)]).toEqual([255, 0, 0, 255]);
  });

  it('gives the same bytes for the same charts', () => {
    const charts = [{ svg: chart('#123456', '12月'), width: 120, height: 60 }];
    expect(
      Buffer.from(chartPngs(charts)[0] ?? []).equals(Buffer.from(chartPngs(charts)[0] ?? [])),
    ).toBe(true);
  });

  it.skipIf(chartFontFiles().length === 0)(
    'draws a label written as character references as it draws the characters themselves',
    () => {
      const draw = (label: string) =>
        Buffer.from(
          chartPngs([{ svg: chart('#ffffff', label), width: 200, height: 100 }])[0] ?? [],
        );
      const literal = draw('一月 12');
      expect(literal.equals(draw('&#x4E00;&#26376; 12'))).toBe(true);
      // And the label is drawn at all: without it the chart is another picture.
      expect(literal.equals(draw(''))).toBe(false);
    },
  );

  it('returns nothing for no charts', () => {
    expect(chartPngs([])).toEqual([]);
  });

  it.each([
    [0, 10],
    [10, -1],
    [1.5, 10],
    [Number.NaN, 10],
  ])('refuses the size %s × %s', (width, height) => {
    expect(() => chartPngs([{ svg: chart('#000'), width, height }], [])).toThrow('图表尺寸无效');
  });
});
