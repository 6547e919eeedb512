import { describe, expect, it } from 'vitest';
import type { Hit } from '../../../src/lib/privacy/digit-chain.ts';
import { Chain } from '../../../src/lib/privacy/digit-chain.ts';

type Step = string | { sep: 'space' | 'dot' | 'dash' } | 'X' | 'flush';

/** Feeds a chain digit by digit and separator by separator, then ends the run. */
function run(steps: Step[], joins = true): Hit[] {
  const hits: Hit[] = [];
  const chain = new Chain(hits, joins);
  let at = 0;
  for (const step of steps) {
    if (step === 'X') chain.sawX();
    else if (step === 'flush') chain.flush();
    else if (typeof step === 'string') {
      for (const d of step) {
        chain.digit(d, at, at + 1);
        at++;
      }
      continue;
    } else chain.sep(step.sep === 'space', step.sep === 'dot');
    at++;
  }
  chain.flush();
  return hits;
}

const space = { sep: 'space' } as const;
const dash = { sep: 'dash' } as const;
const dot = { sep: 'dot' } as const;

describe('Chain(hits, joins)', () => {
  it('finds a mobile number written whole, and in groups across separators', () => {
    expect(run(['13812345678'])).toEqual([{ kind: 'mobile', start: 0, end: 11 }]);
    expect(run(['138', space, '1234', dash, '5678'])).toEqual([
      { kind: 'mobile', start: 0, end: 13 },
    ]);
  });

  it('counts a run of spaces as one separator, and breaks after more than three', () => {
    expect(run(['138', space, space, space, space, '12345678'])).toHaveLength(1);
    expect(run(['138', dash, dash, dash, dash, '12345678'])).toEqual([]);
  });

  it('takes two digits after a last dot for decimals, not part of the number', () => {
    expect(run(['13812345678', dot, '00'])).toEqual([{ kind: 'mobile', start: 0, end: 11 }]);
    expect(run(['1381234567', dot, '8'])).toEqual([]);
  });

  it('does not join groups that start short unless all are single digits', () => {
    expect(run(['13', space, '812345678'])).toEqual([]);
    expect(run([...'13812345678'].flatMap((d) => [d, space]))).toHaveLength(1);
  });

  it('finds a number followed by other groups in the same run', () => {
    expect(run(['13812345678', space, '2024', dash, '01'])).toEqual([
      { kind: 'mobile', start: 0, end: 11 },
    ]);
  });

  it('reads an ID ending in X', () => {
    // 11010519491231002X: a valid 18-digit ID whose check character is X.
    expect(run(['11010519491231002', 'X'])).toEqual([{ kind: 'idcard', start: 0, end: 17 }]);
  });

  it('joins nothing when joins is false (drawing coordinates)', () => {
    expect(run(['138', space, '12345678'], false)).toEqual([]);
    expect(run(['13812345678'], false)).toHaveLength(1);
  });

  it('checks nothing shorter than eleven digits, and nothing after flush', () => {
    expect(run(['1381234567'])).toEqual([]);
    expect(run(['13812', 'flush', '345678'])).toEqual([]);
  });
});

describe('Chain: characters that are digits only beside digits, and commas', () => {
  /** Feeds `text`: digits, `O`/`l` letters, `幺` numerals, `,` commas, `a` a letter that ends. */
  function feed(text: string): Hit[] {
    const hits: Hit[] = [];
    const chain = new Chain(hits);
    [...text].forEach((c, at) => {
      if (/\d/.test(c)) chain.digit(c, at, at + 1);
      else if (c === 'O' || c === 'l') chain.soft(c === 'O' ? '0' : '1', at, at + 1, true);
      else if (c === '幺') chain.soft('1', at, at + 1, false);
      else if (c === ',') chain.sep(false, false, true);
      else chain.flush(/[a-z]/i.test(c));
    });
    chain.flush();
    return hits;
  }

  it('reads letters after a digit as digits, unless a letter follows', () => {
    expect(feed('138OOl38OOO')).toEqual([{ kind: 'mobile', start: 0, end: 11 }]);
    expect(feed('1380013800Oa')).toEqual([]);
    expect(feed('O13800138000')).toHaveLength(1);
  });

  it('reads a numeral as a digit before or after a digit, and as a word alone', () => {
    expect(feed('幺3800138000')).toEqual([{ kind: 'mobile', start: 0, end: 11 }]);
    expect(feed('幺幺')).toEqual([]);
  });

  it('joins across a comma unless it groups thousands', () => {
    expect(feed('138,0013,8000')).toHaveLength(1);
    expect(feed('13,800,138,000')).toEqual([]);
  });
});
