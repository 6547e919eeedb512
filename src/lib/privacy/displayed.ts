/**
 * The number detector, on text as a reader sees it. An ID-card or mobile number is found however
 * it is written: digit groups joined across spaces, dashes, dots, slashes and line breaks
 * (`139 1234 5678`, `139-1234-5678`, `139.1234.5678`, a quoted CSV cell broken over two lines),
 * with invisible characters between digits (Unicode format characters such as U+200B, U+00AD,
 * U+FEFF, U+2060 are ignored), behind a country prefix (+86, 0086, 86, `(+86)`), in full-width
 * or other compatibility digits (NFKC), and through markup: HTML tags that do not break a line
 * of text (`139<b>1234</b>5678`), entities (`&#49;`), MDX emphasis (`139**1234**5678`), JSX
 * strings and comments, JSON and script escapes (`\u0031`).
 *
 * What separates numbers on purpose: any character that is not a digit, a separator (whitespace,
 * a dash, a dot, a slash, a bracket, `+`, `~`, `_`) or invisible; more than three separators in a
 * row; and in HTML the boundary of a block or a table cell (`<td>2024-03-05</td><td>12,000.00</td>`
 * are two values, never one number), as in CSV the boundary of a cell. Commas are never joined, so
 * an amount (1,234,567,890.12) stays an amount; two digits after a last dot are decimals.
 *
 * A number is looked for in every run of whole digit groups (a group is never cut), so a phone
 * number followed by a date (`13912345678 2024-01-02`) is still found. A run of several groups
 * counts only when its first group has three digits or more, or all its groups are single digits
 * (`1 3 9 1 2 3 4 5 6 7 8`): page numbers and axis ticks (`14 16 18 20 …`) are not numbers.
 */
import {
  CLASS,
  classifyAstral,
  COMMA,
  DIGIT,
  EXPAND,
  EXPANSION,
  HARD,
  INVISIBLE,
  LETTER,
  NUMERAL,
  SEP,
  SPACE,
  VALUE,
  X,
} from './digit-chars.ts';
import type { Hit, LongRuns } from './digit-chain.ts';
import { Chain } from './digit-chain.ts';

/** How a text is read: which markup is removed before the digits are looked at. */
export type TextKind =
  /** A data cell or a log: as written. */
  | 'plain'
  /** HTML, SVG and XML: tags removed (block tags separate), entities decoded, attributes read. */
  | 'html'
  /** MDX or Markdown source: as html, plus emphasis marks, JSX braces, quotes and escapes. */
  | 'mdx'
  /** JSON, JavaScript, CSS: backslash escapes decoded; commas join only inside "strings". */
  | 'code'
  /** YAML: backslash escapes decoded, commas read as in text (values are mostly unquoted). */
  | 'yaml'
  /** A CSV file: each cell on its own, quoted cells read across their line breaks. */
  | 'csv';

/** Tags inside a line of text: removing them joins what is on either side. */
const INLINE_TAGS = new Set(
  'a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark nobr q rp rt ruby s samp small span strike strong sub sup time tspan tt u var wbr textpath template'.split(
    ' ',
  ),
);

/** Characters of a tag name. */
const TAG_NAME_CHAR = new Uint8Array(0x10000);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:-')
  TAG_NAME_CHAR[c.charCodeAt(0)] = 1;
/** A step of a tag name's hash: case folded, 32 bits. */
const nameHash = (hash: number, c: number): number => (Math.imul(hash, 31) + (c | 0x20)) | 0;
const hashOf = (name: string): number =>
  [...name].reduce((h, c) => nameHash(h, c.charCodeAt(0)), 0);
const BR = hashOf('br');
const TEMPLATE = hashOf('template');
/** Elements that hold no content: one hidden is hidden alone. */
const VOID_HASHES = new Set(
  'area base br col embed hr img input link meta param source track wbr'.split(' ').map(hashOf),
);
/** Quick look: could a tag hide what it holds? */
const MAY_HIDE = /hidden|none|opacity|font-size/i;
/**
 * An opening tag whose content a browser does not show: `hidden`, `aria-hidden="true"`, or an
 * inline style of display:none, visibility:hidden, opacity:0 or font-size:0.
 */
