import { describe, expect, it } from 'vitest';
import { pagerItems } from '../../../src/lib/report/pager.ts';

describe('pagerItems(page, pages)', () => {
  it('keeps both ends and two pages either side, with gaps between', () => {
    expect(pagerItems(1, 1)).toEqual([1]);
    expect(pagerItems(6, 12)).toEqual([1, 'gap', 4, 5, 6, 7, 8, 'gap', 12]);
    expect(pagerItems(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });
});
