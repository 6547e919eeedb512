import { describe, expect, it } from 'vitest';
import { caseLinks } from '../../../src/lib/model/links.ts';
import { kase, payment } from '../support/records.ts';

describe('caseLinks(cases, payments)', () => {
  it('ties each payment to its case by position and nets the amounts per case', () => {
    const cases = [kase({ caseId: 'A' }), kase({ caseId: 'B' }), kase({ caseId: 'C' })];
    const payments = [
      payment(50_000, { caseId: 'B' }),
      payment(12_345, { caseId: 'A' }),
      payment(-2_000, { caseId: 'B' }),
      payment(9_900),
      payment(700, { caseId: 'Z' }),
    ];
    const links = caseLinks(cases, payments);
    expect([...links.caseOf]).toEqual([1, 0, 1, -1, -1]);
    expect([...links.paidFen]).toEqual([12_345, 48_000, 0]);
    expect(links.indexOf.get('C')).toBe(2);
    expect(links.duplicates).toEqual([]);
  });

  it('lists a repeated 案件编号 with the position of its first row, and links to the first', () => {
    const cases = [kase({ caseId: 'A' }), kase({ caseId: 'B' }), kase({ caseId: 'A' })];
    const links = caseLinks(cases, [payment(100, { caseId: 'A' })]);
    expect(links.duplicates).toEqual([[2, 0]]);
    expect([...links.caseOf]).toEqual([0]);
    expect([...links.paidFen]).toEqual([100, 0, 0]);
  });

  it('is a pure function of the two lists: nothing is remembered between calls', () => {
    const cases = [kase({ caseId: 'A' })];
    const payments = [payment(100, { caseId: 'A' })];
    const first = caseLinks(cases, payments);
    expect(caseLinks(cases, payments)).not.toBe(first);
    expect(caseLinks(cases, payments)).toEqual(first);

    // The same arrays changed in place (same lengths) give the new answer, not a remembered one.
    payments[0] = payment(5, { caseId: 'A' });
    expect([...caseLinks(cases, payments).paidFen]).toEqual([5]);
    cases[0] = kase({ caseId: 'B' });
    expect([...caseLinks(cases, payments).caseOf]).toEqual([-1]);
  });
});