const HIDES =
  /\shidden(?=[\s/>=])|\saria-hidden\s*=\s*["']?true|\sstyle\s*=\s*(["'])[^"']*?(?:display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?![.\d]*[1-9])|font-size\s*:\s*0(?![.\d]*[1-9]))/i;
const SCRIPT = hashOf('script');
const STYLE = hashOf('style');
const isLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Characters of an attribute name. */
const NAME_CHAR = new Uint8Array(0x10000);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_:.-')
  NAME_CHAR[c.charCodeAt(0)] = 1;
/** Characters that end an unquoted attribute value. */
const ENDS_UNQUOTED = new Uint8Array(0x10000);
for (const c of ' \t\n\r\f>"\'') ENDS_UNQUOTED[c.charCodeAt(0)] = 1;

/** SVG attributes that hold drawing geometry: lists of coordinates, not text. */
const GEOMETRY_ATTRIBUTES = new Set(
  'd points viewbox transform x y x1 x2 y1 y2 dx dy cx cy r rx ry fx fy width height stroke-dasharray stroke-dashoffset stroke-width stroke-miterlimit font-size offset gradienttransform patterntransform path values keytimes keysplines rotate'.split(
    ' ',
  ),
);

const INLINE_HASHES = new Set([...INLINE_TAGS].map(hashOf));

/** Named entities that matter to a number; any other reads as a character that separates. */
const ENTITIES: Record<string, string> = {
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  emsp13: '\u2004',
  emsp14: '\u2005',
  numsp: '\u2007',
  puncsp: '\u2008',
  thinsp: '\u2009',
  hairsp: '\u200a',
  MediumSpace: '\u205f',
  NewLine: '\n',
  Tab: '\t',
  shy: '\u00ad',
  zwsp: '\u200b',
  ZeroWidthSpace: '\u200b',
  NegativeThinSpace: '\u200b',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
  NoBreak: '\u2060',
  ic: '\u2063',
  af: '\u2061',
  it: '\u2062',
  ndash: '\u2013',
  mdash: '\u2014',
  minus: '\u2212',
  hyphen: '\u2010',
  dash: '\u2010',
  horbar: '\u2015',
  period: '.',
  sol: '/',
  lpar: '(',
  rpar: ')',
  plus: '+',
  lowbar: '_',
  UnderBar: '_',
  sup1: '\u00b9',
  sup2: '\u00b2',
  sup3: '\u00b3',
  frac12: '\u00bd',
  frac14: '\u00bc',
  frac34: '\u00be',
  frac13: '\u2153',
  frac23: '\u2154',
  frac15: '\u2155',
  frac16: '\u2159',
  frac18: '\u215b',
  frac38: '\u215c',
  frac58: '\u215d',
  frac78: '\u215e',
};

/** Characters MDX removes or never shows around a number: emphasis, escapes, JSX braces, quotes. */
const MDX_MARKS = new Uint8Array(0x80);
for (const c of '*_`~\\[]{}"\'') MDX_MARKS[c.charCodeAt(0)] = 1;

/**
 * Every ID-card and mobile number in `text`, read as `kind` says, with where each is written.
 * Hits are in order of their start.
 */
export function findNumbers(text: string, kind: TextKind = 'plain'): Hit[] {
  return read(text, kind, false);
}

/**
 * Reads `text` as shown, hidden elements left out (`138<span hidden>号码</span>00138000` is the
 * number a browser shows), their content read on its own; then, when something was hidden,
 * again as if it were shown, since a hidden number still ships in the file.
 */
