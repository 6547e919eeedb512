/**
 * What each character is to the number detector: a digit (of any script, with its value), a
 * separator, a space, something invisible, the X of an ID, a character that expands to digits
 * (⑩, ⒈), or anything else, which ends a number. One table for the BMP, built once from Unicode
 * properties and NFKC; astral characters are classified on first sight.
 */

export const HARD = 0;
export const DIGIT = 1;
export const SEP = 2;
export const SPACE = 3;
export const INVISIBLE = 4;
export const X = 5;
export const EXPAND = 6;

/** Class of each BMP code unit (high surrogates are looked at with their pair). */
export const CLASS = new Uint8Array(0x10000);
/** Digit value for DIGIT characters outside ASCII. */
export const VALUE = new Uint8Array(0x10000);
/** What an EXPAND character reads as (⑩ → 10, ⒈ → 1.), in ASCII digits and separators. */
export const EXPANSION = new Map<number, string>();

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
export function classifyAstral(cp: number): ReturnType<typeof classify> {
  let found = astralCache.get(cp);
  if (!found) astralCache.set(cp, (found = classify(cp)));
  return found;
}
