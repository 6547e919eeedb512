import { describe, expect, it } from 'vitest';
import { caseRowsHtml, paymentRowsHtml } from '../../../src/lib/ledger/html.ts';
import type { CaseRow, PaymentRow } from '../../../src/lib/ledger/rows.ts';

function caseRow(id: string, petitionerId = ''): CaseRow {
  return [
    id,
    '罗某厚',
    petitionerId,
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

function paymentRow(id: string): PaymentRow {
  return [id, '2024-03-04', '', '新港街道', '本年财政拨款', 100, '', ''];
}

describe('caseRowsHtml(rows, start) and paymentRowsHtml(rows, start)', () => {
  it('give each row its number as anchor, escaped like any cell', () => {
    expect(caseRowsHtml([caseRow('XF2024-0001')], 1)).toContain('<tr id="c-XF2024-0001">');
    expect(caseRowsHtml([caseRow('X"><script>')], 1)).toContain(
      '<tr id="c-X&quot;&gt;&lt;script&gt;">',
    );
    expect(paymentRowsHtml([paymentRow('BF-1')], 1)).toContain('<tr id="p-BF-1">');
  });
});
