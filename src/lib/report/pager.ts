/** Which page numbers a pager shows: the ends, and two either side of the current page. */
export function pagerItems(page: number, pages: number): (number | 'gap')[] {
  const items: (number | 'gap')[] = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - page) <= 2) items.push(n);
    else if (items[items.length - 1] !== 'gap') items.push('gap');
  }
  return items;
}
