import Fraction from 'fraction.js';
import { describe, expect, it } from 'vitest';
import {
  decimalsCn,
  formatCount,
  formatDateCn,
  formatMonth,
  formatNumber,
  formatPercent,
  formatRatio,
  formatScore,
  formatYuanChange,
  toFixedExact,
} from '../../../src/lib/report/format.ts';

describe('formatYuanChange(delta)', () => {
  it.each([
    ['-300000', '-3,000.00元'],
    ['1103564', '+11,035.64元'],
    ['1', '+0.01元'],
    ['1/2', '+0.01元'], // half a 分 rounds up
    ['-1/3', '0.00元'], // less than half a 分: no change to show, and no sign
    ['0', '0.00元'],
    ['100000000000000', '+1,000,000,000,000.00元'],
  ])('writes a change of %s 分 as %s', (fen, text) => {
    expect(formatYuanChange(new Fraction(fen))).toBe(text);
  });
});

describe('toFixedExact(value, decimals)', () => {
  it.each([
    [9.6, 2, '9.60'],
    [9.825, 2, '9.83'],
    [1.005, 2, '1.01'],
    [0, 0, '0'],
    [-0.001, 2, '0.00'],
    [-1.25, 1, '-1.2'],
  ])('toFixedExact(%s, %i) is %s', (value, decimals, text) => {
    expect(toFixedExact(value, decimals)).toBe(text);
  });

  it('toFixedExact(2/3, 3) is 0.667', () => {
    expect(toFixedExact(new Fraction(2, 3), 3)).toBe('0.667');
  });

  // A double is taken as the decimal it prints as, so a half at the edge still rounds up.
  it('toFixedExact(1234567.125, 2) is 1234567.13', () => {
    expect(toFixedExact(1_234_567.125, 2)).toBe('1234567.13');
  });
});

describe('formatPercent(rate, decimals) and formatRatio(n, d, decimals)', () => {
  it.each([
    [0.93333, '93.33%'],
    [1, '100.00%'],
    [0.882366941176, '88.24%'],
    [0.00005, '0.01%'],
    [null, '—'],
    [undefined, '—'],
  ])('formatPercent(%s) is %s', (rate, text) => {
    expect(formatPercent(rate)).toBe(text);
  });

  it('formatPercent(6/7) is 85.71%, and 0.625 with 0 decimals is 63%', () => {
    expect(formatPercent(new Fraction(6, 7))).toBe('85.71%');
    expect(formatPercent(0.625, 0)).toBe('63%');
  });

  it.each([
    [2, 3, '66.67%'],
    [0, 5, '0.00%'],
    [1, 0, '—'],
  ])('formatRatio(%i, %i) is %s', (n, d, text) => {
    expect(formatRatio(n, d)).toBe(text);
  });
});

describe('formatNumber(value, decimals)', () => {
  it.each([
    [4.5, '4.5'],
    [270, '270'],
    [93.333, '93.33'],
    [12_345.678, '12,345.68'],
    [-1234.5, '-1,234.5'],
    [0.1 + 0.2, '0.3'],
    [null, '—'],
  ])('formatNumber(%s) is %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  // Thousands separators go into the integer part only.
  it('formatNumber(768.6979, 4) is 768.6979', () => {
    expect(formatNumber(768.6979, 4)).toBe('768.6979');
  });
});

describe('formatScore, formatCount, formatDateCn, formatMonth', () => {
  it.each([
    [9.6, '9.60'],
    [100, '100.00'],
    [8.285, '8.29'],
  ])('formatScore(%s) is %s', (value, text) => {
    expect(formatScore(value)).toBe(text);
  });

  it('formatCount(1234567) is 1,234,567', () => {
    expect(formatCount(1_234_567)).toBe('1,234,567');
    expect(formatCount(12)).toBe('12');
  });

  it('formatDateCn(2024-03-05) is 2024年3月5日 and formatMonth(2024-12) is 12月', () => {
    expect(formatDateCn('2024-03-05')).toBe('2024年3月5日');
    expect(formatMonth('2024-03')).toBe('3月');
    expect(formatMonth('2024-12')).toBe('12月');
  });
});

describe('decimalsCn(decimals)', () => {
  it('writes the places as a note says them, else the digits', () => {
    expect([2, 4, 6, 5].map(decimalsCn)).toEqual(['两', '四', '六', '5']);
  });
});
