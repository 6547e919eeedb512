import { describe, expect, it } from 'vitest';
import { caseRowsHtml, paymentRowsHtml } from '../../../src/lib/ledger/html.ts';
import { caseRow, paymentRow } from '../support/ledger-rows.ts';

describe('caseRowsHtml(rows, start) and paymentRowsHtml(rows, start)', () => {
  it('give each row its number as anchor, escaped like any cell', () => {
    expect(caseRowsHtml([caseRow('XF2024-0001')], 1)).toContain('<tr id="c-XF2024-0001">');
    expect(caseRowsHtml([caseRow('X"><script>')], 1)).toContain(
      '<tr id="c-X&quot;&gt;&lt;script&gt;">',
    );
    expect(paymentRowsHtml([paymentRow('BF-1')], 1)).toContain('<tr id="p-BF-1">');
  });
});
