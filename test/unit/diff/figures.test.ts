import { describe, expect, it } from 'vitest';
import { figureChanges } from '../../../src/lib/diff/figures.ts';
import { fundingLine, golden, indicatorResult, report } from '../support/reports.ts';

describe('figureChanges(before, after)', () => {
  it('lists exactly the figures that moved, with both values as text and the change', () => {
    const before = report({ lines: [fundingLine('本年财政拨款', 50_000_000, 50_000_000)] });
    const after = report({ lines: [fundingLine('本年财政拨款', 50_000_000, 49_700_000)] });
    expect(
      figureChanges(before, after).map((c) => [c.name, c.oldText, c.newText, c.change]),
    ).toEqual([
      ['资金支出总额', '500,000.00元', '497,000.00元', '-3,000.00元'],
      ['年度资金总额 全年执行数', '500,000.00元', '497,000.00元', '-3,000.00元'],
      ['年度资金总额 执行率', '100.00%', '99.40%', '-0.60个百分点'],
      ['本年财政拨款 全年执行数', '500,000.00元', '497,000.00元', '-3,000.00元'],
      ['本年财政拨款 执行率', '100.00%', '99.40%', '-0.60个百分点'],
    ]);
  });

  it('shows a figure only one build has as （无） on the other side', () => {
    const before = report({ indicators: [indicatorResult({ name: '甲' })] });
    const after = report({ indicators: [] });
    const changes = figureChanges(before, after).filter((c) => c.group === '绩效指标');
    expect(changes[0]).toMatchObject({
      name: '甲 年度指标值',
      oldText: '100件',
      newText: '（无）',
    });
  });

  it('finds nothing between a report and itself', () => {
    const r = golden(2024, 'jiean-huajie');
    expect(figureChanges(r, structuredClone(r))).toEqual([]);
  });
});
