/**
 * Where a built site shows petitioners by name, and whether each is masked. The scan cannot know
 * real names, so it looks where names appear: every cell under a `信访人` column header, in an
 * HTML table or a CSV download, must be a masked name (罗某厚, 罗某, 罗某甲) or blank. Both work
 * on text or, with `decode`, on a file's UTF-8 bytes read as a one-byte string.
 */
import { decodeEntities } from '../base/html.ts';
import { isMaskedName } from '../privacy/privacy.ts';

/** The column whose values are petitioners' names. */
export const NAME_HEADER = '信访人';

/**
 * Lines of a CSV download whose `信访人` cell is not a masked name. A download holds a hundred
 * thousand rows, so the column is picked out in one pass over the text (RFC 4180 quoting, as
 * the site writes it) rather than by parsing every row into cells.
 */
export function csvNameLines(text: string, decode = (piece: string) => piece): number[] {
  const body = text.replace(/^(?:\uFEFF|\xef\xbb\xbf)/, '');
  const headerEnd = body.search(/\r?\n|$/);
  const column = body
    .slice(0, headerEnd)
    .split(',')
    .map((h) => unquote(decode(h).trim()))
    .indexOf(NAME_HEADER);
  if (column < 0) return [];
  const bad: number[] = [];
  let line = 2;
  let rowLine = 2;
  let field = 0;
  let i = body.indexOf('\n', headerEnd) + 1;
  if (i === 0) return [];
  while (i < body.length) {
    // One field, starting at i.
    let value: string;
    if (body.charCodeAt(i) === 34) {
      let j = i + 1;
      let parts = '';
      for (;;) {
        const q = body.indexOf('"', j);
        if (q === -1) {
          parts += body.slice(j);
          j = body.length;
          break;
        }
        parts += body.slice(j, q);
        if (body.charCodeAt(q + 1) === 34) {
          parts += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      for (let k = parts.indexOf('\n'); k !== -1; k = parts.indexOf('\n', k + 1)) line++;
      value = parts;
      i = j;
    } else {
      let j = i;
      while (j < body.length) {
        const c = body.charCodeAt(j);
        if (c === 44 || c === 10 || c === 13) break;
        j++;
      }
      value = body.slice(i, j);
      i = j;
    }
    if (field === column) {
      const name = decode(value).trim();
      if (name !== '' && !isMaskedName(name)) bad.push(rowLine);
    }
    // What follows the field: a comma, a line break, or the end.
    if (body.charCodeAt(i) === 44) {
      field++;
      i++;
    } else {
      if (body.charCodeAt(i) === 13) i++;
      if (body.charCodeAt(i) === 10) i++;
      line++;
      rowLine = line;
      field = 0;
    }
  }
  return bad;
}

/** A header cell written in quotes (`"信访人"`, as some tools write every cell) is the same header. */
function unquote(cell: string): string {
  return cell.length >= 2 && cell.startsWith('"') && cell.endsWith('"')
    ? cell.slice(1, -1).replace(/""/g, '"').trim()
    : cell;
}

const THEAD = /<thead\b[^>]*>([\s\S]*?)<\/thead>/;
/** Table tags written in capitals (`<TH>`), which HTML reads as the same tags. */
const CAPITAL_TABLE_TAG = /<(\/?)(table|thead|tbody|tr|th|td)\b/gi;
const HEAD_CELL = /<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g;

/**
 * Lines of an HTML page where a table cell under a `信访人` header is not a masked name. Ledger
 * pages hold a thousand rows each and there are thousands of them, so rows and cells are found
 * with indexOf rather than regular expressions.
 */
export function htmlNameLines(page: string, decode = (piece: string) => piece): number[] {
  // Tag names lowered in place (same length, so lines stay where they were); pages the site
  // writes have none in capitals and are searched as they are.
  const html = /<\/?(?:T|t[a-z]*[A-Z])/.test(page)
    ? page.replace(
        CAPITAL_TABLE_TAG,
        (_, slash: string, tag: string) => `<${slash}${tag.toLowerCase()}`,
      )
    : page;
  const bad: number[] = [];
  for (
    let start = html.indexOf('<table');
    start !== -1;
    start = html.indexOf('<table', start + 1)
  ) {
    const end = html.indexOf('</table>', start);
    const tableEnd = end === -1 ? html.length : end;
    const head = THEAD.exec(html.slice(start, tableEnd));
    if (!head) continue;
    const headers = [...(head[1] ?? '').matchAll(HEAD_CELL)].map((c) => text(decode(c[1] ?? '')));
    const column = headers.indexOf(NAME_HEADER);
    if (column < 0) continue;
    const body = html.indexOf('<tbody', start);
    if (body === -1 || body > tableEnd) continue;
    for (let row = html.indexOf('<tr', body); row !== -1 && row < tableEnd;) {
      const rowEnd = html.indexOf('</tr>', row);
      const stop = rowEnd === -1 || rowEnd > tableEnd ? tableEnd : rowEnd;
      const name = cellText(html, row, stop, column, decode);
      if (name !== '' && !isMaskedName(name)) bad.push(lineAt(html, row));
      row = html.indexOf('<tr', stop);
    }
  }
  return bad;
}

/** Text of the `n`th `<td>`/`<th>` of the row between `from` and `to` ('' when it has fewer). */
function cellText(
  html: string,
  from: number,
  to: number,
  n: number,
  decode: (piece: string) => string,
): string {
  let at = from + 3;
  for (let k = 0; ;) {
    at = html.indexOf('<t', at);
    if (at === -1 || at >= to) return '';
    const kind = html.charCodeAt(at + 2);
    const after = html.charCodeAt(at + 3);
    const isCell = (kind === 100 || kind === 104) && (after === 62 || after === 32); // d h > ' '
    if (isCell && k++ === n) break;
    at += 2;
  }
  const open = html.indexOf('>', at) + 1;
  const close = html.indexOf('</t', open);
  const raw = decode(html.slice(open, close === -1 || close > to ? to : close));
  return raw.includes('<') || raw.includes('&') ? text(raw) : raw.trim();
}

/** The text of an HTML fragment: tags dropped, entities decoded, whitespace trimmed. */
function text(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, '')).trim();
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
