import { describe, expect, it } from 'vitest';
import { mayHoldDigits, mayHoldDigitsInBytes } from '../../../src/lib/privacy/may-hold-digits.ts';

const M = '13812345678';
const bytes = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

describe('mayHoldDigits(text)', () => {
  it.each([
    ['', false],
    ['罗某厚', false],
    ['2024-01-05', false],
    ['1234567890', false],
    [M, true],
    ['&#49;&#51;&#56;&#49;', true],
    ['⑩⑪⑫⑬', true],
    ['１３８１２３４５６７８', true],
    ['\\u0031\\u0033\\u0038\\u0031\\u0032\\u0033', true],
    ['𝟏𝟑𝟖𝟏', true],
  ])('mayHoldDigits(%j) is %s', (text, want) => {
    expect(mayHoldDigits(text)).toBe(want);
  });
});

describe('mayHoldDigitsInBytes(raw)', () => {
  it.each([
    ['', false],
    ['罗某厚罗某厚', false],
    ['2024-01-05', false],
    [M, true],
    ['１３８１２３４５６７８', true],
    ['⑩⑪⑫⑬', true],
    ['𝟏𝟑𝟖𝟏', true],
  ])('mayHoldDigitsInBytes(UTF-8 of %j) is %s', (text, want) => {
    expect(mayHoldDigitsInBytes(bytes(text))).toBe(want);
  });

  it('counts an overlong two-byte digit (C0 B1 for 1) as the digit it spells', () => {
    expect(mayHoldDigitsInBytes('\xc0\xb1'.repeat(11))).toBe(true);
    expect(mayHoldDigitsInBytes('\xc0\xb1'.repeat(10))).toBe(false);
  });

  it('says the same as mayHoldDigits on the decoded text for every kind of digit', () => {
    const texts = ['0123456789', 'abc١٢٣٤٥٦٧٨٩٠١', '۱۲۳۴۵۶۷۸۹۰۱', '一二三四五六七八九十〇'];
    for (const text of texts) expect(mayHoldDigitsInBytes(bytes(text))).toBe(mayHoldDigits(text));
    expect(texts).toHaveLength(4);
  });
});

describe('mayHoldDigits(text) counts what reads as a digit', () => {
  it.each(['一三八〇〇一三八〇〇〇', '幺三八洞洞幺三八洞洞洞', '138OOl38OOO', '❶❸❽⓿⓿❶❸❽⓿⓿⓿'])(
    'holds %j',
    (text) => {
      expect(mayHoldDigits(text)).toBe(true);
      expect(mayHoldDigitsInBytes(Buffer.from(text, 'utf8').toString('latin1'))).toBe(true);
    },
  );
});
