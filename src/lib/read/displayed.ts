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

export type Sensitive = 'idcard' | 'mobile';

/** How a text is read: which markup is removed before the digits are looked at. */
export type TextKind =
  /** A data cell or a log: as written. */
  | 'plain'
  /** HTML, SVG and XML: tags removed (block tags separate), entities decoded, attributes read. */
  | 'html'
  /** MDX or Markdown source: as html, plus emphasis marks, JSX braces, quotes and escapes. */
  | 'mdx'
  /** JSON, JavaScript, CSS, YAML: backslash escapes decoded. */
  | 'code'
  /** A CSV file: each cell on its own, quoted cells read across their line breaks. */
  | 'csv';

export interface Hit {
  kind: Sensitive;
  /** Index in the text of the number's first digit (or of the markup that wrote it). */
  start: number;
  /** Index just after its last digit. */
  end: number;
}

// Character classes.
const HARD = 0;
const DIGIT = 1;
const SEP = 2;
const SPACE = 3;
const INVISIBLE = 4;
const X = 5;
const EXPAND = 6;

/** Class of each BMP code unit (high surrogates are looked at with their pair). */
const CLASS = new Uint8Array(0x10000);
/** Digit value for DIGIT characters outside ASCII. */
const VALUE = new Uint8Array(0x10000);
/** What an EXPAND character reads as (⑩ → 10, ⒈ → 1.), in ASCII digits and separators. */
const EXPANSION = new Map<number, string>();

const ASCII_SEPARATORS = '-./()+~_';
/** Invisible characters outside \p{Cf}: grapheme joiner, Hangul fillers, variation selectors. */
const INVISIBLE_EXTRA = new Set([0x034f, 0x115f, 0x1160, 0x180b, 0x180c, 0x180d, 0x3164, 0xffa0]);
const isInvisibleExtra = (cp: number): boolean =>
  INVISIBLE_EXTRA.has(cp) || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);

function asciiClass(c: number): number {
  if (c >= 0x30 && c <= 0x39) return DIGIT;
  if (c === 0x58 || c === 0x78) return X;
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return SPACE;
  if (ASCII_SEPARATORS.includes(String.fromCharCode(c))) return SEP;
  return HARD;
}

function classify(cp: number, nfkc?: string): { cls: number; value?: number; expansion?: string } {
  if (cp < 0x80) return { cls: asciiClass(cp) };
  const ch = String.fromCodePoint(cp);
  if (/\p{Cf}/u.test(ch) || isInvisibleExtra(cp)) return { cls: INVISIBLE };
  if (/\s/.test(ch)) return { cls: SPACE };
  if (/\p{Nd}/u.test(ch)) {
    let zero = cp;
    while (zero > 0 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
    return { cls: DIGIT, value: (cp - zero) % 10 };
  }
  if (/[\p{Pd}\u2212\u2027\u00b7\u30fb\u2219\u2215\u2044]/u.test(ch)) return { cls: SEP };
  const n = nfkc ?? ch.normalize('NFKC');
  if (n === ch) return { cls: HARD };
  if (n.length === 1 && n.charCodeAt(0) < 0x80) {
    const c = n.charCodeAt(0);
    const cls = asciiClass(c);
    return cls === DIGIT ? { cls, value: c - 0x30 } : { cls };
  }
  if (/^[0-9 ()./+~_-]+$/.test(n) && /\d/.test(n)) return { cls: EXPAND, expansion: n };
  if (/^[ ]+$/.test(n)) return { cls: SPACE };
  // ⁄ (U+2044) inside ½ and the like: the digits count, the fraction slash separates.
  const folded = n.replace(/\u2044/g, '/');
  if (/^[0-9 ()./+~_-]+$/.test(folded) && /\d/.test(folded))
    return { cls: EXPAND, expansion: folded };
  return { cls: HARD };
}

{
  // Ideographs, Hangul syllables and surrogates read as themselves (HARD); the NFKC form of
  // every other character is made in one call, NUL (which composes with nothing) between them.
  const skip = (cp: number) =>
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xd800 && cp <= 0xdfff);
  const points: number[] = [];
  for (let cp = 0; cp < 0x10000; cp++) if (!skip(cp)) points.push(cp);
  const forms = String.fromCharCode(...points.map((cp) => (cp === 0 ? 0x20 : cp)))
    .split('')
    .join('\0')
    .normalize('NFKC')
    .split('\0');
  for (const [i, cp] of points.entries()) {
    const { cls, value, expansion } = classify(cp, forms[i]);
    CLASS[cp] = cls;
    if (value !== undefined) VALUE[cp] = value;
    if (expansion !== undefined) EXPANSION.set(cp, expansion);
  }
}

