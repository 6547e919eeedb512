/** addresses.ts: where a narrative's images, media and links may point, checked through checkNarrative. */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/base/problems.ts';
import { checkAddress, RESOURCE_ATTRIBUTES } from '../../../src/lib/content/addresses.ts';
import { checkNarrative } from '../../../src/lib/content/narrative.ts';
import { Collector } from '../../../src/lib/content/narrative-node.ts';
import { EXTERNAL, F, lines, NAMES } from '../support/narrative.ts';

describe('checkNarrative(file, text, names) refuses an address', () => {
  it.each([
    ['a Markdown image', '![a](http://evil.example/x.png)', '图片', 'evil.example'],
    ['an https image', '![a](https://evil.example/x.png)', '图片', 'evil.example'],
    ['a protocol-relative image', '<img src="//evil.example/x.png" />', '图片', 'evil.example'],
    ['a backslash-relative image', '<img src="/\\evil.example/x.png" />', '图片', 'evil.example'],
    ['an image with a user name', '![a](https://user@evil.example/x.png)', '图片', 'evil.example'],
    [
      'an srcset candidate',
      '<img src="/a.png" srcset="/a.png 1x, https://evil.example/b.png 2x" />',
      '图片',
      'evil.example',
    ],
    [
      'a video',
      '<video src="https://evil.example/v.mp4"></video>',
      '<video> 的 src 地址',
      'evil.example',
    ],
    [
      'a video poster',
      '<video poster="https://evil.example/p.png"></video>',
      '<video> 的 poster 地址',
      'evil.example',
    ],
    [
      'an audio source',
      '<audio><source src="https://evil.example/a.mp3" /></audio>',
      '<source> 的 src 地址',
      'evil.example',
    ],
    [
      'a url() in a style',
      '<span style="background:url(\'https://evil.example/p.gif\')">x</span>',
      '<span> 的样式中的图片',
      'evil.example',
    ],
    ['an upper-case SRC', '<img SRC="https://evil.example/x.png" />', '图片', 'evil.example'],
    [
      'a mixed-case srcset',
      '<img src="/a.png" SrcSet="https://evil.example/b.png 2x" />',
      '图片',
      'evil.example',
    ],
    [
      'an image-set() in a style',
      '<span style=\'background-image: image-set("https://evil.example/p.png" 1x)\'>x</span>',
      '<span> 的样式中的图片',
      'evil.example',
    ],
    [
      'a ping on a link',
      '<a href="/x" ping="https://evil.example/t">x</a>',
      '<a> 的 ping 地址',
      'evil.example',
    ],
    [
      'a reference-style image',
      '![a][r]\n\n[r]: https://evil.example/r.png',
      '图片',
      'evil.example',
    ],
  ])('%s from another host', (_, text, what, host) => {
    const found = lines(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^error ${F}:\\d+: 第\\d+列: `));
    expect(found[0]?.replace(/^error .*?列: /, '')).toBe(
      `${what}来自其他网站（${host}）；${EXTERNAL}`,
    );
  });

  it.each([
    [
      'a javascript: link',
      '[x](javascript:alert(1))',
      '链接的地址不能以“javascript:”开头；链接应为本站路径或 http(s) 网址',
    ],
    [
      'a javascript: link hidden by a tab',
      '<a href="java\tscript:alert(1)">x</a>',
      '链接的地址不能以“javascript:”开头；链接应为本站路径或 http(s) 网址',
    ],
    [
      'a file: image',
      '![x](file:///etc/passwd)',
      '图片的地址不能以“file:”开头；应为本站的文件路径，以 / 开头',
    ],
    [
      'an svg data: image (may carry script)',
      '![x](data:image/svg+xml;base64,PHN2Zz4=)',
      '图片的地址不能以“data:”开头；应为本站的文件路径，以 / 开头',
    ],
    [
      'a javascript: video',
      '<video src="javascript:alert(1)"></video>',
      '<video> 的 src 地址不能以“javascript:”开头；应为本站的文件路径，以 / 开头',
    ],
    [
      'a CSS escape in a style',
      '<span style="background:url(ht\\74 tps://evil.example/p.gif)">x</span>',
      '<span> 的 style 属性不能使用反斜杠转义、@import 或 expression()',
    ],
    [
      'an @import in a style',
      '<span style="@import \'/x.css\'">x</span>',
      '<span> 的 style 属性不能使用反斜杠转义、@import 或 expression()',
    ],
  ])('%s', (_, text, message) => {
    expect(lines(text)).toEqual([`error ${F}:1: 第1列: ${message}`]);
  });
});

describe('checkNarrative(file, text, names) warns about', () => {
  it.each([
    ['a Markdown link', '[条例](https://www.gov.cn/x.htm)', 'www.gov.cn'],
    ['an <a href>', '<a href="http://example.gov.cn/">区政府</a>', 'example.gov.cn'],
    ['a bare web address', '见 https://www.gov.cn/x.htm 。', 'www.gov.cn'],
    ['a protocol-relative link', '[x](//example.gov.cn/)', 'example.gov.cn'],
  ])('%s to another host', (_, text, host) => {
    expect(lines(text)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^warning ${F}:1: 第\\d+列: 链接到其他网站（${host.replace(/\./g, '\\.')}）；读者在内网中可能无法打开，请确认确需此链接$`,
        ),
      ),
    ]);
  });
});

