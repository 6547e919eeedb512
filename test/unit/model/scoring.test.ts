import Fraction from 'fraction.js';
import { describe, expect, it } from 'vitest';
import {
  GRADE_BANDS,
  gradeOf,
  inGradeBand,
  inRange,
  isJudgedMet,
  isMet,
  isQualitativeMet,
  rescaleFactor,
  round2,
  scoreByRule,
  scoreEqual,
  scoreFunding,
  scorePositive,
  scoreRange,
  scoreReverse,
} from '../../../src/lib/model/scoring.ts';

const f = (v: string | number) => new Fraction(v);
/** A score as exact text, so 9.999 is not mistaken for 10. */
const text = (v: Fraction) => v.toFraction();

describe('scorePositive(actual, target, points) — ≥', () => {
  it.each([
    ['exactly at the target', '270', '270', '10', '10'],
    ['above the target', '300', '270', '10', '10'],
    ['just below the target', '269', '270', '10', '269/27'],
    ['well below the target', '135', '270', '10', '5'],
    ['at zero', '0', '270', '10', '0'],
    ['a rate: 99.99 of 100', '99.99', '100', '20', '19.998'],
    ['target 0, actual 0', '0', '0', '10', '10'],
    ['target 0, actual above', '5', '0', '10', '10'],
    ['target 0, actual below', '-1', '0', '10', '0'],
    ['negative actual, positive target', '-5', '10', '10', '0'],
  ])('%s: %s vs %s of %s points → %s', (_, actual, target, points, score) => {
    expect(text(scorePositive(f(actual), f(target), f(points)))).toBe(text(f(score)));
  });
});

describe('scoreReverse(actual, target, points) — ≤', () => {
  it.each([
    ['exactly at the target', '5', '5', '10', '10'],
    ['below the target', '3', '5', '10', '10'],
    ['just above the target', '5.01', '5', '10', '9.98'],
    ['between target and 2×', '6', '5', '10', '8'],
    ['halfway to 2×', '7.5', '5', '10', '5'],
    ['just below 2×', '9.99', '5', '10', '0.02'],
    ['exactly 2× the target', '10', '5', '10', '0'],
    ['above 2× the target', '12', '5', '10', '0'],
    ['target 0, actual 0', '0', '0', '10', '10'],
    ['target 0, actual above 0', '0.01', '0', '10', '0'],
    ['target 0, actual below 0', '-1', '0', '10', '10'],
  ])('%s: %s vs %s of %s points → %s', (_, actual, target, points, score) => {
    expect(text(scoreReverse(f(actual), f(target), f(points)))).toBe(text(f(score)));
  });
});

describe('scoreEqual(actual, target, points) — =', () => {
  it.each([
    ['exactly at the target', '100', '100', '10', '10'],
    ['just below the target', '99', '100', '10', '9.9'],
    ['above the target (scored like ≥)', '101', '100', '10', '10'],
    ['target 0, actual 0', '0', '0', '10', '10'],
    ['target 0, actual above 0', '1', '0', '10', '0'],
    ['target 0, actual below 0', '-1', '0', '10', '10'],
  ])('%s: %s vs %s of %s points → %s', (_, actual, target, points, score) => {
    expect(text(scoreEqual(f(actual), f(target), f(points)))).toBe(text(f(score)));
  });
});

describe('scoreByRule(direction, actual, target, points)', () => {
  it.each([
    ['≥', '4', '5', '8'],
    ['≤', '6', '5', '8'],
    ['=', '4', '5', '8'],
    ['≥', '6', '5', '10'],
    ['≤', '4', '5', '10'],
  ] as const)('%s with actual %s, target %s → %s of 10', (direction, actual, target, score) => {
    expect(text(scoreByRule(direction, f(actual), f(target), f(10)))).toBe(score);
  });
});

describe('isMet(direction, actual, target)', () => {
  it.each([
    ['≥', '270', '270', true],
    ['≥', '269.99', '270', false],
    ['≥', '271', '270', true],
    ['≤', '5', '5', true],
    ['≤', '5.01', '5', false],
    ['≤', '0', '5', true],
    ['=', '100', '100', true],
    ['=', '99', '100', false],
    ['=', '0', '0', true],
    ['=', '0.01', '0', false],
  ] as const)('isMet(%s, %s, %s) is %s', (direction, actual, target, met) => {
    expect(isMet(direction, f(actual), f(target))).toBe(met);
  });
});

describe('isQualitativeMet(grade)', () => {
  it.each([
    ['达成', true],
    ['部分达成', false],
    ['未达成', false],
  ] as const)('isQualitativeMet(%s) is %s', (grade, met) => {
    expect(isQualitativeMet(grade)).toBe(met);
  });
});

