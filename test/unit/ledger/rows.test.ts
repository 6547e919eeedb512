/**
 * Ledger rows: caseRows() adds what was paid for each case (冲减 included), paymentRows() the
 * unit of each payment's case, and unitOrder() orders the units as the subtotal table does.
 */
import { describe, expect, it } from 'vitest';
import { caseRows, paymentRows, unitOrder } from '../../../src/lib/ledger/rows.ts';
import { caseLinks } from '../../../src/lib/model/links.ts';
import { kase, payment } from '../support/records.ts';

describe('caseRows(cases, links)', () => {
  it('writes each case as its cells, blanks for what it lacks, and what was paid for it in 分', () => {
    const a = kase({ caseId: 'A1', unit: '东街', petitionerId: 'P9', note: '备注' });
    const b = kase({ caseId: 'A2', unit: '西街', status: '已化解', closed: '2024-03-01' });
    const c = kase({ caseId: 'A3', unit: '西街', leader: '副区长', settled: true });
    const pays = [
      payment(500_00, { caseId: 'A1' }),
      payment(250_50, { caseId: 'A1' }),
      payment(-100_00, { caseId: 'A1' }), // 冲减
      payment(300_00, { caseId: 'A2' }),
      payment(999_00), // no case
      payment(1_00, { caseId: 'NOPE' }), // a case not in the file
    ];
    const rows = caseRows([a, b, c], caseLinks([a, b, c], pays));
    expect(rows.map((r) => r[10])).toEqual([650_50, 300_00, 0]);
    expect(rows[0]).toEqual([
      'A1',
      '罗某厚',
      '东街',
      '征地拆迁',
      '',
      '2024-01-01',
      '',
      '未化解',
      false,
      '未评价',
      650_50,
      '备注',
    ]);
    expect(rows[1]?.[6]).toBe('2024-03-01');
    expect(rows[2]?.[4]).toBe('副区长');
    expect(rows[2]?.[8]).toBe(true);
  });

  it('gives no rows for no cases, whatever was paid', () => {
    expect(caseRows([], caseLinks([], [payment(1_00, { caseId: 'A1' })]))).toEqual([]);
  });
});

describe('paymentRows(payments, cases, links)', () => {
  it('names the unit of the payment’s case, and leaves it blank when there is no such case', () => {
    const cases = [kase({ caseId: 'A1', unit: '东街' }), kase({ caseId: 'A2', unit: '西街' })];
    const pays = [
      payment(100_00, { paymentId: 'BF-1', caseId: 'A2', purpose: '补偿', approval: '文号' }),
      payment(-5_00, { paymentId: 'BF-2', caseId: 'A1' }),
      payment(7_00, { paymentId: 'BF-3' }),
      payment(8_00, { paymentId: 'BF-4', caseId: 'A9' }),
    ];
    const rows = paymentRows(pays, cases, caseLinks(cases, pays));
    expect(rows).toEqual([
      ['BF-1', '2024-06-01', 'A2', '西街', '本年财政拨款', 100_00, '补偿', '文号'],
      ['BF-2', '2024-06-01', 'A1', '东街', '本年财政拨款', -5_00, '', ''],
      ['BF-3', '2024-06-01', '', '', '本年财政拨款', 7_00, '', ''],
      ['BF-4', '2024-06-01', 'A9', '', '本年财政拨款', 8_00, '', ''],
    ]);
  });
});

describe('unitOrder(cases)', () => {
  it.each<[string, string[], string[]]>([
    ['no cases', [], []],
    ['one unit', ['东街', '东街'], ['东街']],
    ['most cases first', ['甲', '乙', '乙', '丙', '丙', '丙'], ['丙', '乙', '甲']],
    ['ties by name (code point order)', ['b', 'a', 'c', 'a', 'b', 'c'], ['a', 'b', 'c']],
    ['ties by name, whatever order they come in', ['西街', '东街'], ['东街', '西街']],
    ['a blank unit counted like any other', ['', '', '东街'], ['', '东街']],
  ])('%s', (_, units, order) => {
    expect(unitOrder(units.map((unit) => kase({ unit })))).toEqual(order);
  });
});

describe('caseRows(cases, links) takes the links it is given', () => {
  it('reads the amounts from the links, not from the payments', () => {
    const cases = [kase({ caseId: 'A' }), kase({ caseId: 'B' }), kase({ caseId: 'C' })];
    const links = {
      ...caseLinks(cases, [payment(1_000, { caseId: 'B' })]),
      paidFen: new Float64Array([7, 8, 9]),
    };
    expect(caseRows(cases, links).map((r) => r[10])).toEqual([7, 8, 9]);
  });
});