function read(text: string, kind: TextKind, bytes: boolean): Hit[] {
  const hits: Hit[] = [];
  const shown = new Reader(text, kind, hits, bytes, true);
  shown.run();
  if (shown.sawHidden) {
    const seen = new Set(hits.map((h) => `${h.start}:${h.end}`));
    const raw: Hit[] = [];
    new Reader(text, kind, raw, bytes, false).run();
    hits.push(...raw.filter((h) => !seen.has(`${h.start}:${h.end}`)));
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * Where `text`, read as written, holds digits a message must not repeat: an ID-card or mobile
 * number, `group` digits or more written together in any script (`一三八〇〇一三`), or eleven or
 * more across separators. Dates (2024-03-05), amounts and short counts are not such runs.
 */
export function longDigitRuns(text: string, group = 7): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  const hits: Hit[] = [];
  new Reader(text, 'plain', hits, false, true, { runs, group }).run();
  return [...runs, ...hits].sort((a, b) => a.start - b.start);
}

/**
 * findNumbers() of UTF-8 bytes held as a one-byte string (`buffer.toString('latin1')`), which
 * is read without decoding it first: a large page costs a quarter less. Where a hit is are byte
 * offsets, which count lines the same.
 */
export function findNumbersInBytes(raw: string, kind: TextKind = 'plain'): Hit[] {
  return read(raw, kind, true);
}

class Reader {
  private readonly chain: Chain;
  private readonly markup: boolean;
  private inQuotes = false;
  /** Attribute values, read on their own; drawing geometry without joining. */
  private readonly values: Chain;
  private readonly geometry: Chain;
  private readonly text: string;
  private readonly kind: TextKind;
  private readonly hits: Hit[];
  /** The text is UTF-8 bytes, one per character. */
  private readonly bytes: boolean;
  /** Hidden elements are read on their own, out of the text around them. */
  private readonly hide: boolean;
  /** An element was hidden (so the text reads another way with it shown). */
  sawHidden = false;

  constructor(
    text: string,
    kind: TextKind,
    hits: Hit[],
    bytes: boolean,
    hide = true,
    runs?: LongRuns,
  ) {
    this.text = text;
    this.kind = kind;
    this.hits = hits;
    this.bytes = bytes;
    this.hide = hide;
    this.chain = new Chain(hits, true, runs);
    this.values = new Chain(hits);
    this.geometry = new Chain(hits, false);
    this.markup = kind === 'html' || kind === 'mdx';
  }

  run(): void {
    this.span(0, this.text.length, this.chain);
    this.chain.flush();
  }

  /** Reads text[from, to) into `chain`. */
  private span(from: number, to: number, chain: Chain): void {
    const { text, kind } = this;
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (this.markup) {
          if (c === 0x3c /* < */) {
            i = this.tag(i, to, chain);
            continue;
          }
          if (c === 0x26 /* & */) {
            i = this.entity(i, to, chain);
            continue;
          }
          if (kind === 'mdx' && MDX_MARKS[c] === 1) {
            if (c === 0x7b /* { */ && text.startsWith('/*', i + 1)) {
              const close = text.indexOf('*/', i + 3);
              const end = close < 0 || close + 2 > to ? to : close + 2;
              this.aside(i + 3, close < 0 ? to : close, chain);
              i = end;
              continue;
            }
            if (c === 0x5c /* \ */ && i + 1 < to && text.charCodeAt(i + 1) < 0x80) {
              // A Markdown escape shows the next character as it is.
              i++;
              continue;
            }
            i++;
            continue;
          }
        } else if ((kind === 'code' || kind === 'yaml') && c === 0x5c /* \ */) {
          i = this.escape(i, to, chain);
          continue;
        } else if (kind === 'code' && c === 0x22 /* " */) {
          this.inQuotes = !this.inQuotes;
          chain.flush();
          i++;
          continue;
        } else if (kind === 'csv') {
          if (c === 0x22 /* " */) {
            this.inQuotes = !this.inQuotes;
            i++;
            continue;
          }
          if ((c === 0x0a || c === 0x0d) && !this.inQuotes) {
            chain.flush();
            i++;
            continue;
          }
        }
        this.ascii(c, i, chain);
        i++;
        continue;
      }
      i = this.wide(c, i, chain);
    }
  }

  private ascii(c: number, at: number, chain: Chain): void {
    if (c >= 0x30 && c <= 0x39) chain.digit(this.text[at] ?? '', at, at + 1);
    else this.byClass(CLASS[c] ?? HARD, c, at, at + 1, chain);
  }

  /** A character at or above U+0080 (with its low surrogate); returns the next index. */
  private wide(c: number, at: number, chain: Chain): number {
    if (this.bytes) return this.utf8(c, at, chain);
    if (c >= 0xd800 && c <= 0xdbff) {
      const cp = this.text.codePointAt(at) ?? c;
      const next = at + (cp > 0xffff ? 2 : 1);
      const { cls, value, expansion } = classifyAstral(cp);
      if (cls === DIGIT) chain.digit(String(value ?? 0), at, next);
      else if (cls === EXPAND) this.expand(expansion ?? '', at, next, chain);
      else this.byClass(cls, cp, at, next, chain);
      return next;
    }
    this.char(c, at, at + 1, chain);
    return at + 1;
  }

  /** A UTF-8 sequence starting with byte `c` at `at`; a broken one separates like a letter. */
  private utf8(c: number, at: number, chain: Chain): number {
    const { text } = this;
    const length = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    let cp = length === 4 ? c & 0x07 : length === 3 ? c & 0x0f : c & 0x1f;
    for (let k = 1; k < length; k++) {
      const b = text.charCodeAt(at + k);
      if ((b & 0xc0) !== 0x80) {
        chain.flush();
        return at + k;
      }
      cp = (cp << 6) | (b & 0x3f);
    }
    if (length === 1 || cp > 0x10ffff) {
      chain.flush();
      return at + length;
    }
    this.codePoint(cp, at, at + length, chain);
    return at + length;
  }

  /** A BMP character written at text[at, to) (itself, or an entity or escape for it). */
  private char(c: number, at: number, to: number, chain: Chain): void {
    if (c < 0x80) {
      if (c >= 0x30 && c <= 0x39) chain.digit(String.fromCharCode(c), at, to);
      else this.byClass(CLASS[c] ?? HARD, c, at, to, chain);
      return;
    }
    const cls = CLASS[c] ?? HARD;
    if (cls === DIGIT) chain.digit(String(VALUE[c] ?? 0), at, to);
    else if (cls === EXPAND) this.expand(EXPANSION.get(c) ?? '', at, to, chain);
    else this.byClass(cls, c, at, to, chain);
  }

  private byClass(cls: number, c: number, at: number, to: number, chain: Chain): void {
    switch (cls) {
      case INVISIBLE:
        return;
      case SPACE:
        chain.sep(true, false);
        return;
      case SEP:
        chain.sep(false, c === 0x2e || c === 0xff0e);
        return;
      case X:
        chain.sawX();
        return;
      case NUMERAL:
      case LETTER:
        chain.soft(String(VALUE[c] ?? 0), at, to, cls === LETTER);
        return;
      case COMMA:
        // A comma between CSV cells or JSON values is syntax; in text it may group a number.
        if ((this.kind === 'csv' || this.kind === 'code') && !this.inQuotes) chain.flush();
        else chain.sep(false, false, true);
        return;
      case DIGIT:
        chain.digit(String(c - 0x30), at, to);
        return;
      default:
        chain.flush(isLetter(c));
    }
  }

  private expand(s: string, at: number, to: number, chain: Chain): void {
    for (const ch of s) this.char(ch.charCodeAt(0), at, to, chain);
  }

  /** A code point written by an entity or escape at text[at, to). */
  private codePoint(cp: number, at: number, to: number, chain: Chain): void {
    if (cp <= 0xffff) {
      this.char(cp, at, to, chain);
      return;
    }
    const { cls, value, expansion } = classifyAstral(cp);
    if (cls === DIGIT) chain.digit(String(value ?? 0), at, to);
    else if (cls === EXPAND) this.expand(expansion ?? '', at, to, chain);
    else this.byClass(cls, cp, at, to, chain);
  }

  /** `&…;` at `at`; returns the next index. */
  private entity(at: number, to: number, chain: Chain): number {
    const { text } = this;
    const m = /^&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));?/.exec(
      text.slice(at, Math.min(to, at + 40)),
    );
    if (!m) {
      chain.flush();
      return at + 1;
    }
    const end = at + m[0].length;
    const cp =
      m[1] !== undefined
        ? Number(m[1])
        : m[2] !== undefined
          ? parseInt(m[2], 16)
          : ENTITIES[m[3] ?? '']?.codePointAt(0);
    if (cp === undefined || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) chain.flush();
    else this.codePoint(cp, at, end, chain);
    return end;
  }

  /** `\u0031`, `\u{31}`, `\x31`, CSS `\31 `, or `\n`; returns the next index. */
  private escape(at: number, to: number, chain: Chain): number {
    const { text } = this;
    const m =
      /^\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|([0-9a-fA-F]{1,6}) ?|([nrtfv])|U([0-9a-fA-F]{8}))/.exec(
        text.slice(at, Math.min(to, at + 12)),
      );
    if (!m) {
      // `\"` or `\\`: the escaped character is text, and never opens or closes a string.
      chain.flush();
      return Math.min(to, at + 2);
    }
    const end = at + m[0].length;
    if (m[5] !== undefined) {
      chain.sep(true, false);
      return end;
    }
    const hex = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[6] ?? '';
    const cp = parseInt(hex, 16);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) chain.flush();
    else this.codePoint(cp, at, end, chain);
    return end;
  }

  /**
   * A tag at `at`: an inline tag is removed, any other separates like a line of its own. A
   * comment is removed from the text around it and read on its own, as are attribute values
   * and the text of a script or style. Returns the index after the tag.
   */
  private tag(at: number, to: number, chain: Chain): number {
    const { text } = this;
    const next = text.charCodeAt(at + 1);
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) return this.declaration(at, to, chain);
    // The name, read by hand: most of a ledger page is tags.
    const closing = next === 0x2f; /* / */
    const from = at + (closing ? 2 : 1);
    let j = from;
    let hash = 0;
    while (j < to) {
      const c = text.charCodeAt(j);
      if (TAG_NAME_CHAR[c] !== 1) break;
      hash = nameHash(hash, c);
      j++;
    }
    if (j === from || !isLetter(text.charCodeAt(from))) {
      chain.flush();
      return at + 1;
    }
    // Names are told apart by a hash of their lower-case letters, without making a string: a
    // collision could only make a block tag join like an inline one, never the other way.
    if (hash === BR) chain.sep(true, false);
    else if (!INLINE_HASHES.has(hash)) chain.flush();
    let i = j;
    // Attributes, each value read on its own; drawing geometry (path data, coordinates) is not
    // text, so its numbers are never joined across their spaces.
    const { values, geometry } = this;
    // Most tags hold no digit at all (`<td class="num">`): skipped in one look.
    let plain = i;
    while (plain < to) {
      const c = text.charCodeAt(plain);
      if (c === 0x3e || (c >= 0x30 && c <= 0x39) || c === 0x26 || c === 0x5c || c >= 0x80) break;
      plain++;
    }
    if (plain >= to || text.charCodeAt(plain) === 0x3e) i = plain;
    let attr = '';
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c === 0x3e /* > */) {
        i++;
        break;
      }
      const into = GEOMETRY_ATTRIBUTES.has(attr) ? geometry : values;
      if (c === 0x22 || c === 0x27) {
        const close = text.indexOf(text[i] ?? '"', i + 1);
        const end = close < 0 || close > to ? to : close;
        this.span(i + 1, end, into);
        into.flush();
        attr = '';
        i = end + 1;
        continue;
      }
      if (c === 0x3d /* = */) {
        // An unquoted value runs to whitespace or the end of the tag.
        let j = i + 1;
        while (j < to && !ENDS_UNQUOTED[text.charCodeAt(j)]) j++;
        if (j > i + 1) {
          this.span(i + 1, j, into);
          into.flush();
          attr = '';
          i = j;
          continue;
        }
        i++;
        continue;
      }
      if (NAME_CHAR[c] === 1) {
        let j = i + 1;
        while (j < to && NAME_CHAR[text.charCodeAt(j)] === 1) j++;
        // Only a geometry attribute's name matters, and those are short.
        attr = j - i <= 20 ? text.slice(i, j).toLowerCase() : '';
        i = j;
        continue;
      }
      i++;
    }
    values.flush();
    if (!closing && (hash === SCRIPT || hash === STYLE)) {
      const name = hash === SCRIPT ? 'script' : 'style';
      const closing = new RegExp(`</${name}`, 'gi');
      closing.lastIndex = i;
      const close = closing.exec(text)?.index ?? -1;
      const end = close < 0 || close > to ? to : close;
      chain.flush();
      const code = new Reader(text, 'code', this.hits, this.bytes);
      code.span(i, end, code.chain);
      code.chain.flush();
      return end;
    }
    if (!closing && this.markup && (hash === TEMPLATE || MAY_HIDE.test(text.slice(at, i))))
      return this.hidden(at, from, j, i, to, hash, chain);
    return Math.min(i, to);
  }

  /**
   * After the opening tag text[at, end) named text[from, nameEnd): when it hides what it holds
   * (or is a <template>), that content is read on its own, as a comment is, and the text around
   * it joins as the browser shows it. Returns where reading goes on.
   */
  private hidden(
    at: number,
    from: number,
    nameEnd: number,
    end: number,
    to: number,
    hash: number,
    chain: Chain,
  ): number {
    const { text } = this;
    const tag = text.slice(at, end);
    if (hash !== TEMPLATE && !HIDES.test(tag)) return Math.min(end, to);
    this.sawHidden = true;
    if (!this.hide || VOID_HASHES.has(hash) || tag.endsWith('/>')) return Math.min(end, to);
    const name = text.slice(from, nameEnd).replace(/[^A-Za-z0-9:-]/g, '');
    const tags = new RegExp(`<(/?)${name}(?=[\\s/>])`, 'gi');
    tags.lastIndex = end;
    let depth = 1;
    let close = to;
    for (let m = tags.exec(text); m && m.index < to; m = tags.exec(text)) {
      depth += m[1] === '/' ? -1 : 1;
      if (depth === 0) {
        close = m.index;
        break;
      }
    }
    this.aside(end, close, chain);
    return close;
  }

  /** `<!-- … -->`, `<![CDATA[ … ]]>`, `<!doctype …>` or `<? … ?>` at `at`; returns the next index. */
  private declaration(at: number, to: number, chain: Chain): number {
    const { text } = this;
    if (text.startsWith('<!--', at)) {
      const close = text.indexOf('-->', at + 4);
      const end = close < 0 || close + 3 > to ? to : close + 3;
      this.aside(at + 4, close < 0 ? to : close, chain);
      return end;
    }
    if (text.startsWith('<![CDATA[', at)) {
      const close = text.indexOf(']]>', at + 9);
      const end = close < 0 || close > to ? to : close;
      chain.flush();
      this.span(at + 9, end, chain);
      chain.flush();
      return Math.min(to, end + 3);
    }
    const close = text.indexOf('>', at);
    chain.flush();
    return close < 0 || close >= to ? to : close + 1;
  }

  /** Text not shown in its place (a comment): read on its own, and left out of the text around. */
  private aside(from: number, to: number, outer: Chain): void {
    void outer;
    const own = new Chain(this.hits);
    this.span(from, to, own);
    own.flush();
  }
}

/** Which way a file is read, by its name. */
export function textKindOf(file: string): TextKind {
  const ext = /\.([A-Za-z0-9]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
  if (['html', 'htm', 'svg', 'xml', 'xhtml'].includes(ext)) return 'html';
  if (['mdx', 'md', 'markdown'].includes(ext)) return 'mdx';
  if (['json', 'js', 'mjs', 'cjs', 'css', 'ts'].includes(ext)) return 'code';
  if (['yaml', 'yml'].includes(ext)) return 'yaml';
  if (ext === 'csv') return 'csv';
  return 'plain';
}
