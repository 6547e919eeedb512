import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  firstInvalidGb18030,
  firstInvalidUtf8,
  looksUtf16,
  mostlyUtf8,
  startsWith,
} from '../../../src/lib/read/byte-encodings.ts';

const b = (...bytes: number[]) => new Uint8Array(bytes);
const utf8 = (text: string) => new TextEncoder().encode(text);
const CSV = '案件编号,信访人,责任单位\nA01,罗某厚,东城街道\n';

describe('startsWith(bytes, prefix)', () => {
  it.each([
    [b(0xef, 0xbb, 0xbf, 0x41), [0xef, 0xbb, 0xbf], true],
    [b(0xef, 0xbb), [0xef, 0xbb, 0xbf], false],
    [b(), [], true],
    [b(0xff, 0xfe), [0xfe, 0xff], false],
  ])('startsWith(%o, %o) is %s', (bytes, prefix, yes) => {
    expect(startsWith(bytes, prefix)).toBe(yes);
  });
});

describe('firstInvalidUtf8(bytes)', () => {
  it.each([
    ['clean text', utf8(`a${CSV}😀`), -1],
    ['an overlong `/` (C0 AF)', b(0x41, 0xc0, 0xaf), 1],
    ['an overlong three-byte form (E0 80 80)', b(0x41, 0x42, 0xe0, 0x80, 0x80), 2],
    ['a surrogate (ED A0 80)', b(0xed, 0xa0, 0x80), 0],
    ['a code point past U+10FFFF (F4 90 80 80)', b(0x41, 0xf4, 0x90, 0x80, 0x80), 1],
    ['a sequence cut by the end', b(0x41, 0xe4, 0xb8), 1],
    ['a lone continuation byte', b(0x41, 0x80), 1],
    ['a GBK character', iconv.encode('甲', 'gbk'), 0],
  ])('%s', (_, bytes, at) => {
    expect(firstInvalidUtf8(bytes)).toBe(at < 0 ? bytes.length : at);
  });
});

describe('firstInvalidGb18030(bytes)', () => {
  it.each([
    ['GBK text', iconv.encode(CSV, 'gbk'), -1],
    ['a four-byte GB18030 character', iconv.encode('a😀b', 'gb18030'), -1],
    ['a 0xFF byte', b(0x41, 0xff, 0x41), 1],
    ['a lead byte at the end', b(0x41, 0xb0), 1],
    ['a lead byte with a bad trail', b(0xb0, 0x20), 0],
    [
      'a UTF-8 € pasted into GBK, its last byte left over',
      new Uint8Array([...iconv.encode('甲,', 'gbk'), ...utf8('€')]),
      5,
    ],
  ])('%s', (_, bytes, at) => {
    expect(firstInvalidGb18030(bytes)).toBe(at < 0 ? bytes.length : at);
  });
});

describe('looksUtf16(bytes)', () => {
  it.each([
    ['UTF-16LE text without a BOM', iconv.encode(CSV, 'utf16le'), true],
    ['UTF-16BE text without a BOM', iconv.encode(CSV, 'utf16be'), true],
    ['mostly Chinese UTF-16LE', iconv.encode('甲乙丙丁戊己庚辛壬癸,子丑寅卯,1\n', 'utf16le'), true],
    ['UTF-8', utf8(CSV), false],
    ['GBK', iconv.encode(CSV, 'gbk'), false],
    ['three bytes', b(0x41, 0x00, 0x42), false],
    ['binary with NULs on both sides', new Uint8Array(64), false],
  ])('%s: %s', (_, bytes, yes) => {
    expect(looksUtf16(bytes)).toBe(yes);
  });
});

describe('mostlyUtf8(bytes)', () => {
  it.each([
    ['UTF-8 with one bad byte', new Uint8Array([...utf8(CSV), 0xff, ...utf8(CSV)]), true],
    ['GBK', iconv.encode(CSV, 'gbk'), false],
    ['pure ASCII (no evidence either way)', utf8('a,b\n1,2\n'), false],
    ['empty', b(), false],
  ])('%s: %s', (_, bytes, yes) => {
    expect(mostlyUtf8(bytes)).toBe(yes);
  });
});
