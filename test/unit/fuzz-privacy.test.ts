/**
 * The privacy guard's fast paths agree with its definition. findSensitive normalises only the
 * characters NFKC turns into digits, X, hyphens or spaces, and skips short cells: these tests
 * check that class against every Unicode code point, and the guard against a reference that
 * normalises the whole cell, on seeded random cells built to hide numbers.
 */
import { describe, expect, it } from 'vitest';
import {
  findSensitive,
  isIdCard15,
  isIdCard18,
  mayHoldNumber,
  mayHoldSensitive,
  NFKC_DIGITISH_ALL,
  OUTSIDE_ASCII_AND_HAN,
} from '../../src/lib/read/privacy.ts';
import type { Sensitive } from '../../src/lib/read/privacy.ts';
import { mayHoldNumberBytes } from '../../src/lib/output-scan.ts';

const latin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

const code = (cp: number) => String.fromCodePoint(cp);
const everyCodePoint = function* () {
  for (let cp = 0x80; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) yield cp;
};

/** The guard as specified: NFKC of the whole cell, then the candidate rules. */
function reference(cell: string): Sensitive | undefined {
  const text = cell.normalize('NFKC');
  for (const m of text.matchAll(/\d{11,}[Xx]?|\d{14,17}[Xx]|\d{3}[- ]\d{4}[- ]\d{4}/g)) {
    const before = text.charCodeAt(m.index - 1);
    const after = text.charCodeAt(m.index + m[0].length);
    if ((before >= 48 && before <= 57) || (after >= 48 && after <= 57)) continue;
    const run = m[0].replace(/[- ]/g, '');
    if (run.length === 18 && isIdCard18(run)) return 'idcard';
    if (run.length === 15 && isIdCard15(run)) return 'idcard';
    const mobile = (r: string) => /^1[3-9]\d{9}$/.test(r);
    if (mobile(run) || (run.length === 13 && run.startsWith('86') && mobile(run.slice(2))))
      return 'mobile';
  }
  return undefined;
}

describe('NFKC_DIGITISH_ALL', () => {
  it('matches every code point whose NFKC form holds a digit, X, x, hyphen or space', () => {
    const missed: string[] = [];
    const test = new RegExp(NFKC_DIGITISH_ALL.source);
    for (const cp of everyCodePoint()) {
      if (/[0-9Xx\- ]/.test(code(cp).normalize('NFKC')) && !test.test(code(cp))) {
        missed.push(cp.toString(16));
      }
    }
    expect(missed).toEqual([]);
  });

  it('lies wholly outside ASCII and the CJK Unified Ideographs, which findSensitive skips', () => {
    const missed: string[] = [];
    const test = new RegExp(NFKC_DIGITISH_ALL.source);
    for (const cp of everyCodePoint()) {
      if (test.test(code(cp)) && !OUTSIDE_ASCII_AND_HAN.test(code(cp)))
        missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('is matched, but for U+3000, by the output scan’s byte-level test as well', () => {
    const missed: string[] = [];
    for (const cp of everyCodePoint()) {
      if (cp === 0x3000 || !/[0-9Xx\- ]/.test(code(cp).normalize('NFKC'))) continue;
      if (!mayHoldNumberBytes(latin1(code(cp)))) missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('lets one UTF-16 unit become at most three digits, so mayHoldNumber may skip 3-unit cells', () => {
    let most = 0;
    for (const cp of everyCodePoint()) {
      const c = code(cp);
      most = Math.max(most, (c.normalize('NFKC').match(/\d/g) ?? []).length / c.length);
    }
    expect(most).toBeLessThanOrEqual(3);
    expect(mayHoldNumber('⅒⅒⅒⅒')).toBe(true);
  });
});

describe('findSensitive(cell) and mayHoldSensitive(text) against the whole-cell NFKC reference', () => {
  const ID = '110101199003071233';
  const MOBILE = '13812345678';
  const pieces = [
    '罗某厚',
    '街道',
    '，',
    ' ',
    '\u3000',
    '-',
    '－',
    'X',
    'Ｘ',
    '0',
    '1',
    '9',
    '１',
    '３',
    '８',
    '①',
    '⑩',
    '㉑',
    '⅒',
    '²',
    '𝟏',
    '𝟖',
    '2024-01-05',
    '12,345.60',
    'BF2024-0001',
    ID,
    MOBILE,
    '138 1234 5678',
    '138-1234-5678',
    '１３８１２３４５６７８',
    '8613812345678',
    `${ID.slice(0, 17)}x`,
  ];

  it('agrees on 20,000 seeded random cells', () => {
    let state = 7;
    const next = () => (state = (state * 1_103_515_245 + 12_345) >>> 0) / 2 ** 32;
    const disagreements: string[] = [];
    let found = 0;
    for (let i = 0; i < 20_000; i++) {
      let cell = '';
      const n = 1 + Math.floor(next() * 6);
      for (let k = 0; k < n; k++) cell += pieces[Math.floor(next() * pieces.length)];
      const want = reference(cell);
      if (want) found++;
      if (findSensitive(cell) !== want) disagreements.push(JSON.stringify(cell));
      // The page-level pre-checks may say yes too often, never too rarely.
      if (want && !mayHoldSensitive(cell)) disagreements.push(`pre-check: ${JSON.stringify(cell)}`);
      if (want && !mayHoldNumberBytes(latin1(cell)))
        disagreements.push(`bytes: ${JSON.stringify(cell)}`);
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
    expect(found).toBeGreaterThan(1000);
  });
});
