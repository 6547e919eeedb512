import { describe, expect, it } from 'vitest';
import { ledgerPageSize } from '../../../src/loaders/paths.ts';

describe('ledgerPageSize(value)', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['100', 100],
    [' 1000 ', 1000],
    ['1', 1],
    ['100000', 100000],
  ])('%j → %j', (value, size) => expect(ledgerPageSize(value)).toBe(size));

  it.each(['0', '-5', '1.5', '1e3', 'abc', '100001', '9999999', '0x10'])('refuses %j', (value) =>
    expect(() => ledgerPageSize(value)).toThrow(
      'XF_PAGE_SIZE（台账每页行数）应为 1 到 100000 之间的整数',
    ),
  );
});
