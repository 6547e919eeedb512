import { describe, expect, it } from 'vitest';
import { caseRowsHtml, ledgerHeads, paymentRowsHtml } from '../../../src/lib/ledger/html.ts';
import {
  CASE_COLUMNS,
  PAYMENT_COLUMNS,
  publishedColumns,
} from '../../../src/lib/ledger/columns.ts';
import { caseRow, paymentRow } from '../support/ledger-rows.ts';

const cases = publishedColumns(CASE_COLUMNS);
const payments = publishedColumns(PAYMENT_COLUMNS);

describe('caseRowsHtml(columns, rows, start) and paymentRowsHtml(columns, rows, start)', () => {
  it('give each row its number as anchor, escaped like any cell', () => {
    expect(caseRowsHtml(cases, [caseRow('XF2024-0001')], 1)).toContain('<tr id="c-XF2024-0001">');
    expect(caseRowsHtml(cases, [caseRow('X"><script>')], 1)).toContain(
      '<tr id="c-X&quot;&gt;&lt;script&gt;">',
    );
    expect(paymentRowsHtml(payments, [paymentRow('BF-1')], 1)).toContain('<tr id="p-BF-1">');
  });

  it('write 序号 and then one cell per column given, one cell per line', () => {
    const html = caseRowsHtml(cases, [caseRow('XF-1')], 7);
    expect(html.match(/<td/g)).toHaveLength(cases.length + 1);
    expect(html).toContain('\n<td class="num">7</td>');
    expect(ledgerHeads(cases).map((h) => h.label)).toEqual([
      '序号',
      ...cases.map((c) => c.head.label),
    ]);
  });

  it('mark a correction (冲减) on its row and its amount', () => {
    const row = paymentRow('BF-2');
    row[5] = -100;
    const html = paymentRowsHtml(payments, [row], 1);
    expect(html).toContain('<tr id="p-BF-2" class="correction">');
    expect(html).toContain('<td class="num">-1.00 <span class="flag-manual">冲减</span></td>');
  });
});
