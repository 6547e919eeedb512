/** Ledger rows for the tests: one case or payment, its number as given, the rest fixed. */
import type { CaseRow, PaymentRow } from '../../../src/lib/ledger/rows.ts';

export function caseRow(id: string): CaseRow {
  return [
    id,
    '罗某厚',
    '新港街道',
    '征地拆迁',
    '',
    '2024-01-02',
    '',
    '化解中',
    false,
    '未评价',
    0,
    '',
  ];
}

export function paymentRow(id: string): PaymentRow {
  return [id, '2024-03-04', '', '新港街道', '本年财政拨款', 100, '', ''];
}
