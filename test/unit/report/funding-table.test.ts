import { describe, expect, it } from 'vitest';
import { fundingBlock } from '../../../src/lib/model/report.ts';
import { fundingTable } from '../../../src/lib/report/funding-table.ts';
import { budgetLine, payment } from '../support/records.ts';

describe('fundingTable(funding)', () => {
  it('puts the total first, marks the first source 其中, and keeps every amount exact', () => {
    const funding = fundingBlock(
      [
        budgetLine(640_000_000, { source: '本年财政拨款' }),
        budgetLine(160_000_000, { source: '责任单位配套' }),
      ],
      [payment(614_958_300), payment(153_739_600, { source: '责任单位配套' })],
    );
    const { decimals, rows } = fundingTable(funding);
    expect(decimals).toBe(4);
    expect(rows.map((r) => [r.label, ...r.amounts, r.rate, r.total])).toEqual([
      ['年度资金总额', '800.0000', '800.0000', '768.6979', '96.09%', true],
      ['其中：本年财政拨款', '640.0000', '640.0000', '614.9583', '96.09%', false],
      ['责任单位配套', '160.0000', '160.0000', '153.7396', '96.09%', false],
    ]);
    expect(rows[0]?.exact[2]).toBe('7,686,979.00元');
  });

  it('uses six decimals as soon as one amount has 分', () => {
    const funding = fundingBlock([budgetLine(100_000_000)], [payment(1_234_567)]);
    const { decimals, rows } = fundingTable(funding);
    expect(decimals).toBe(6);
    expect(rows[0]?.amounts[2]).toBe('1.234567');
  });
});
