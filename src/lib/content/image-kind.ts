/**
 * What a narrative image is, read from its first bytes, never from its name: a narrative image is
 * copied into the site (`_astro/`) and served from the site's own origin, so only a raster image
 * that a browser cannot run is accepted. An SVG is a document (it may hold `<script>`, `onload`
 * and numbers drawn as separate `<text>` elements the output scan cannot read whole); it is
 * refused whatever it is called, and so is any other kind of file.
 */
import { closeSync, openSync, readSync } from 'node:fs';

export type RasterKind = 'PNG' | 'JPEG' | 'WebP';

/** Bytes enough to tell the three kinds apart. */
export const SIGNATURE_BYTES = 12;

/** The raster kind of a file's first bytes, or undefined for anything else. */
export function rasterKind(head: Uint8Array): RasterKind | undefined {
  const at = (i: number, bytes: readonly number[]) => bytes.every((b, k) => head[i + k] === b);
  if (at(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'PNG';
  if (at(0, [0xff, 0xd8, 0xff])) return 'JPEG';
  // RIFF, a 4-byte length, then WEBP.
  if (at(0, [0x52, 0x49, 0x46, 0x46]) && at(8, [0x57, 0x45, 0x42, 0x50])) return 'WebP';
  return undefined;
}

/** The first bytes of a file (fewer when it is shorter). */
export function fileHead(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const head = new Uint8Array(SIGNATURE_BYTES);
    const read = readSync(fd, head, 0, SIGNATURE_BYTES, 0);
    return head.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Says why a narrative image file is refused, or undefined for a PNG, JPEG or WebP image. */
export function notRasterMessage(path: string, head: Uint8Array): string | undefined {
  if (rasterKind(head) !== undefined) return undefined;
  const svg = /^\s*(?:<\?xml|<svg|<!--|<!doctype)/i.test(new TextDecoder().decode(head));
  return `图片 ${path} ${svg ? '是 SVG 文件' : '不是 PNG、JPEG 或 WebP 图片'}（按文件内容判断，不看扩展名）；正文图片只能是 PNG、JPEG 或 WebP 位图，SVG 可以含有在浏览器中运行的脚本，请导出为 PNG 后再用`;
}