describe('checkNarrative(file, text, names, localImage)', () => {
  const seen: string[] = [];
  const localImage = (path: string) => {
    seen.push(path);
    return path.endsWith('missing.png') ? `找不到图片文件 ${path}` : undefined;
  };

  it('asks about each relative image by its path from the root, and reports what it says', () => {
    const found = checkNarrative(
      F,
      '![a](./photo.png) ![b](images/%E5%9B%BE.png?v=1) ![c](../other/missing.png) ![d](/public.png) ![e](https://x.example/y.png)',
      NAMES,
      localImage,
    ).map(formatProblem);
    expect(seen).toEqual([
      'content/2024/demo/photo.png',
      'content/2024/demo/images/图.png',
      'content/2024/other/missing.png',
    ]);
    expect(found[0]).toBe(`${F}:1: 第50列: 找不到图片文件 content/2024/other/missing.png`);
    expect(found).toHaveLength(2);
  });
});

describe('checkAddress(node, out, raw, use, what)', () => {
  const check = (raw: string, use: 'resource' | 'link') => {
    const out = new Collector(F);
    checkAddress({ type: 'x' }, out, raw, use, '图片');
    return out.problems.map((p) => `${p.severity} ${p.message}`);
  };

  it.each([
    ['/images/a.png', 'resource'],
    ['images/a.png', 'resource'],
    ['#top', 'link'],
    ['data:image/webp;base64,AAAA', 'resource'],
    ['mailto:xf@example.gov.cn', 'link'],
    ['tel:12345', 'link'],
  ] as const)('accepts %s as a %s', (raw, use) => {
    expect(check(raw, use)).toEqual([]);
  });

  it.each([
    ['https://x.example/a', 'resource', /^error 图片来自其他网站（x\.example）/],
    ['https://x.example/a', 'link', /^warning 链接到其他网站（x\.example）/],
    ['\\\\x.example\\a', 'resource', /^error 图片来自其他网站（x\.example）/],
    ['java\u0000script:alert(1)', 'link', /^error 图片的地址不能以“javascript:”开头/],
    ['mailto:x@example.gov.cn', 'resource', /^error 图片的地址不能以“mailto:”开头/],
    ['data:text/html,x', 'resource', /^error 图片的地址不能以“data:”开头/],
  ] as const)('refuses or warns of %s as a %s', (raw, use, message) => {
    expect(check(raw, use)).toEqual([expect.stringMatching(message)]);
  });

  it('counts src, srcset-like and ping attributes as fetching something', () => {
    for (const a of ['src', 'poster', 'href', 'ping'])
      expect(RESOURCE_ATTRIBUTES.has(a)).toBe(true);
    expect(RESOURCE_ATTRIBUTES.has('alt')).toBe(false);
  });
});