describe('inGradeBand(grade, score, points) — 达成 80–100 %, 部分达成 60–80 %, 未达成 0–60 %', () => {
  it.each([
    ['达成', '10', '10', true],
    ['达成', '10', '8', true],
    ['达成', '10', '7.99', false],
    ['达成', '10', '10.01', false],
    ['部分达成', '10', '8', true],
    ['部分达成', '10', '6', true],
    ['部分达成', '10', '8.01', false],
    ['部分达成', '10', '5.99', false],
    ['未达成', '10', '0', true],
    ['未达成', '10', '6', true],
    ['未达成', '10', '6.01', false],
    ['未达成', '10', '-0.01', false],
    ['部分达成', '7.5', '4.5', true],
    ['部分达成', '7.5', '6.01', false],
    ['部分达成', '3', '2.4', true],
    ['达成', '3', '2.4', true],
  ] as const)(
    'inGradeBand(%s) with %s points scored %s is %s (edges inclusive, exact)',
    (grade, points, score, inside) => {
      expect(inGradeBand(grade, f(score), f(points))).toBe(inside);
    },
  );

  it('GRADE_BANDS cover 0–100 % with no gap, each band touching the next', () => {
    expect([GRADE_BANDS.未达成, GRADE_BANDS.部分达成, GRADE_BANDS.达成]).toEqual([
      [0, 60],
      [60, 80],
      [80, 100],
    ]);
  });
});

describe('scoreFunding(rate, points) — B/A × 10, capped', () => {
  it.each([
    ['1', '10'],
    ['0.9', '9'],
    ['1.2', '10'],
    ['0', '0'],
    ['599999/900000', '599999/90000'],
  ])('scoreFunding(%s, 10) is %s', (rate, score) => {
    expect(text(scoreFunding(f(rate), f(10)))).toBe(text(f(score)));
  });
});

describe('round2(value) — half-up to 0.01', () => {
  it.each([
    ['9.825', 9.83],
    ['9.824999', 9.82],
    ['8.285', 8.29],
    ['1.005', 1.01],
    ['2.675', 2.68],
    ['0.125', 0.13],
    ['0.004', 0],
    ['10', 10],
  ])('round2(%s) is %s', (value, rounded) => {
    expect(round2(f(value))).toBe(rounded);
  });

  it.each([
    [20, 3, 6.67],
    [10, 3, 3.33],
    [80, 9, 8.89],
  ])('round2(%i/%i) is %s', (n, d, rounded) => {
    expect(round2(new Fraction(n, d))).toBe(rounded);
  });

  it('round2(1.005) is 1.01 where (1.005).toFixed(2) gives 1.00', () => {
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(round2(f('1.005'))).toBe(1.01);
  });
});

describe('gradeOf(total)', () => {
  it.each([
    [100, '优'],
    [90, '优'],
    [89.99, '良'],
    [80, '良'],
    [79.99, '中'],
    [60, '中'],
    [59.99, '差'],
    [0, '差'],
  ])('gradeOf(%s) is %s', (total, grade) => {
    expect(gradeOf(total)).toBe(grade);
  });
});

describe('scoreRange(actual, low, high, points) and inRange — inside full, below ≥-rule, above ≤-rule', () => {
  it.each([
    ['90', true, '10'],
    ['95', true, '10'],
    ['100', true, '10'],
    ['81', false, '9'],
    ['110', false, '9'],
    ['200', false, '0'],
  ])('actual %s of [90, 100] for 10 points: inside %s, score %s', (actual, inside, score) => {
    const [a, low, high] = [new Fraction(actual), new Fraction(90), new Fraction(100)];
    expect(inRange(a, low, high)).toBe(inside);
    expect(scoreRange(a, low, high, new Fraction(10)).toFraction()).toBe(score);
  });
});

describe('isJudgedMet(score, points) — met from 80 % of 分值', () => {
  it.each([
    ['8', true],
    ['7.99', false],
    ['10', true],
    ['0', false],
  ])('score %s of 10: %s', (score, met) => {
    expect(isJudgedMet(new Fraction(score), new Fraction(10))).toBe(met);
  });
});

describe('rescaleFactor(droppedPoints) — 100 ÷ (100 − dropped), exact', () => {
  it.each([
    ['0', '1'],
    ['10', '10/9'],
    ['30', '10/7'],
    ['90', '10'],
    ['100', '0'],
  ])('drops %s points: factor %s', (dropped, factor) => {
    expect(rescaleFactor(new Fraction(dropped)).toFraction()).toBe(factor);
  });
});
