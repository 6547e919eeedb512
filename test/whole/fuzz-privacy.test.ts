/**
 * The number detector reads every way of writing a digit, and what a reader cannot see changes
 * nothing: checked against every Unicode code point, and on seeded random cells built to hide
 * numbers (invisible characters, full-width forms, markup and escapes must not change a verdict;
 * the cheap pre-check must never say no when the detector says yes).
 */
import { describe, expect, it } from 'vitest';
import { findNumbers, findNumbersInBytes } from '../../src/lib/privacy/displayed.ts';
import { mayHoldDigits, mayHoldDigitsInBytes } from '../../src/lib/privacy/may-hold-digits.ts';
import { findSensitive, mayHoldSensitive } from '../../src/lib/privacy/privacy.ts';

const code = (cp: number) => String.fromCodePoint(cp);
const everyCodePoint = function* () {
  for (let cp = 0x80; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) yield cp;
};

const MOBILE = '13812345678';

describe('findSensitive(cell) over every code point', () => {
  it('reads every character whose NFKC form is one digit as that digit', () => {
    const missed: string[] = [];
    for (const cp of everyCodePoint()) {
      const n = code(cp).normalize('NFKC');
      if (!/^[0-9]$/.test(n)) continue;
      // The digit stands for the 4 of 13812345678.
      if (n !== '4') continue;
      if (findSensitive(`138123${code(cp)}5678`) !== 'mobile') missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('reads every decimal digit of any script (\\p{Nd}) as its value', () => {
    const missed: string[] = [];
    for (const cp of everyCodePoint()) {
      const c = code(cp);
      if (!/\p{Nd}/u.test(c)) continue;
      // Its value: how far it stands from the zero of its run of ten.
      let zero = cp;
      while (/\p{Nd}/u.test(code(zero - 1))) zero--;
      // Each digit stands for its value in 13812345678 (a 3 for the 3 at index 5, and so on).
      const at = MOBILE.indexOf(String((cp - zero) % 10), 2);
      if (at < 0) continue;
      const cell = `${MOBILE.slice(0, at)}${c}${MOBILE.slice(at + 1)}`;
      if (findSensitive(cell) !== 'mobile') missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('ignores every format character (\\p{Cf}) between digits', () => {
    const missed: string[] = [];
    for (const cp of everyCodePoint()) {
      if (!/\p{Cf}/u.test(code(cp))) continue;
      if (findSensitive([...MOBILE].join(code(cp))) !== 'mobile') missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('joins digit groups across every kind of space and dash', () => {
    const missed: string[] = [];
    for (const cp of everyCodePoint()) {
      const c = code(cp);
      if (!/[\s\p{Pd}]/u.test(c)) continue;
      if (findSensitive(`138${c}1234${c}5678`) !== 'mobile') missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('lets one UTF-16 unit write at most three digits, which mayHoldDigits assumes', () => {
    let most = 0;
    for (const cp of everyCodePoint()) {
      const c = code(cp);
      most = Math.max(most, (c.normalize('NFKC').match(/\d/g) ?? []).length / c.length);
    }
    expect(most).toBeLessThanOrEqual(3);
    expect(mayHoldDigits('⅒⅒⅒⅒')).toBe(true);
  });
});

describe('findSensitive(cell) on seeded random cells', () => {
  const ID = '110101199003071233';
  const pieces = [
    '罗某厚',
    '街道',
    '，',
    ' ',
    '\u3000',
    '-',
    '－',
    '.',
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
  const invisible = ['\u200b', '\u00ad', '\ufeff', '\u2060', '\u200d'];

  let state = 7;
  const next = () => (state = (state * 1_103_515_245 + 12_345) >>> 0) / 2 ** 32;
  const cells: string[] = [];
  for (let i = 0; i < 10_000; i++) {
    let cell = '';
    const n = 1 + Math.floor(next() * 6);
    for (let k = 0; k < n; k++) cell += pieces[Math.floor(next() * pieces.length)];
    cells.push(cell);
  }

  it('finds a number in many of them, and the pre-checks never miss one', () => {
    const missed = cells.filter(
      (c) => findSensitive(c) !== undefined && (!mayHoldSensitive(c) || !mayHoldDigits(c)),
    );
    expect(missed).toEqual([]);
    expect(cells.filter((c) => findSensitive(c) !== undefined).length).toBeGreaterThan(1000);
  });

  it('gives the same verdict with invisible characters sprinkled between characters', () => {
    const changed = cells.filter((cell) => {
      const sprinkled = [...cell]
        .map((ch) => (next() < 0.3 ? ch + invisible[Math.floor(next() * invisible.length)] : ch))
        .join('');
      return findSensitive(sprinkled) !== findSensitive(cell);
    });
    expect(changed.slice(0, 5)).toEqual([]);
  });

  it('gives the same verdict on the NFKC form of the cell', () => {
    const changed = cells.filter(
      (cell) => findSensitive(cell.normalize('NFKC')) !== findSensitive(cell),
    );
    expect(changed.slice(0, 5)).toEqual([]);
  });

  it('gives the same verdict on the cell as an HTML page shows it: escaped, in a cell, digits as entities', () => {
    const changed = cells.filter((cell) => {
      const html = `<tr><td>A01</td><td>${[...cell]
        .map((ch) =>
          /\d/.test(ch) && next() < 0.3 ? `&#${ch.codePointAt(0)};` : ch === '&' ? '&amp;' : ch,
        )
        .join('')}</td><td>2024-01-05</td></tr>`;
      return (findNumbers(html, 'html')[0]?.kind ?? undefined) !== findSensitive(cell);
    });
    expect(changed.slice(0, 5)).toEqual([]);
  });

  it('reads UTF-8 bytes as it reads the text they encode, with byte offsets on the same lines', () => {
    const latin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
    const changed = cells.filter((cell, i) => {
      const text = `<p>第 ${i} 行</p>\n<td>${cell}</td>\n<p title="${cell}">x</p>`;
      const raw = latin1(text);
      const want = findNumbers(text, 'html').map((h) => h.kind);
      const got = findNumbersInBytes(raw, 'html').map((h) => h.kind);
      if (want.length > 0 && !mayHoldDigitsInBytes(raw)) return true;
      if (findSensitive(cell) !== undefined && !mayHoldDigits(text)) return true;
      return JSON.stringify(got) !== JSON.stringify(want);
    });
    expect(changed.slice(0, 5)).toEqual([]);
  });
});

describe('findNumbersInBytes(raw, kind) on broken UTF-8, findNumbers(text, kind) on lone surrogates', () => {
  it('never throws, and finds a number between broken sequences', () => {
    let state = 3;
    const next = () => (state = (state * 1_103_515_245 + 12_345) >>> 0) / 2 ** 32;
    for (let i = 0; i < 300; i++) {
      const bytes = Buffer.from(Array.from({ length: 200 }, () => Math.floor(next() * 256)));
      for (const kind of ['plain', 'html', 'mdx', 'code', 'csv'] as const) {
        expect(() => findNumbersInBytes(bytes.toString('latin1'), kind)).not.toThrow();
        const units = String.fromCharCode(...Array.from(bytes, (b) => b * 257));
        expect(() => findNumbers(units, kind)).not.toThrow();
      }
    }
    const broken = Buffer.concat([
      Buffer.from([0xe4, 0x41, 0xf0, 0x9f]),
      Buffer.from(' 138 1234 5678 '),
      Buffer.from([0xc3]),
    ]).toString('latin1');
    expect(findNumbersInBytes(broken, 'html').map((h) => h.kind)).toEqual(['mobile']);
  });
});
