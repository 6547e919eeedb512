import { describe, expect, it } from 'vitest';
import { fundingBlock } from '../../../src/lib/model/report.ts';
import { standardFundingTable } from '../../../src/lib/report/funding-table.ts';
import {
  standardFundingRows,
  standardSourceOf,
  standardSourcesNote,
} from '../../../src/lib/report/standard-funding.ts';
import { budgetLine, payment } from '../support/records.ts';

describe('standardSourceOf(source)', () => {
  it.each([
    ['本年财政拨款', '当年财政拨款'],
    ['当年财政拨款', '当年财政拨款'],
    ['财政拨款', '当年财政拨款'],
    ['区财政', '当年财政拨款'],
    ['县财政拨款', '当年财政拨款'],
    ['示例区财政资金', '当年财政拨款'],
    ['本级财政', '当年财政拨款'],
    ['一般公共预算拨款', '当年财政拨款'],
    [' 本年 财政拨款 ', '当年财政拨款'],
    ['上年结转', '上年结转资金'],
    ['上年结转资金', '上年结转资金'],
    ['上年财政拨款结转', '上年结转资金'],
    ['历年结余', '上年结转资金'],
    ['责任单位配套', '其他资金'],
    ['社会捐助', '其他资金'],
    ['上级补助', '其他资金'],
    ['中央财政补助', '其他资金'],
    ['财政拨款（代管）', '其他资金'],
    ['其他资金', '其他资金'],
    ['', '其他资金'],
    ['<script>区财政</script>', '其他资金'],
  ])('%j → %s', (source, row) => {
    expect(standardSourceOf(source)).toBe(row);
  });
});

describe('standardFundingRows(funding, mapping)', () => {
  const funding = fundingBlock(
    [
      budgetLine(7_150_000, { source: '上年结转' }),
      budgetLine(50_000_000, { source: '区财政' }),
      budgetLine(1_000_000, { source: '社会捐助' }),
      budgetLine(2_000_000, { source: '责任单位配套' }),
    ],
    [
      payment(7_150_000, { source: '上年结转' }),
      payment(40_000_000, { source: '区财政' }),
      payment(500_000, { source: '社会捐助' }),
    ],
  );

  it('always gives the four standard rows in the standard order, whatever the CSV order', () => {
    const rows = standardFundingRows(funding);
    expect(rows.map((r) => r.label)).toEqual([
      '年度资金总额',
      '当年财政拨款',
      '上年结转资金',
      '其他资金',
    ]);
    expect(rows.map((r) => r.fen[1])).toEqual([60_150_000, 50_000_000, 7_150_000, 3_000_000]);
    expect(rows.map((r) => r.fen[2])).toEqual([47_650_000, 40_000_000, 7_150_000, 500_000]);
    expect(rows.map((r) => r.sources)).toEqual([
      [],
      ['区财政'],
      ['上年结转'],
      ['社会捐助', '责任单位配套'],
    ]);
    // The rows under the total add up to it, to the 分.
    for (const k of [0, 1, 2] as const)
      expect(rows.slice(1).reduce((s, r) => s + r.fen[k], 0)).toBe(rows[0]?.fen[k]);
    expect(rows[3]?.rate?.valueOf()).toBeCloseTo(500_000 / 3_000_000, 12);
  });

  it('places a source where project.yaml says, before its name decides', () => {
    const rows = standardFundingRows(funding, { 社会捐助: '当年财政拨款', 上年结转: '其他资金' });
    expect(rows.map((r) => r.sources)).toEqual([
      [],
      ['区财政', '社会捐助'],
      [],
      ['上年结转', '责任单位配套'],
    ]);
    expect(rows[2]?.fen).toEqual([0, 0, 0]);
    expect(rows[2]?.rate).toBeNull();
  });

  it('does not let a mapping key such as __proto__ or toString change anything', () => {
    const mapping = JSON.parse('{"__proto__": "上年结转资金"}') as Record<string, '上年结转资金'>;
    const rows = standardFundingRows(funding, mapping);
    expect(rows.map((r) => r.sources.length)).toEqual([0, 1, 1, 2]);
    const named = fundingBlock([budgetLine(100, { source: 'toString' })], []);
    expect(standardFundingRows(named).at(3)?.sources).toEqual(['toString']);
  });

  it('names the sources a row holds only where they are not the row itself', () => {
    expect(standardSourcesNote(standardFundingRows(funding))).toBe(
      '当年财政拨款：区财政；上年结转资金：上年结转；其他资金：社会捐助、责任单位配套',
    );
    const plain = fundingBlock(
      [budgetLine(100, { source: '当年财政拨款' }), budgetLine(100, { source: '上年结转资金' })],
      [],
    );
    expect(standardSourcesNote(standardFundingRows(plain))).toBe('');
  });
});

describe('standardFundingTable(funding, mapping)', () => {
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
