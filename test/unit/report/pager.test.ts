import { describe, expect, it } from 'vitest';
import { pagerHtml, pagerItems } from '../../../src/lib/report/pager.ts';
import { readableHtml } from '../../../src/lib/output/readable-html.ts';

describe('pagerItems(page, pages)', () => {
  it('keeps both ends and two pages either side, with gaps between', () => {
    expect(pagerItems(1, 1)).toEqual([1]);
    expect(pagerItems(6, 12)).toEqual([1, 'gap', 4, 5, 6, 7, 8, 'gap', 12]);
    expect(pagerItems(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });
});

const cases = (n: number) => (n === 1 ? '/2023/peer/cases/' : `/2023/peer/cases/${n}/`);

/**
 * The pagers of a 100,000-case site as Astro rendered the former Pager.astro component, one
 * block per line as the built pages hold them (trailing spaces included): pagerHtml() must
 * give a page the same bytes.
 */
const ASTRO_RENDERED: [page: number, pages: number, lines: string[]][] = [
  [
    3,
    100,
    [
      '<nav class="pager" aria-label="分页">  ',
      '<ul> ',
      '<li> <a href="/2023/peer/cases/2/" rel="prev" aria-label="上一页（第 2 页）">',
      '上一页',
      '</a> </li> ',
      '<li> <a href="/2023/peer/cases/" aria-label="第 1 页"> 1 </a> </li>',
      '<li> <a href="/2023/peer/cases/2/" aria-label="第 2 页"> 2 </a> </li>',
      '<li> <span aria-current="page">3</span> </li>',
      '<li> <a href="/2023/peer/cases/4/" aria-label="第 4 页"> 4 </a> </li>',
      '<li> <a href="/2023/peer/cases/5/" aria-label="第 5 页"> 5 </a> </li>',
      '<li aria-hidden="true"> <span>…</span> </li>',
      '<li> <a href="/2023/peer/cases/100/" aria-label="第 100 页"> 100 </a> </li> ',
      '<li> <a href="/2023/peer/cases/4/" rel="next" aria-label="下一页（第 4 页）">',
      '下一页',
      '</a> </li> ',
      '<li> <span>共 100 页</span> </li> </ul> </nav>',
    ],
  ],
  [
    1,
    100,
    [
      '<nav class="pager" aria-label="分页">  ',
      '<ul>  ',
      '<li> <span aria-current="page">1</span> </li>',
      '<li> <a href="/2023/peer/cases/2/" aria-label="第 2 页"> 2 </a> </li>',
      '<li> <a href="/2023/peer/cases/3/" aria-label="第 3 页"> 3 </a> </li>',
      '<li aria-hidden="true"> <span>…</span> </li>',
      '<li> <a href="/2023/peer/cases/100/" aria-label="第 100 页"> 100 </a> </li> ',
      '<li> <a href="/2023/peer/cases/2/" rel="next" aria-label="下一页（第 2 页）">',
      '下一页',
      '</a> </li> ',
      '<li> <span>共 100 页</span> </li> </ul> </nav>',
    ],
  ],
  [
    100,
    100,
    [
      '<nav class="pager" aria-label="分页">  ',
      '<ul> ',
      '<li> <a href="/2023/peer/cases/99/" rel="prev" aria-label="上一页（第 99 页）">',
      '上一页',
      '</a> </li> ',
      '<li> <a href="/2023/peer/cases/" aria-label="第 1 页"> 1 </a> </li>',
      '<li aria-hidden="true"> <span>…</span> </li>',
      '<li> <a href="/2023/peer/cases/98/" aria-label="第 98 页"> 98 </a> </li>',
      '<li> <a href="/2023/peer/cases/99/" aria-label="第 99 页"> 99 </a> </li>',
      '<li> <span aria-current="page">100</span> </li>  ',
      '<li> <span>共 100 页</span> </li> </ul> </nav>',
    ],
  ],
];

describe('pagerHtml(page, pages, hrefOf)', () => {
  it.each(ASTRO_RENDERED)(
    'page %i of %i: the markup Astro rendered for it',
    (page, pages, lines) => {
      expect(readableHtml(pagerHtml(page, pages, cases))).toBe(`${lines.join('\n')}\n`);
    },
  );

  it('is empty when there is one page, or none', () => {
    expect(pagerHtml(1, 1, cases)).toBe('');
    expect(pagerHtml(1, 0, cases)).toBe('');
  });

  it('links every page shown but the current one, each number an item of its own', () => {
    const html = pagerHtml(6, 12, cases);
    const linked = [...html.matchAll(/aria-label="第 (\d+) 页"/g)].map((m) => Number(m[1]));
    expect(linked).toEqual([1, 4, 5, 7, 8, 12]);
    expect(html).toContain('<span aria-current="page">6</span>');
    expect(html.match(/<li aria-hidden="true">/g)).toHaveLength(2);
  });

  it('escapes the links as Astro escapes an attribute: & and " only', () => {
    const html = pagerHtml(1, 2, (n) => `/a&b"c'd<e>/${n}/`);
    expect(html).toContain('href="/a&amp;b&quot;c\'d<e>/2/"');
    expect(html).not.toContain('a&b');
  });
});
