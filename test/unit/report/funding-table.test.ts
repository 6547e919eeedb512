import { describe, expect, it } from 'vitest';
import { fundingBlock } from '../../../src/lib/model/report.ts';
import { fundingTable, standardFundingTable } from '../../../src/lib/report/funding-table.ts';
import { placeSources } from '../../../src/lib/model/standard-funding.ts';
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

describe('fundingTable(funding) with a 其中：中央和省级补助 line', () => {
  it('indents the part under its whole, its amounts shown but in no total again', () => {
    const budget = [
      budgetLine(500_000_000, { source: '本年财政拨款', category: '当年财政拨款' }),
      budgetLine(200_000_000, { source: '中央和省级补助资金', category: '中央和省级补助' }),
      budgetLine(71_500_000, { source: '上年结转资金' }),
    ];
    const funding = fundingBlock(
      budget,
      [
        payment(300_000_000),
        payment(200_000_000, { source: '中央和省级补助资金' }),
        payment(71_500_000, { source: '上年结转资金' }),
      ],
      placeSources(budget).places,
    );
    expect(fundingTable(funding).rows.map((r) => [r.label, ...r.amounts, r.rate])).toEqual([
      ['年度资金总额', '571.50', '571.50', '571.50', '100.00%'],
      ['其中：本年财政拨款', '500.00', '500.00', '500.00', '100.00%'],
      ['\u3000\u3000其中：中央和省级补助资金', '200.00', '200.00', '200.00', '100.00%'],
      ['上年结转资金', '71.50', '71.50', '71.50', '100.00%'],
    ]);
    const standard = standardFundingTable(funding);
    expect(standard.rows.map((r) => [r.label, ...r.amounts])).toEqual([
      ['年度资金总额', '571.50', '571.50', '571.50'],
      ['其中：当年财政拨款', '500.00', '500.00', '500.00'],
      ['\u3000\u3000其中：中央和省级补助', '200.00', '200.00', '200.00'],
      ['上年结转资金', '71.50', '71.50', '71.50'],
      ['其他资金', '', '', ''],
    ]);
    expect(standard.note).toBe('当年财政拨款：本年财政拨款；中央和省级补助：中央和省级补助资金');
  });

  it('places the sources of an older build’s report, which has no standard rows, by name', () => {
    const funding = fundingBlock(
      [budgetLine(100, { source: '区财政' })],
      [payment(100, { source: '区财政' })],
    );
    const older = { ...funding };
    delete older.standard;
    expect(standardFundingTable(older).rows.map((r) => r.amounts[1])).toEqual([
      '0.0001',
      '0.0001',
      '',
      '',
    ]);
  });
});

describe('standardFundingTable(funding)', () => {
  it('shows all four rows, a row without a source blank, amounts exact in 万元', () => {
    const funding = fundingBlock(
      [
        budgetLine(160_000_000, { source: '责任单位配套' }),
        budgetLine(640_000_000, { source: '本年财政拨款' }),
      ],
      [payment(614_958_300), payment(153_739_600, { source: '责任单位配套' })],
    );
    const { decimals, rows, note } = standardFundingTable(funding);
    expect(decimals).toBe(4);
    expect(rows.map((r) => [r.label, ...r.amounts, r.rate])).toEqual([
      ['年度资金总额', '800.0000', '800.0000', '768.6979', '96.09%'],
      ['其中：当年财政拨款', '640.0000', '640.0000', '614.9583', '96.09%'],
      ['上年结转资金', '', '', '', ''],
      ['其他资金', '160.0000', '160.0000', '153.7396', '96.09%'],
    ]);
    expect(note).toBe('当年财政拨款：本年财政拨款；其他资金：责任单位配套');
  });

  it('shows 0 for a row whose sources have no money, and — for its rate', () => {
    const funding = fundingBlock(
      [budgetLine(100_000_000), budgetLine(0, { source: '上年结转' })],
      [payment(100_000_000)],
    );
    const { rows } = standardFundingTable(funding);
    expect(rows[2]?.amounts).toEqual(['0.00', '0.00', '0.00']);
    expect(rows[2]?.rate).toBe('—');
  });
});
