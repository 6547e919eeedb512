import { describe, expect, it } from 'vitest';
import { ABSENT, changeText, pairText, valueText } from '../../../src/lib/diff/values.ts';

describe('valueText(value, format)', () => {
  it.each([
    [768_697_900, { kind: 'money' } as const, '7,686,979.00元'],
    [1, { kind: 'money' } as const, '0.01元'],
    [-1, { kind: 'money' } as const, '-0.01元'],
    [0.994750656167979, { kind: 'rate' } as const, '99.48%'],
    [96.95, { kind: 'score' } as const, '96.95分'],
    [10, { kind: 'points' } as const, '10分'],
    [270, { kind: 'count', unit: '件' } as const, '270件'],
    [57.15, { kind: 'unit', unit: '万元' } as const, '57.15万元'],
    [270, { kind: 'unit', unit: '件' } as const, '270件'],
  ])('%s as %j → %s', (value, format, text) => {
    expect(valueText(value, format)).toBe(text);
  });

  it('writes flags in words, null as —, an empty text as （空）, and an absent figure as （无）', () => {
    const flag = { kind: 'flag', yes: '达到年度指标值', no: '未达到年度指标值' } as const;
    expect(valueText(false, flag)).toBe('未达到年度指标值');
    expect(valueText(null, { kind: 'rate' })).toBe('—');
    expect(valueText('', { kind: 'text' })).toBe('（空）');
    expect(valueText(undefined, { kind: 'text' })).toBe(ABSENT);
  });
});

describe('pairText(old, new, format)', () => {
  it('adds decimals until two different numbers print differently', () => {
    expect(pairText(0.93701, 0.93702, { kind: 'rate' })).toEqual(['93.701%', '93.702%']);
    expect(pairText(0.9, 0.8, { kind: 'rate' })).toEqual(['90.00%', '80.00%']);
  });
});

describe('changeText(old, new, format)', () => {
  it('signs the difference and writes a rate’s in 个百分点', () => {
    expect(changeText(57_150_000, 56_850_000, { kind: 'money' })).toBe('-3,000.00元');
    expect(changeText(1, 0.994750656167979, { kind: 'rate' })).toBe('-0.52个百分点');
    expect(changeText(57.15, 56.85, { kind: 'unit', unit: '万元' })).toBe('-0.30万元');
    expect(changeText(96.25, 93.7, { kind: 'unit', unit: '%' })).toBe('-2.55个百分点');
    expect(changeText(240, 270, { kind: 'count', unit: '件' })).toBe('+30件');
  });

  it('shows a tiny rate change with more decimals rather than as 0.00', () => {
    expect(changeText(0.5, 0.50001, { kind: 'rate' })).toBe('+0.001000个百分点');
  });

  it('has no change for text, flags or a figure one side lacks', () => {
    expect(changeText('优', '良', { kind: 'text' })).toBeUndefined();
    expect(changeText(undefined, 3, { kind: 'score' })).toBeUndefined();
  });
});
