import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/csv-export.ts';
import { readableHtml } from '../../../src/lib/readable-html.ts';
import { pagerItems } from '../../../src/lib/report/pager.ts';
import { mergeSpans } from '../../../src/lib/report/spans.ts';

describe('mergeSpans(keys)', () => {
  it('gives the first row of each run its length and the rest 0', () => {
    expect(mergeSpans(['a', 'a', 'b', 'a'])).toEqual([2, 0, 1, 1]);
    expect(mergeSpans([])).toEqual([]);
  });
});

describe('pagerItems(page, pages)', () => {
  it('keeps both ends and two pages either side, with gaps between', () => {
    expect(pagerItems(1, 1)).toEqual([1]);
    expect(pagerItems(6, 12)).toEqual([1, 'gap', 4, 5, 6, 7, 8, 'gap', 12]);
    expect(pagerItems(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('toCsv(columns, rows)', () => {
  it('starts with a BOM, ends lines with CRLF, and quotes commas, quotes and line breaks', () => {
    const csv = toCsv(['案件编号', '备注'], [['A,1', '说"明"\n第二行']]);
    expect(csv.startsWith('\uFEFF案件编号,备注\r\n')).toBe(true);
    expect(Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data).toEqual([
      ['案件编号', '备注'],
      ['A,1', '说"明"\n第二行'],
    ]);
  });

  it('neutralises cells Excel would run as formulas but keeps negative amounts', () => {
    const csv = toCsv(['a', 'b', 'c'], [['=1+1', '@SUM(A1)', '-1,234.00']]);
    expect(csv).toContain('\'=1+1,\'@SUM(A1),"-1,234.00"');
  });
});

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
});
