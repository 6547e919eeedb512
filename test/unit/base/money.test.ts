import { describe, expect, it } from 'vitest';
import { makeRng } from '../../../scripts/lib/rng.ts';
import { exactWanDecimals, formatWan, formatYuan } from '../../../src/lib/base/money.ts';

describe('formatYuan(fen)', () => {
  it.each([
    [768_697_900, '7,686,979.00'],
    [1_234_567_890_123, '12,345,678,901.23'],
    [5, '0.05'],
    [1, '0.01'],
    [-1, '-0.01'],
    [-50, '-0.50'],
    [0, '0.00'],
    [-123_456, '-1,234.56'],
    [100_000_000_000_000, '1,000,000,000,000.00'],
    [-100_000_000_000_000, '-1,000,000,000,000.00'],
  ])('formatYuan(%i) is %s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text);
  });
  it('groups every size of amount as the thousands-separator rule does (seeded random amounts)', () => {
    const rng = makeRng(7);
    const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    for (let i = 0; i < 20_000; i++) {
      const digits = rng.int(1, 15);
      const fen = Math.floor(rng.next() * 10 ** digits) * (rng.next() < 0.2 ? -1 : 1);
      const abs = Math.abs(fen);
      const expected = `${fen < 0 ? '-' : ''}${grouped(String(Math.floor(abs / 100)))}.${String(abs % 100).padStart(2, '0')}`;
      expect(formatYuan(fen)).toBe(expected);
    }
  });
});

describe('formatWan(fen, decimals)', () => {
  it.each([
    [76_869_790, 2, '76.87'],
    [76_869_790, 4, '76.8698'],
    [76_869_790, 6, '76.869790'],
    [768_697_900, 4, '768.6979'],
    [5_000, 2, '0.01'],
    [4_999, 2, '0.00'],
    [-5_000, 2, '-0.01'],
    [-5_001, 2, '-0.01'],
    [1, 6, '0.000001'],
    [1, 4, '0.0000'],
    [50, 4, '0.0001'],
    [49, 4, '0.0000'],
    [9_995_000, 2, '10.00'],
    [9_994_999, 2, '9.99'],
    [100_000_000_000_000, 2, '100,000,000.00'],
    [1_234_567_890_123, 0, '1,234,568'],
  ])('formatWan(%i, %i) is %s', (fen, decimals, text) => {
    expect(formatWan(fen, decimals)).toBe(text);
  });

  // An amount that rounds to zero carries no sign.
  it('formatWan(-4999) is 0.00, not -0.00', () => {
    expect(formatWan(-4_999, 2)).toBe('0.00');
  });
});

describe('exactWanDecimals(amountsFen)', () => {
  it.each([
    [[10_000, 20_000], 2],
    [[10_000, 100], 4],
    [[10_000, 1], 6],
    [[], 2],
  ])('exactWanDecimals(%j) is %i', (amounts, decimals) => {
    expect(exactWanDecimals(amounts)).toBe(decimals);
  });
});
