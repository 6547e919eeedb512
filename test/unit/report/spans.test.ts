import { describe, expect, it } from 'vitest';
import { mergeSpans } from '../../../src/lib/report/spans.ts';

describe('mergeSpans(keys)', () => {
  it('gives the first row of each run its length and the rest 0', () => {
    expect(mergeSpans(['a', 'a', 'b', 'a'])).toEqual([2, 0, 1, 1]);
    expect(mergeSpans([])).toEqual([]);
  });
});
