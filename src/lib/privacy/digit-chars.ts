/**
 * What each character is to the number detector, as a reader reads it: a digit (of any script,
 * with its value: Unicode Nd, the compatibility digits NFKC folds, the dingbat digits ❶ ➀ ➊ ⓫
 * it does not, Chinese numerals 〇一二…九 and 壹贰叁…玖), a character that is a digit only beside
 * digits (幺 洞 两; O o l I), a separator, a comma, a space, something invisible (format
 * characters and every combining mark, so 1̲ and the keycap 1️⃣ read as 1), the X of an ID (and
 * what looks like it: Х Χ × ✕), a character that expands to digits (⑩, ⒈), or anything else,
 * which ends a number. One table for the BMP, built once from Unicode properties and NFKC;
 * astral characters are classified on first sight.
 */

export const HARD = 0;
export const DIGIT = 1;
export const SEP = 2;
export const SPACE = 3;
export const INVISIBLE = 4;
export const X = 5;
export const EXPAND = 6;
/** A digit only beside a digit: 幺 (1), 洞 (0), 两 (2) in a run of digits or numerals. */
export const NUMERAL = 7;
/** A digit only between digits: O o (0) and l I (1) as in `138OO138OOO`. */
export const LETTER = 8;
/** A comma: a separator, except between the groups of an amount (1,234,567). */
export const COMMA = 9;

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

/** Characters read as the X that ends an ID: Cyrillic Х х, Greek Χ χ, ×, ✕, ✖, ⨉, ╳. */
const X_LIKE = new Set([0x0425, 0x0445, 0x03a7, 0x03c7, 0x00d7, 0x2715, 0x2716, 0x2a09, 0x2573]);

/**
 * Enclosed digits NFKC leaves as they are, by their Unicode numeric value: the dingbats ❶–❿,
 * ➀–➉, ➊–➓, the negative circled ⓫–⓴, the double circled ⓵–⓾, ⓿ and 🄋 🄌 (circled zeros).
 */
function dingbatValue(cp: number): number | undefined {
  for (const first of [0x2776, 0x2780, 0x278a, 0x24f5])
    if (cp >= first && cp < first + 10) return cp - first + 1;
  if (cp >= 0x24eb && cp <= 0x24f4) return cp - 0x24eb + 11;
  if (cp === 0x24ff || cp === 0x1f10b || cp === 0x1f10c) return 0;
  return undefined;
}

/** Chinese numerals, everyday and financial (大写), simplified and traditional, by value. */
export const CHINESE_NUMERALS: Record<string, number> = Object.fromEntries(
  ['〇零', '一壹', '二贰貳', '三叁參叄', '四肆', '五伍', '六陆陸', '七柒', '八捌', '九玖'].flatMap(
    (chars, value) => [...chars].map((ch) => [ch, value]),
  ),
);
/** Numerals read as digits only beside a digit, as said on the radio or phone: 幺 洞 两 兩. */
export const SPOKEN_NUMERALS: Record<string, number> = { 幺: 1, 洞: 0, 两: 2, 兩: 2 };

function asciiClass(c: number): number {
  if (c >= 0x30 && c <= 0x39) return DIGIT;
  if (c === 0x58 || c === 0x78) return X;
  if (c === 0x4f || c === 0x6f || c === 0x6c || c === 0x49) return LETTER;
  if (c === 0x2c) return COMMA;
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return SPACE;
  if (ASCII_SEPARATORS.includes(String.fromCharCode(c))) return SEP;
  return HARD;
}

function classify(cp: number, nfkc?: string): { cls: number; value?: number; expansion?: string } {
  if (cp < 0x80) return { cls: asciiClass(cp) };
  const ch = String.fromCodePoint(cp);
  if (/[\p{Cf}\p{M}]/u.test(ch) || isInvisibleExtra(cp)) return { cls: INVISIBLE };
  if (X_LIKE.has(cp)) return { cls: X };
  const dingbat = dingbatValue(cp);
  if (dingbat !== undefined)
    return dingbat < 10 ? { cls: DIGIT, value: dingbat } : { cls: EXPAND, expansion: `${dingbat}` };
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
  // ⒈, 🄁 and ⑴ (digit full stop, digit comma, parenthesized digit) read as their digits:
  // `⒈⒊⒏…` and `⑴⑶⑻…` are numbers.
  const enclosed = /^\(?(\d+)[.,)]$/.exec(n);
  if (enclosed) return { cls: EXPAND, expansion: enclosed[1] ?? '' };
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
  for (const [table, cls] of [
    [CHINESE_NUMERALS, DIGIT],
    [SPOKEN_NUMERALS, NUMERAL],
  ] as const)
    for (const [ch, value] of Object.entries(table)) {
      CLASS[ch.charCodeAt(0)] = cls;
      VALUE[ch.charCodeAt(0)] = value;
    }
  for (const ch of 'Ool') VALUE[ch.charCodeAt(0)] = ch === 'l' ? 1 : 0;
  VALUE[0x49] = 1;
}

/** The digits (0–9, or `X` for the last of an ID) an astral character stands for, if any. */
const astralCache = new Map<number, ReturnType<typeof classify>>();
export function classifyAstral(cp: number): ReturnType<typeof classify> {
  let found = astralCache.get(cp);
  if (!found) astralCache.set(cp, (found = classify(cp)));
  return found;
}
