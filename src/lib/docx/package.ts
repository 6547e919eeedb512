/**
 * The .docx container: made byte-stable (no build time inside), and read back as text.
 *
 * docx stamps docProps/core.xml with the time it runs and its zip entries with the current
 * date; `stableDocx` rewrites both so that the same report gives the same bytes in every build.
 * `docxText` is what a reader sees in the document, for checks that read every output file
 * (the privacy scan reads text files only, and a .docx is a zip).
 */
import { parseDate } from '../read/cells.ts';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { decodeEntities } from '../base/html.ts';

/** Every entry is dated 1 January 1980 00:00 (the earliest date a zip can hold), in any zone. */
const ZIP_DATE = new Date(1980, 0, 1, 0, 0, 0);

/**
 * The same document with its core properties dated `dateIso` (YYYY-MM-DD, the report date)
 * and every zip entry dated alike; [Content_Types].xml and _rels/.rels come first.
 */
export function stableDocx(bytes: Uint8Array, dateIso: string): Uint8Array {
  checkDate(dateIso);
  return stablePackage(unzipSync(bytes), dateIso);
}

/** The date stamped on every entry and in the document properties: a real day, written ISO. */
function checkDate(dateIso: string): void {
  if (parseDate(dateIso) !== dateIso) throw new Error(`报告日期“${dateIso}”不是有效日期`);
}

/**
 * `stableDocx` of the package's files themselves (by path, in the order docx gives them),
 * before they were ever zipped: the same bytes as `stableDocx` of docx's zip, without
 * compressing every part twice and inflating it once in between.
 */
export function stablePackage(entries: Record<string, Uint8Array>, dateIso: string): Uint8Array {
  checkDate(dateIso);
  const stamp = `${dateIso}T00:00:00Z`;
  // The content types and the package relationships first, as word processors write them (tools
  // that recognise a .docx by its first entries look there); the rest in docx's order.
  const first = ['[Content_Types].xml', '_rels/.rels'];
  const names = [
    ...first.filter((n) => n in entries),
    ...Object.keys(entries).filter((n) => !first.includes(n)),
  ];
  const out: Zippable = {};
  for (const name of names) {
    const data = entries[name];
    if (!data) continue;
    let content = data;
    if (name === 'docProps/core.xml') {
      content = strToU8(
        strFromU8(data).replace(
          /(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
          `$1${stamp}$2`,
        ),
      );
    }
    if (name === 'word/document.xml') content = strToU8(renumberDrawings(strFromU8(data)));
    out[name] = [content, { mtime: ZIP_DATE, level: 6 }];
  }
  return zipSync(out);
}

/**
 * docx numbers drawings with a counter shared by every document the process makes, so a
 * drawing's id would depend on which reports were written before it: number them 1, 2, … in
 * each document instead (ids need only be unique within a document).
 */
function renumberDrawings(xml: string): string {
  let n = 0;
  return xml.replace(
    /(<(?:wp:docPr|pic:cNvPr)\b[^>]*?\bid=")\d+(")/g,
    (_m, a: string, b: string) => (a.startsWith('<wp:docPr') ? `${a}${++n}${b}` : `${a}${n}${b}`),
  );
}

/** WordprocessingML text: one line per paragraph; tabs and breaks as the reader sees them. */
function wordText(xml: string): string {
  const lines: string[] = [];
  let line = '';
  const token =
    /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)(?:\s+w:type="[^"]*")?\s*\/>|<\/w:p>/g;
  for (const m of xml.matchAll(token)) {
    if (m[1] !== undefined) line += decodeEntities(m[1]);
    else if (m[2] === 'tab') line += '\t';
    else if (m[2] === 'br' || m[2] === 'cr') line += '\n';
    else if (m[0] === '</w:p>') {
      lines.push(line);
      line = '';
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** Text of any other XML part (document properties, SVG drawings): every text node, a line each. */
function markupText(xml: string): string {
  return [...xml.matchAll(/>([^<]+)</g)]
    .map((m) => decodeEntities(m[1] ?? '').trim())
    .filter(Boolean)
    .join('\n');
}

/** Parts of a .docx whose text a reader can see, read in this order. */
const WORD_PART = /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/;

/**
 * The text a reader sees in a .docx: the body, headers and footers, notes and comments (a line
 * per paragraph), then the document properties and the text drawn in SVG images. Throws a
 * Chinese message when the bytes are not a Word document.
 */
export function docxText(bytes: Uint8Array): string {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    throw new Error('不是有效的 Word 文档（.docx 应为 zip 压缩包）');
  }
  if (!entries['word/document.xml']) {
    throw new Error('不是有效的 Word 文档：缺少 word/document.xml');
  }
  // The body first, then the other Word parts, the document properties and the drawings.
  const rank = (name: string) =>
    name === 'word/document.xml'
      ? 0
      : name.startsWith('word/media/')
        ? 3
        : name.startsWith('word/')
          ? 1
          : 2;
  const names = Object.keys(entries).sort(
    (a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const parts: string[] = [];
  for (const name of names) {
    const data = entries[name];
    if (!data) continue;
    if (WORD_PART.test(name)) parts.push(wordText(strFromU8(data)));
    else if (/^docProps\/(core|app|custom)\.xml$/.test(name) || /\.svg$/i.test(name))
      parts.push(markupText(strFromU8(data)));
  }
  return parts.filter(Boolean).join('\n');
}
