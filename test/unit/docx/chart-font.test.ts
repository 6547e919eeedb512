import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { faceIndex, fontSubset, svgCharacters } from '../../../src/lib/docx/chart-font.ts';
import { chartFontFiles } from '../../../src/lib/docx/chart-image.ts';

/** A font collection header with one face per family, each with only a name table. */
function collection(families: string[]): Uint8Array {
  const parts: number[][] = [];
  const header = 12 + 4 * families.length;
  const faceSize = (name: string) => 12 + 16 + 6 + 12 + name.length * 2;
  const offsets: number[] = [];
  let at = header;
  for (const f of families) {
    offsets.push(at);
    at += faceSize(f);
  }
  const u16 = (n: number) => [(n >> 8) & 255, n & 255];
  const u32 = (n: number) => [(n >>> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255];
  parts.push(
    [...'ttcf'].map((c) => c.charCodeAt(0)),
    u32(0x10000),
    u32(families.length),
  );
  for (const o of offsets) parts.push(u32(o));
  families.forEach((f, i) => {
    const sfnt = offsets[i] ?? 0;
    const name = sfnt + 12 + 16;
    parts.push(u32(0x4f54544f), u16(1), u16(16), u16(0), u16(0));
    parts.push(
      [...'name'].map((c) => c.charCodeAt(0)),
      u32(0),
      u32(name),
      u32(6 + 12 + f.length * 2),
    );
    parts.push(u16(0), u16(1), u16(6 + 12));
    parts.push(u16(3), u16(1), u16(0x409), u16(1), u16(f.length * 2), u16(0));
    parts.push([...f].flatMap((c) => u16(c.charCodeAt(0))));
  });
  return new Uint8Array(parts.flat());
}

describe('faceIndex(bytes, family)', () => {
  it.each([
    ['the face named so in a collection', collection(['Noto Sans CJK JP', 'Noto Sans CJK SC']), 1],
    ['0 when no face has that name', collection(['Noto Sans CJK JP', 'Noto Sans CJK KR']), 0],
    ['0 for a single font', new Uint8Array([0x4f, 0x54, 0x54, 0x4f, 0, 0, 0, 0, 0, 0, 0, 0]), 0],
    ['0 for too few bytes', new Uint8Array([0x74, 0x74, 0x63]), 0],
  ])('finds %s', (_what, bytes, index) => {
    expect(faceIndex(bytes, 'Noto Sans CJK SC')).toBe(index);
  });

  it.each([
    ['cut short', (b: Uint8Array) => b.subarray(0, 40)],
    [
      'with a face count far beyond the file',
      (b: Uint8Array) => b.map((v, i) => (i === 11 ? 255 : v)),
    ],
    [
      'with offsets beyond the file',
      (b: Uint8Array) => b.map((v, i) => (i >= 12 && i < 20 ? 255 : v)),
    ],
  ])('reads a collection %s without throwing', (_what, damage) => {
    const bytes = damage(collection(['Noto Sans CJK JP', 'Noto Sans CJK SC']));
    expect(() => faceIndex(bytes, 'Noto Sans CJK SC')).not.toThrow();
  });
});

describe('svgCharacters(svg)', () => {
  it.each([
    ['hexadecimal and decimal references', '<text>&#x4E00;&#20108;</text>', ['一', '二']],
    ['an astral character', '<text>&#x1F600;</text>', ['😀']],
    ['named entities, as written', '<text>&amp;&lt;</text>', ['&', '<']],
  ])('adds the characters of %s', (_what, svg, chars) => {
    const text = svgCharacters(svg);
    for (const ch of chars) expect(text).toContain(ch);
  });

  it.each(['&#xD800;', '&#x110000;', '&#99999999999;', '&#xFFFFFFFF;', '&#;', '&#x;'])(
    'adds nothing for the invalid reference %s',
    (ref) => {
      expect(svgCharacters(`<text>${ref}</text>`)).toBe(`<text>${ref}</text>`);
    },
  );
});

const [fontFile] = chartFontFiles();

describe.skipIf(!fontFile)('fontSubset(file, family, text)', () => {
  // With a character the font lacks (the emoji), drawn as the whole collection draws it.
  const text = '资金拨付 1月 12.5% 万元 😀\u{E000}';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="40"><text x="4" y="28" font-size="20" font-family="'Noto Sans CJK SC', sans-serif">${text}</text></svg>`;
  const draw = (file: string) =>
    new Resvg(svg, {
      background: '#ffffff',
      font: { fontFiles: [file], loadSystemFonts: false, defaultFontFamily: 'Noto Sans CJK SC' },
    }).render().pixels;

  it('is a small OpenType font that draws the text exactly as the whole collection does', () => {
    const subset = fontSubset(fontFile ?? '', 'Noto Sans CJK SC', text);
    expect(subset.length).toBeLessThan(100_000);
    const dir = mkdtempSync(join(tmpdir(), 'xf-font-test-'));
    try {
      const file = join(dir, 'subset.otf');
      writeFileSync(file, subset);
      const cut = draw(file);
      const whole = draw(fontFile ?? '');
      // The text is drawn at all (some pixel is not white), and pixel for pixel the same.
      expect(cut.some((v) => v < 128)).toBe(true);
      expect(Buffer.from(cut).equals(Buffer.from(whole))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the same bytes for the same text, and takes any code point', () => {
    const a = fontSubset(fontFile ?? '', 'Noto Sans CJK SC', text);
    expect(
      Buffer.from(a).equals(Buffer.from(fontSubset(fontFile ?? '', 'Noto Sans CJK SC', text))),
    ).toBe(true);
    expect(() =>
      fontSubset(fontFile ?? '', 'Noto Sans CJK SC', '\ud800\u0000😀\uffff'),
    ).not.toThrow();
  });
});
