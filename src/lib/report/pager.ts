/** Which page numbers a pager shows: the ends, and two either side of the current page. */
export function pagerItems(page: number, pages: number): (number | 'gap')[] {
  const items: (number | 'gap')[] = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - page) <= 2) items.push(n);
    else if (items[items.length - 1] !== 'gap') items.push('gap');
  }
  return items;
}

/**
 * The pager of page `page` of `pages` as HTML, the markup the ledger pages show above and below
 * their table: first, previous, a window around the current page, next, last, each page number
 * an item of its own (so a row of numbers, 110 111 112 …, is read as separate values, never as
 * one long number, by the output scan). Empty when there is one page. The spaces and line breaks
 * are those Astro's compressed HTML gave the component this replaced, so a built page keeps its
 * bytes; `hrefOf(n)` is the link of page n, escaped here as Astro escapes an attribute.
 */
export function pagerHtml(page: number, pages: number, hrefOf: (page: number) => string): string {
  if (pages <= 1) return '';
  // As Astro writes an attribute's value: only & and " escaped.
  const link = (n: number) => hrefOf(n).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const prev =
    page > 1
      ? `<li> <a href="${link(page - 1)}" rel="prev" aria-label="上一页（第 ${page - 1} 页）">\n上一页\n</a> </li>`
      : '';
  const items = pagerItems(page, pages)
    .map((item) =>
      item === 'gap'
        ? '<li aria-hidden="true"> <span>…</span> </li>'
        : item === page
          ? `<li> <span aria-current="page">${item}</span> </li>`
          : `<li> <a href="${link(item)}" aria-label="第 ${item} 页"> ${item} </a> </li>`,
    )
    .join('');
  const next =
    page < pages
      ? `<li> <a href="${link(page + 1)}" rel="next" aria-label="下一页（第 ${page + 1} 页）">\n下一页\n</a> </li>`
      : '';
  return (
    `<nav class="pager" aria-label="分页">  <ul> ${prev} ${items} ${next} ` +
    `<li> <span>共 ${pages} 页</span> </li> </ul> </nav>`
  );
}
