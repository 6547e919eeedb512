import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  fileHead,
  notRasterMessage,
  rasterKind,
  SIGNATURE_BYTES,
} from '../../../src/lib/content/image-kind.ts';
import { tempRoot } from '../support/folders.ts';

const bytes = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));

describe('rasterKind(head)', () => {
  it.each([
    ['PNG', bytes('\x89PNG\r\n\x1a\n\0\0\0\r'), 'PNG'],
    ['JPEG (JFIF)', bytes('\xff\xd8\xff\xe0\0\x10JFIF\0'), 'JPEG'],
    ['JPEG (Exif)', bytes('\xff\xd8\xff\xe1'), 'JPEG'],
    ['WebP', bytes('RIFF\x24\0\0\0WEBPVP8 '), 'WebP'],
    ['an SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg">'), undefined],
    ['an SVG behind an XML declaration', bytes('<?xml version="1.0"?><svg>'), undefined],
    ['a GIF', bytes('GIF89a\x01\0\x01\0'), undefined],
    ['a WAV (RIFF, not WEBP)', bytes('RIFF\x24\0\0\0WAVEfmt '), undefined],
    ['a PNG cut short', bytes('\x89PNG'), undefined],
    ['nothing', new Uint8Array(), undefined],
    ['HTML', bytes('<html><script>'), undefined],
  ])('%s → %s', (_, head, kind) => expect(rasterKind(head)).toBe(kind));
});

describe('notRasterMessage(path, head)', () => {
  it('says nothing of a raster image, names an SVG as one, and anything else as not an image', () => {
    expect(notRasterMessage('a.png', bytes('\x89PNG\r\n\x1a\n\0\0\0\r'))).toBeUndefined();
    expect(notRasterMessage('a.png', bytes('  <svg onload="x()">'))).toMatch(
      /^图片 a\.png 是 SVG 文件（按文件内容判断，不看扩展名）/,
    );
    expect(notRasterMessage('a.jpg', bytes('<!-- x --><svg>'))).toContain('是 SVG 文件');
    expect(notRasterMessage('a.webp', bytes('GIF89a'))).toContain('不是 PNG、JPEG 或 WebP 图片');
  });
});

describe('fileHead(path)', () => {
  it('reads at most the signature’s bytes, fewer from a shorter file', async () => {
    const root = await tempRoot({ 'long.bin': 'x'.repeat(100), 'short.bin': 'ab' });
    expect(fileHead(join(root, 'long.bin'))).toHaveLength(SIGNATURE_BYTES);
    expect(fileHead(join(root, 'short.bin'))).toEqual(bytes('ab'));
  });
});
