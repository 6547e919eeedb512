/**
 * What a file's bytes say about their encoding, before any is decoded: UTF-16 without a BOM,
 * where UTF-8 or GB18030 first breaks (to point at the line), and whether a file that is not
 * clean UTF-8 is mostly UTF-8 (damaged) rather than GBK.
 */

export function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** UTF-16 without a BOM: ASCII characters leave a NUL in every other byte. */
export function looksUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
  }
  const most = Math.max(evenNul, oddNul);
  const least = Math.min(evenNul, oddNul);
  if (most > n / 4 && least < n / 50) return true;
  // Mostly Chinese text has fewer ASCII characters (commas, digits, line breaks), so fewer NULs:
  // accept them when they keep to one side and the bytes read as clean UTF-16 text.
  if (most <= n / 16 || least > most / 8) return false;
  const text = new TextDecoder(oddNul > evenNul ? 'utf-16le' : 'utf-16be').decode(
    bytes.subarray(0, n),
  );
  // The sample may end inside a surrogate pair, hence the last character is not judged; a CSV
  // read right has its commas.
  return text.includes(',') && !UTF16_JUNK.test(text.slice(0, -1));
}

// eslint-disable-next-line no-control-regex
const UTF16_JUNK = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd\ue000-\uf8ff]/;

/** Index of the first byte that breaks GB18030, or the length when there is none. */
export function firstInvalidGb18030(bytes: Uint8Array): number {
  const inRange = (b: number | undefined, lo: number, hi: number) =>
    b !== undefined && b >= lo && b <= hi;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b <= 0x80) i++;
    else if (b === 0xff) return i;
    else if (inRange(bytes[i + 1], 0x40, 0x7e) || inRange(bytes[i + 1], 0x80, 0xfe)) i += 2;
    else if (
      inRange(bytes[i + 1], 0x30, 0x39) &&
      inRange(bytes[i + 2], 0x81, 0xfe) &&
      inRange(bytes[i + 3], 0x30, 0x39)
    )
      i += 4;
    else return i;
  }
  return bytes.length;
}

/** Index of the first byte that breaks UTF-8, or the length when there is none. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const len = utf8SequenceLength(bytes, i);
    if (len === 0) return i;
    i += len;
  }
  return bytes.length;
}

/** Length of the valid UTF-8 sequence at `i`, or 0 when the bytes there are not UTF-8. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  if (b < 0x80) return 1;
  // Second-byte ranges exclude overlong forms and surrogates (RFC 3629 §4).
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    if (b === 0xe0) lo = 0xa0;
    if (b === 0xed) hi = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) lo = 0x90;
    if (b === 0xf4) hi = 0x8f;
  } else return 0;
  for (let k = 1; k <= need; k++) {
    const t = bytes[i + k];
    if (t === undefined) return 0;
    if (k === 1 ? t < lo || t > hi : (t & 0xc0) !== 0x80) return 0;
  }
  return need + 1;
}

/** Bytes judged by mostlyUtf8: the first MiB tells a damaged UTF-8 file from a GBK one. */
const MOSTLY_SAMPLE = 1 << 20;

/** True when most non-ASCII bytes form valid UTF-8 sequences: a damaged UTF-8 file, not GBK. */
export function mostlyUtf8(bytes: Uint8Array): boolean {
  let high = 0;
  let inUtf8 = 0;
  let i = 0;
  const end = Math.min(bytes.length, MOSTLY_SAMPLE);
  while (i < end) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = utf8SequenceLength(bytes, i);
    if (len > 1) {
      high += len;
      inUtf8 += len;
      i += len;
    } else {
      high++;
      i++;
    }
  }
  return high > 0 && inUtf8 / high >= 0.6;
}
