import { describe, expect, it } from 'vitest';
import { findAll, hasClass, parseHtml, textOf } from '../../../src/lib/diff/html.ts';

describe('parseHtml(html)', () => {
  it('nests elements, keeps void elements empty and script text raw', () => {
    const root = parseHtml(
      '<!DOCTYPE html><p class="a b">甲<br>乙<img src="x"></p><script>if (a < b) {}</script>',
    );
    const [p, script] = root.children.filter((c) => typeof c !== 'string') as ReturnType<
      typeof parseHtml
    >[];
    expect(p?.tag).toBe('p');
    expect(p && hasClass(p, 'b')).toBe(true);
    expect(p?.children.map((c) => (typeof c === 'string' ? c : c.tag))).toEqual([
      '甲',
      'br',
      '乙',
      'img',
    ]);
    expect(script?.children).toEqual(['if (a < b) {}']);
  });

  it('reads attributes with double, single or no quotes, decoding entities', () => {
    const root = parseHtml(`<a href="/x?a=1&amp;b=2" title='t' data-n=3 hidden>链接</a>`);
    const [a] = findAll(root, (e) => e.tag === 'a');
    expect([...(a?.attrs ?? [])]).toEqual([
      ['href', '/x?a=1&b=2'],
      ['title', 't'],
      ['data-n', '3'],
      ['hidden', ''],
    ]);
  });

  it('closes what an unmatched closing tag leaves open, and ignores a stray one', () => {
    const root = parseHtml('<div><span>一</div>二</span><p>三</p>');
    expect(root.children.map((c) => (typeof c === 'string' ? c : c.tag))).toEqual([
      'div',
      '二',
      'p',
    ]);
  });
});

describe('findAll(node, test, skip) and textOf(node)', () => {
  it('finds in document order without entering skipped elements, and collapses whitespace', () => {
    const root = parseHtml(
      '<section id="a"><p>一 \n 二</p><section id="b"><p>三</p></section></section>',
    );
    const outer = findAll(root, (e) => e.tag === 'section')[0];
    expect(
      outer &&
        findAll(
          outer,
          (e) => e.tag === 'p',
          (e) => e.tag === 'section',
        ).map(textOf),
    ).toEqual(['一 二']);
    expect(findAll(root, (e) => e.tag === 'section').map((s) => s.attrs.get('id'))).toEqual([
      'a',
      'b',
    ]);
  });
});
