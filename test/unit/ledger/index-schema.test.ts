import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerIndexSchema } from '../../../src/lib/ledger/index-schema.ts';
import { writeLedgers } from '../../../src/lib/ledger/ledger.ts';
import type { LedgerIndex } from '../../../src/lib/ledger/ledger.ts';
import { caseLinks } from '../../../src/lib/model/links.ts';
import { keyOrder } from '../support/keys.ts';
import { kase, payment } from '../support/records.ts';

const dir = mkdtempSync(join(tmpdir(), 'xinfang-ledger-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let index: LedgerIndex;
beforeAll(async () => {
  const cases = [
    kase({ unit: '东湖街道' }),
    kase({ unit: '城关街道' }),
    kase({ unit: '东湖街道' }),
  ];
  const payments = [payment(100, { caseId: cases[0]?.caseId }), payment(7)];
  index = await writeLedgers(dir, cases, payments, caseLinks(cases, payments), 2);
});

/** The paths of a failed parse. */
function failsAt(value: unknown): string[] {
  const result = ledgerIndexSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

describe('ledgerIndexSchema', () => {
  it('parses what writeLedgers() returns to an equal value, keys in the same order', () => {
    expect(index.units.map((u) => [u.id, u.unit, u.rows, u.pages])).toEqual([
      ['u1', '东湖街道', 2, 1],
      ['u2', '城关街道', 1, 1],
    ]);
    const parsed = ledgerIndexSchema.parse(index);
    expect(parsed).toStrictEqual(index);
    expect(keyOrder(parsed)).toEqual(keyOrder(index));
  });

  it('parses an index counted without writing pages (no folder, totals or search ids)', () => {
    const counted = {
      pageSize: 1000,
      columns: { cases: ['案件编号'], payments: ['拨付编号'] },
      cases: { rows: 0, pages: 1 },
      payments: { rows: 0, pages: 1 },
      units: [],
    };
    expect(ledgerIndexSchema.parse(counted)).toStrictEqual(counted);
  });

  it.each([
    ['no pages', { cases: { rows: 0, pages: 0 } }, 'cases.pages'],
    [
      'a unit id that is no URL part of ours',
      { units: [{ id: '../u1', unit: '东湖街道', rows: 1, pages: 1 }] },
      'units.0.id',
    ],
    [
      'search ids without every bucket offset',
      { search: { records: 1, offsets: [0, 10] } },
      'search.offsets',
    ],
    [
      'a page total that is not whole 分',
      { payments: { rows: 2, pages: 1, pageTotals: [1.5] } },
      'payments.pageTotals.0',
    ],
  ])('refuses %s, at its path', (_what, change, path) => {
    expect(failsAt({ ...index, ...change })).toContain(path);
  });
});
