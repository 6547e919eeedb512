import { describe, expect, it } from 'vitest';
import { makeRng } from '../../../scripts/lib/rng.ts';
import { decodeEntities, escapeHtml } from '../../../src/lib/base/html.ts';

describe('escapeHtml(text)', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['X"><img src=x onerror=alert(1)>', 'X&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'],
    ["O'Brien & 张三", 'O&#39;Brien &amp; 张三'],
    ['&amp;', '&amp;amp;'],
    ['罗某厚 12,000.00', '罗某厚 12,000.00'],
    ['', ''],
  ])('escapeHtml(%j) is %j', (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
  });
});

describe('decodeEntities(text)', () => {
  it('decodes named, decimal and hex entities and leaves unknown ones alone', () => {
    expect(decodeEntities('&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39; &#x4e00; &bogus;')).toBe(
      '<b> & "x" \'y\' 一 &bogus;',
    );
  });

  it.each([
    ['&apos;&nbsp;', "'\u00a0"],
    ['&AMP;&Lt;&NBSP;', '&<\u00a0'],
    ['&#X4E00;&#x4E00;&#19968;', '一一一'],
    ['&#49;&#51;&#57;', '139'],
    ['&amp;lt;', '&lt;'], // decoded once, not twice
    ['&#x110000;', '&#x110000;'], // beyond the last code point
    ['&#99999999999999999999;', '&#99999999999999999999;'],
    ['&#xffffffffffffffffffff;', '&#xffffffffffffffffffff;'],
    ['&amp', '&amp'], // no semicolon
    ['& amp;', '& amp;'],
    ['&#;&#x;', '&#;&#x;'],
  ])('decodeEntities(%j) is %j', (text, decoded) => {
    expect(decodeEntities(text)).toBe(decoded);
  });

  it('reads back what escapeHtml wrote (seeded random text)', () => {
    const rng = makeRng(16);
    const alphabet = ['&', '<', '>', '"', "'", 'a', '一', ';', '#', 'x', '1', ' '];
    for (let i = 0; i < 2_000; i++) {
      const text = Array.from({ length: rng.int(0, 20) }, () => rng.pick(alphabet)).join('');
      expect(decodeEntities(escapeHtml(text))).toBe(text);
    }
  });
});
