import { describe, expect, it } from 'vitest';
import { caseRows, paymentRows, unitOrder } from '../../../src/lib/ledger/rows.ts';
import { caseLinks } from '../../../src/lib/model/links.ts';
import { kase, payment } from '../support/records.ts';

const cases = [
  kase({ caseId: 'A', unit: '城关街道' }),
  kase({ caseId: 'B', unit: '东湖街道' }),
  kase({ caseId: 'C', unit: '东湖街道' }),
];
const payments = [
  payment(1_000, { caseId: 'B', paymentId: 'P1' }),
  payment(-200, { caseId: 'B', paymentId: 'P2' }),
  payment(50, { paymentId: 'P3' }),
];
const links = caseLinks(cases, payments);

describe('caseRows(cases, links)', () => {
  it('puts what was paid for each case (net, in 分) from the links beside its record', () => {
    expect(caseRows(cases, links).map((r) => [r[0], r[11]])).toEqual([
      ['A', 0],
      ['B', 800],
      ['C', 0],
    ]);
  });

  it('reads the amounts from the links it is given, not from the payments', () => {
    const other = { ...links, paidFen: new Float64Array([7, 8, 9]) };
    expect(caseRows(cases, other).map((r) => r[11])).toEqual([7, 8, 9]);
  });
});

describe('paymentRows(payments, cases, links)', () => {
  it("gives each payment its case's 责任单位 by the links, and none when it names no case", () => {
    expect(paymentRows(payments, cases, links).map((r) => [r[0], r[3], r[5]])).toEqual([
      ['P1', '东湖街道', 1_000],
      ['P2', '东湖街道', -200],
      ['P3', '', 50],
    ]);
  });
});

describe('unitOrder(cases)', () => {
  it('lists the units with most cases first, then by name', () => {
    expect(unitOrder(cases)).toEqual(['东湖街道', '城关街道']);
  });
});
