import Fraction from 'fraction.js';
import { describe, expect, it } from 'vitest';
import {
  change,
  gradeRank,
  indicatorBetter,
  qualitativeRank,
  verdictOf,
} from '../../../src/lib/model/change.ts';
import type { Better } from '../../../src/lib/model/change.ts';

describe('change(previous, current, better)', () => {
  it.each<[number, number, Better, number, number | null, string, string]>([
    [240, 270, 'up', 30, 0.125, 'up', 'better'],
    [240, 270, 'down', 30, 0.125, 'up', 'worse'],
    [240, 270, 'none', 30, 0.125, 'up', 'neutral'],
    [0.9625, 0.937, 'up', -0.0255, -0.0255 / 0.9625, 'down', 'worse'],
    [3, 2.5, 'down', -0.5, -0.5 / 3, 'down', 'better'],
    [5, 5, 'up', 0, 0, 'same', 'neutral'],
    [0, 12, 'up', 12, null, 'up', 'better'],
    [-100, -50, 'up', 50, 0.5, 'up', 'better'],
  ])('%s → %s (better %s): delta %s, relative %s, %s, %s', (p, c, b, delta, rel, t, v) => {
    const result = change(p, c, b);
    expect(result.delta).toBeCloseTo(delta, 12);
    if (rel === null) expect(result.relative).toBeNull();
    else expect(result.relative).toBeCloseTo(rel, 12);
    expect(result.trend).toBe(t);
    expect(result.verdict).toBe(v);
  });

  it('subtracts the decimals as written: 0.3 − 0.1 is exactly 0.2', () => {
    expect(change(0.1, 0.3, 'up').delta).toBe(0.2);
    expect(change(6583415, 7686979, 'none').delta).toBe(1103564);
  });

  it('changes amounts in 分 exactly: 1 分 → 2 分 is +1 分, +100 %', () => {
    const result = change(1, 2, 'none');
    expect([result.delta, result.relative, result.exact?.delta.toFraction()]).toEqual([1, 1, '1']);
    const huge = change(100_000_000_000_000, 100_000_000_000_001, 'none');
    expect(huge.exact?.delta.toFraction()).toBe('1');
  });

  it('prefers the exact values given over the numbers: 1/3 → 2/3 is exactly 1/3', () => {
    const result = change(0.33, 0.67, 'up', [new Fraction(1, 3), new Fraction(2, 3)]);
    expect(result.exact?.delta.toFraction()).toBe('1/3');
    expect(result.exact?.relative?.toFraction()).toBe('1');
  });

  it('gives nulls, never a made-up change, when either value is missing', () => {
    expect(change(null, 5, 'up')).toEqual({
      previous: null,
      current: 5,
      delta: null,
      relative: null,
      trend: null,
      verdict: null,
      exact: null,
    });
    expect(change(5, null, 'up').verdict).toBeNull();
  });
});

describe('verdictOf(trend, better)', () => {
  it('is neutral when nothing moved or when the direction does not matter', () => {
    expect(verdictOf('same', 'up')).toBe('neutral');
    expect(verdictOf('up', 'none')).toBe('neutral');
    expect(verdictOf('down', 'down')).toBe('better');
    expect(verdictOf('down', 'up')).toBe('worse');
  });
});

describe('indicatorBetter(direction)', () => {
  it('is up for ≥, = and 定性, down for ≤', () => {
    expect(indicatorBetter('≥')).toBe('up');
    expect(indicatorBetter('=')).toBe('up');
    expect(indicatorBetter('定性')).toBe('up');
    expect(indicatorBetter('≤')).toBe('down');
  });
});

describe('qualitativeRank(grade) and gradeRank(grade)', () => {
  it('rank 达成 above 部分达成 above 未达成, and 优 above 良 above 中 above 差', () => {
    expect(['达成', '部分达成', '未达成', '其他'].map(qualitativeRank)).toEqual([2, 1, 0, null]);
    expect((['优', '良', '中', '差'] as const).map(gradeRank)).toEqual([3, 2, 1, 0]);
  });
});
