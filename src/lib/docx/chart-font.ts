/**
 * The chart font cut down to the characters a drawing uses.
 *
 * resvg (through fontdb) reads a font file whole from disk again for every glyph it outlines:
 * with the 19 MB Noto CJK collection that is most of the Word export's time (a chart of 60
 * characters took over a second). A subset holding only the drawing's characters is a few
 * kilobytes, so each of those reads costs nothing. The glyphs' outlines and advances are the
 * font's own, so the pixels are the same as with the whole collection.
 *
 * The subset is made by HarfBuzz's hb-subset (harfbuzzjs, WebAssembly, no system library); the
 * collection is read into it once per process.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface HbSubset {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_length(blob: number): number;
  hb_blob_get_data(blob: number, length: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codepoint: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

let hb: HbSubset | undefined;

function harfbuzz(): HbSubset {
  if (!hb) {
    const wasm = createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
    const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(wasm)), {});
    hb = instance.exports as unknown as HbSubset;
  }
  return hb;
}

/** HB_MEMORY_MODE_WRITABLE: HarfBuzz may use the bytes in place. */
const MEMORY_MODE_WRITABLE = 2;

/** Faces already read into HarfBuzz, by font file and family. */
const faces = new Map<string, number>();

/**
 * Index of the face named `family` in a font collection (.ttc); 0 for a single font, or a
 * collection without such a face.
 */
export function faceIndex(bytes: Uint8Array, family: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length < 12 || tag(0) !== 'ttcf') return 0;
  const count = view.getUint32(8);
  for (let i = 0; i < count && 12 + 4 * i + 4 <= bytes.length; i++) {
    const sfnt = view.getUint32(12 + 4 * i);
    if (sfnt + 12 > bytes.length) continue;
    const tables = view.getUint16(sfnt + 4);
    for (let t = 0; t < tables; t++) {
      const rec = sfnt + 12 + 16 * t;
      if (rec + 16 > bytes.length || tag(rec) !== 'name') continue;
      if (familyNames(view, view.getUint32(rec + 8)).includes(family)) return i;
    }
  }
  return 0;
}

/** The family names (name IDs 1 and 16, Windows UTF-16) of a name table at `at`. */
function familyNames(view: DataView, at: number): string[] {
  const out: string[] = [];
  if (at + 6 > view.byteLength) return out;
  const count = view.getUint16(at + 2);
  const strings = at + view.getUint16(at + 4);
  for (let r = 0; r < count; r++) {
    const rec = at + 6 + 12 * r;
    if (rec + 12 > view.byteLength) break;
    const platform = view.getUint16(rec);
    const nameId = view.getUint16(rec + 6);
    if (platform !== 3 || (nameId !== 1 && nameId !== 16)) continue;
    const length = view.getUint16(rec + 8);
    const start = strings + view.getUint16(rec + 10);
    if (start + length > view.byteLength) continue;
    let name = '';
    for (let k = 0; k + 1 < length; k += 2) name += String.fromCharCode(view.getUint16(start + k));
    out.push(name);
  }
  return out;
}

function face(file: string, family: string): number {
  const key = `${file}\u0000${family}`;
  let f = faces.get(key);
  if (f === undefined) {
    const h = harfbuzz();
    const bytes = readFileSync(file);
    const ptr = h.malloc(bytes.length);
    if (!ptr) throw new Error(`字体文件过大，无法读入：${file}`);
    new Uint8Array(h.memory.buffer, ptr, bytes.length).set(bytes);
    const blob = h.hb_blob_create(ptr, bytes.length, MEMORY_MODE_WRITABLE, 0, 0);
    f = h.hb_face_create(blob, faceIndex(bytes, family));
    h.hb_blob_destroy(blob);
    faces.set(key, f);
  }
  return f;
}

/**
 * The face `family` of the font file (a single font or a collection) reduced to the characters
 * of `text`: an OpenType font of its own, as bytes.
 */
export function fontSubset(file: string, family: string, text: string): Uint8Array {
  const h = harfbuzz();
  const input = h.hb_subset_input_create_or_fail();
  if (!input) throw new Error('无法裁剪图表字体');
  try {
    const unicodes = h.hb_subset_input_unicode_set(input);
    for (const cp of new Set([...text].map((ch) => ch.codePointAt(0) ?? 0)))
      h.hb_set_add(unicodes, cp);
    const subset = h.hb_subset_or_fail(face(file, family), input);
    if (!subset) throw new Error(`无法裁剪图表字体：${file}`);
    const blob = h.hb_face_reference_blob(subset);
    try {
      const data = h.hb_blob_get_data(blob, 0);
      const length = h.hb_blob_get_length(blob);
      return new Uint8Array(h.memory.buffer, data, length).slice();
    } finally {
      h.hb_blob_destroy(blob);
      h.hb_face_destroy(subset);
    }
  } finally {
    h.hb_subset_input_destroy(input);
  }
}

/**
 * The characters an SVG's text may draw: its markup as written, and the characters its numeric
 * references (`&#x4E00;`, `&#19968;`) stand for. Invalid references add nothing.
 */
export function svgCharacters(svg: string): string {
  let refs = '';
  for (const m of svg.matchAll(/&#(?:x([0-9a-fA-F]{1,8})|([0-9]{1,10}));/g)) {
    const cp = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
    if (cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) refs += String.fromCodePoint(cp);
  }
  return svg + refs;
}