/** The digits (0–9, or `X` for the last of an ID) an astral character stands for, if any. */
const astralCache = new Map<number, ReturnType<typeof classify>>();
function classifyAstral(cp: number): ReturnType<typeof classify> {
  let found = astralCache.get(cp);
  if (!found) astralCache.set(cp, (found = classify(cp)));
  return found;
}

/** Digit groups joined across separators: a run of them is checked when it ends. */
class Chain {
  /** The groups of the run so far: their digits, where they are written, what follows them. */
  groups: string[] = [];
  starts: number[] = [];
  ends: number[] = [];
  /** The group was followed directly by X (the last character of an 18-digit ID). */
  xs: boolean[] = [];
  /** The separator before the group was a single dot (decimals, if the group is last and short). */
  dotBefore: boolean[] = [];
  /** Groups of the run (the arrays are reused, never shortened). */
  count = 0;
  total = 0;
  digits = '';
  start = -1;
  end = -1;
  dotBeforeOpen = false;
  /** Separators since the last digit; -1 when no group is open or pending. */
  seps = -1;
  lastSpace = false;
  sepDot = false;
  hasX = false;

  private readonly hits: Hit[];
  /** False for numbers that are never written in groups (drawing coordinates). */
  private readonly joins: boolean;

  constructor(hits: Hit[], joins = true) {
    this.hits = hits;
    this.joins = joins;
  }

  digit(d: string, at: number, to: number): void {
    if (this.digits === '') {
      this.start = at;
      this.dotBeforeOpen = this.seps === 1 && this.sepDot;
    }
    this.digits += d;
    this.end = to;
    this.seps = 0;
    this.lastSpace = false;
    this.sepDot = false;
  }

  /** A separator character; whitespace runs count once. */
  sep(space: boolean, dot: boolean): void {
    if (this.seps < 0) return;
    if (!this.joins) {
      this.flush();
      return;
    }
    this.close();
    if (space && this.lastSpace) return;
    this.seps++;
    this.lastSpace = space;
    this.sepDot = dot && this.seps === 1;
    if (this.seps > 3) this.flush();
  }

  sawX(): void {
    if (this.digits !== '') {
      this.hasX = true;
      this.close();
    }
    this.flush();
  }

  close(): void {
    if (this.digits === '') return;
    const k = this.count++;
    this.groups[k] = this.digits;
    this.starts[k] = this.start;
    this.ends[k] = this.end;
    this.xs[k] = this.hasX;
    this.dotBefore[k] = this.dotBeforeOpen;
    this.total += this.digits.length;
    this.digits = '';
    this.hasX = false;
  }

  /** Ends the run: anything that is not a digit or a separator. */
  flush(): void {
    if (this.seps < 0 && this.digits === '') return;
    this.close();
    if (this.total >= 11) this.check();
    this.count = 0;
    this.total = 0;
    this.seps = -1;
    this.lastSpace = false;
    this.sepDot = false;
  }

  private check(): void {
    const { groups } = this;
    let n = this.count;
    // 12345678901.00: the last two digits after a dot are decimals, not part of a number.
    if (n >= 2 && this.dotBefore[n - 1] && (groups[n - 1] ?? '').length <= 2) n--;
    for (let i = 0; i < n; i++) {
      const first = groups[i] ?? '';
      let run = '';
      let singles = true;
      for (let j = i; j < n; j++) {
        const g = groups[j] ?? '';
        run += g;
        if (g.length !== 1) singles = false;
        if (run.length > 18) break;
        if (j > i && first.length < 3 && !singles) continue;
        const kind = numberKind(run, this.xs[j] === true);
        if (kind) {
          this.hits.push({ kind, start: this.starts[i] ?? 0, end: this.ends[j] ?? 0 });
          i = j;
          break;
        }
      }
    }
  }
}

/** What a run of digits is: an 18- or 15-digit ID, or a mobile number with or without 86/0086. */
function numberKind(run: string, x: boolean): Sensitive | undefined {
  const n = run.length;
  if (x && n === 17 && isIdCard18(`${run}X`)) return 'idcard';
  if (n === 18 && isIdCard18(run)) return 'idcard';
  if (n === 15 && isIdCard15(run)) return 'idcard';
  if (isMobile(run)) return 'mobile';
  if (n === 13 && run.startsWith('86') && isMobile(run.slice(2))) return 'mobile';
  if (n === 15 && run.startsWith('0086') && isMobile(run.slice(4))) return 'mobile';
  return undefined;
}

