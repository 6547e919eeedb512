import { describe, expect, it } from 'vitest';
import { yuan } from '../../../src/lib/read/yuan.ts';

describe('yuan(fen)', () => {
  it.each([
    [768_697_900, '7,686,979.00'],
    [5, '0.05'],
    [-50, '-0.50'],
    [0, '0.00'],
    [-123_456, '-1,234.56'],
  ])('yuan(%i) is %s', (fen, text) => {
    expect(yuan(fen)).toBe(text);
  });
});
