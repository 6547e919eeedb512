import { describe, expect, it } from 'vitest';
import { breakdowns } from '../../../src/lib/model/breakdowns.ts';
import { breakdownsSchema } from '../../../src/lib/model/breakdowns-schema.ts';
import { caseLinks } from '../../../src/lib/model/links.ts';
import { keyOrder } from '../support/keys.ts';
import { budgetLine, kase, payment, resolved } from '../support/records.ts';

const cases = [resolved(10, { caseId: 'A', settled: true }), kase({ caseId: 'B' })];
const payments = [payment(1_000, { caseId: 'A' }), payment(-250, { caseId: 'A' }), payment(30)];
const built = breakdowns(2024, cases, payments, [budgetLine(5_000)], caseLinks(cases, payments));

/** The paths of a failed parse. */
function failsAt(value: unknown): string[] {
  const result = breakdownsSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

describe('breakdownsSchema', () => {
  it('parses what breakdowns() returns to an equal value, keys in the same order', () => {
    const parsed = breakdownsSchema.parse(built);
    expect(parsed).toStrictEqual(built);
    expect(keyOrder(parsed)).toEqual(keyOrder(built));
  });

  it.each([
    ['a fraction of a 分', { byUnit: [{ ...built.byUnit[0], paidFen: 0.5 }] }, 'byUnit.0.paidFen'],
    ['a negative count', { byStatus: [{ status: '已化解', cases: -1 }] }, 'byStatus.0.cases'],
    ['eleven months', { byMonth: built.byMonth.slice(1) }, 'byMonth'],
    [
      'a month not written YYYY-MM',
      { byMonth: built.byMonth.map((m) => ({ ...m, month: '3月' })) },
      'byMonth.0.month',
    ],
    ['a key it does not know', { byYear: [] }, ''],
  ])('refuses %s, at its path', (_what, change, path) => {
    expect(failsAt({ ...built, ...change })).toContain(path);
  });
});
