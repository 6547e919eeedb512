/** A cheap test, before the number detector runs, that a text cannot hold a number at all. */
import { CLASS, DIGIT, EXPAND, HARD, LETTER, NUMERAL } from './digit-chars.ts';

/**
 * False when `text` certainly holds no ID-card or mobile number as any kind reads it: it has
 * fewer than 11 characters that could write a digit (a digit of any script, a compatibility
 * digit, a numeral, a letter read as a digit, an entity or escape). Cheap: one pass over the text
 * with a table lookup.
 */
export function mayHoldDigits(text: string): boolean {
  if (text.length < 4) return false;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x30 && c <= 0x39) || c === 0x5c || CLASS[c] === LETTER) n++;
      else if (c === 0x26) n += 3;
      else continue;
    } else if (c >= 0xd800 && c <= 0xdbff) n += 3;
    else {
      const cls = CLASS[c];
      if (cls === DIGIT || cls === NUMERAL) n++;
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
      if ((c >= 0x30 && c <= 0x39) || c === 0x5c || CLASS[c] === LETTER) n++;
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
      if (cls === DIGIT || cls === NUMERAL) n++;
      else if (cls === EXPAND) n += 3;
      else continue;
    } else if (c >= 0xc0 && isContinuation(raw, i + 1)) {
      // Overlong forms (C0 B1 for `1`) count as what they spell, as the reader takes them.
      const cp = ((c & 0x1f) << 6) | (raw.charCodeAt(i + 1) & 0x3f);
      i += 1;
      const cls = cp < 0x80 ? (cp >= 0x30 && cp <= 0x39 ? DIGIT : HARD) : CLASS[cp];
      if (cls === DIGIT || cls === NUMERAL) n++;
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