function isMobile(run: string): boolean {
  return (
    run.length === 11 && run[0] === '1' && run.charCodeAt(1) >= 0x33 && run.charCodeAt(1) <= 0x39
  );
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** 18-digit resident ID (GB 11643): region, a real birth date, and the ISO 7064 check digit. */
export function isIdCard18(run: string): boolean {
  if (!/^[1-8]\d{16}[\dXx]$/.test(run)) return false;
  if (!validBirthDate(run.slice(6, 14))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(run[i]) * (WEIGHTS[i] ?? 0);
  return CHECK[sum % 11] === (run[17] ?? '').toUpperCase();
}

/** 15-digit resident ID (before 1999): region and a real birth date `YYMMDD` in 19xx. */
export function isIdCard15(run: string): boolean {
  return /^[1-8]\d{14}$/.test(run) && validBirthDate(`19${run.slice(6, 12)}`);
}

function validBirthDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Tags inside a line of text: removing them joins what is on either side. */
const INLINE_TAGS = new Set(
  'a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark nobr q rp rt ruby s samp small span strike strong sub sup time tspan tt u var wbr textpath'.split(
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
  const hits: Hit[] = [];
  new Reader(text, kind, hits, false).run();
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * findNumbers() of UTF-8 bytes held as a one-byte string (`buffer.toString('latin1')`), which
 * is read without decoding it first: a large page costs a quarter less. Where a hit is are byte
 * offsets, which count lines the same.
 */
export function findNumbersInBytes(raw: string, kind: TextKind = 'plain'): Hit[] {
  const hits: Hit[] = [];
  new Reader(raw, kind, hits, true).run();
  return hits.sort((a, b) => a.start - b.start);
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

  constructor(text: string, kind: TextKind, hits: Hit[], bytes: boolean) {
    this.text = text;
    this.kind = kind;
    this.hits = hits;
    this.bytes = bytes;
    this.chain = new Chain(hits);
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
        } else if (kind === 'code' && c === 0x5c /* \ */) {
          i = this.escape(i, to, chain);
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
      case DIGIT:
        chain.digit(String(c - 0x30), at, to);
        return;
      default:
        chain.flush();
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
      chain.flush();
      return at + 1;
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
    return Math.min(i, to);
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
  if (['json', 'js', 'mjs', 'cjs', 'css', 'yaml', 'yml', 'ts'].includes(ext)) return 'code';
  if (ext === 'csv') return 'csv';
  return 'plain';
}

/**
 * False when `text` certainly holds no ID-card or mobile number as any kind reads it: it has
 * fewer than 11 characters that could write a digit (a digit of any script, a compatibility
 * digit, an entity or escape). Cheap: one pass over the text with a table lookup.
 */
export function mayHoldDigits(text: string): boolean {
  if (text.length < 4) return false;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x30 && c <= 0x39) || c === 0x5c) n++;
      else if (c === 0x26) n += 3;
      else continue;
    } else if (c >= 0xd800 && c <= 0xdbff) n += 3;
    else {
      const cls = CLASS[c];
      if (cls === DIGIT) n++;
      else if (cls === EXPAND) n += 3;
      else continue;
    }
    if (n >= 11) return true;
  }
  return false;
}

/** mayHoldDigits() of UTF-8 bytes held as a one-byte string, without decoding them. */
export function mayHoldDigitsInBytes(raw: string): boolean {
  if (raw.length < 4) return false;
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x30 && c <= 0x39) || c === 0x5c) n++;
      else if (c === 0x26) n += 3;
      else continue;
    } else if (c >= 0xf0) {
      // An astral character may be a digit; its continuation bytes are skipped over below.
      n += 3;
    } else if (c >= 0xe0 && isContinuation(raw, i + 1) && isContinuation(raw, i + 2)) {
      const cp =
        ((c & 0x0f) << 12) | ((raw.charCodeAt(i + 1) & 0x3f) << 6) | (raw.charCodeAt(i + 2) & 0x3f);
      i += 2;
      const cls = CLASS[cp];
      if (cls === DIGIT) n++;
      else if (cls === EXPAND) n += 3;
      else continue;
    } else if (c >= 0xc0 && isContinuation(raw, i + 1)) {
      // Overlong forms (C0 B1 for `1`) count as what they spell, as the reader takes them.
      const cp = ((c & 0x1f) << 6) | (raw.charCodeAt(i + 1) & 0x3f);
      i += 1;
      const cls = cp < 0x80 ? (cp >= 0x30 && cp <= 0x39 ? DIGIT : HARD) : CLASS[cp];
      if (cls === DIGIT) n++;
      else if (cls === EXPAND) n += 3;
      else continue;
    } else continue;
    if (n >= 11) return true;
  }
  return false;
}

function isContinuation(raw: string, i: number): boolean {
  return (raw.charCodeAt(i) & 0xc0) === 0x80;
}
