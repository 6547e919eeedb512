import { describe, expect, it } from 'vitest';
import { caseRowsHtml, paymentRowsHtml } from '../../../src/lib/ledger/html.ts';
import { CASE_COLUMNS, PAYMENT_COLUMNS } from '../../../src/lib/ledger/columns.ts';
import type { CaseRow, PaymentRow } from '../../../src/lib/ledger/rows.ts';
import { READABLE_TBODY, readableHtml } from '../../../src/lib/output/readable-html.ts';

describe('readableHtml(html)', () => {
  it('puts block and table tags on their own lines without touching inline text', () => {
    const html =
      '<html><body><p>实际支出<span>768.70万元</span>（元）</p><table><tr><td>1</td><td>2</td></tr></table></body></html>';
    expect(readableHtml(html)).toBe(
      '<html>\n<body>\n<p>实际支出<span>768.70万元</span>（元）</p>\n<table>\n<tr>\n<td>1</td>\n<td>2</td></tr></table></body></html>\n',
    );
  });

  it('leaves script and style content byte for byte', () => {
    const html =
      '<head><script type="application/json">{"a":"<div>x</div>"}</script><style>p{color:red}</style></head>';
    expect(readableHtml(html)).toBe(
      '<head>\n<script type="application/json">{"a":"<div>x</div>"}</script>\n<style>p{color:red}</style></head>\n',
    );
  });

  it('keeps a ledger page’s rows as written, which is what the full pass would make of them', () => {
    const cases: CaseRow[] = [
      [
        'XF-1',
        '罗某厚',
        '东街街道',
        '劳动社保',
        '',
        '2024-01-05',
        '',
        '化解中',
        false,
        '未评价',
        0,
        '',
      ],
      [
        'XF-2',
        '欧阳某',
        '<b>西街</b>',
        '征地拆迁',
        '副区长',
        '2023-03-01',
        '2024-05-06',
        '已化解',
        true,
        '满意',
        1_234_56,
        '两行\n\n备注 <tr>',
      ],
    ];
    const payments: PaymentRow[] = [
      ['BF-1', '2024-02-01', 'XF-2', '西街', '本年财政拨款', 500_00, '补偿', '示信联〔2024〕1号'],
      ['BF-2', '2024-03-01', '', '', '本年财政拨款', -100_00, '', ''],
    ];
    for (const rows of [
      caseRowsHtml(CASE_COLUMNS, cases, 1),
      paymentRowsHtml(PAYMENT_COLUMNS, payments, 1001),
    ]) {
      const page = (tbody: string) =>
        `<html><body><main><table class="ledger"><thead><tr><th>序号</th></tr></thead>${tbody}${rows}</tbody><tfoot><tr class="total"><th>本页小计</th></tr></tfoot></table></main></body></html>`;
      const kept = readableHtml(page(READABLE_TBODY));
      expect(kept).toContain(rows);
      // The same page without the mark goes through the full rewrite.
      const full = readableHtml(page('<tbody data-readable="">')).replace(
        '<tbody data-readable="">',
        READABLE_TBODY,
      );
      expect(kept).toBe(full.replace('两行\n备注', '两行\n\n备注'));
    }
  });
});
