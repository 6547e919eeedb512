/**
 * The cell parsers' fast paths (plain `12,345.60` amounts, ISO dates) agree with their general
 * paths: the same cell with a space in front skips the fast path, and must read the same, or
 * fail with the same message. Seeded random cells from the characters such cells are made of.
 */
import { describe, expect, it } from 'vitest';
import { CellFailure, parseDate, parseMoney } from '../../src/lib/read/cells.ts';

const outcome = (cell: unknown) => (cell instanceof CellFailure ? { failure: cell.message } : cell);

function cells(alphabet: string, count: number, maxLength: number, seed: number): string[] {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () => {
    let cell = '';
    const n = Math.floor(next() * maxLength) + 1;
    for (let k = 0; k < n; k++) cell += alphabet[Math.floor(next() * alphabet.length)];
    return cell;
  });
}

describe('parseMoney(raw, unit) fast path', () => {
  it.each(['元', '万元'] as const)(
    'reads 20,000 random cells in %s as the general path does',
    (unit) => {
      for (const raw of cells('0123456789,.-', 20_000, 14, unit === '元' ? 1 : 2)) {
        expect(outcome(parseMoney(raw, unit)), raw).toEqual(outcome(parseMoney(` ${raw}`, unit)));
      }
    },
  );
});

describe('parseDate(raw) fast path', () => {
  it('reads 20,000 random ISO-shaped cells as the general path does', () => {
    for (const digits of cells('0123456789', 20_000, 8, 3).map((d) => d.padStart(8, '2'))) {
      const raw = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
      expect(outcome(parseDate(raw)), raw).toEqual(outcome(parseDate(` ${raw} `)));
    }
  });
});
