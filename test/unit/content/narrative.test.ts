/**
 * checkNarrative(): what a narrative file may hold. Each row is something a careless or hostile
 * writer could put in an MDX file, and the exact problems it must yield (or none).
 */
import { describe, expect, it } from 'vitest';
import { checkNarrative, isPlainLiteral } from '../../../src/lib/content/narrative.ts';
import { formatProblem } from '../../../src/lib/base/problems.ts';

const F = 'content/2024/demo/01-jiben.mdx';
const NAMES = {
  sources: ['本年财政拨款', '上年结转资金'],
  indicators: ['群众满意率', '化解信访积案数'],
};
const lines = (text: string, names: typeof NAMES | undefined = NAMES) =>
  checkNarrative(F, text, names).map((p) => `${p.severity} ${formatProblem(p)}`);
const unchecked = (text: string) =>
  checkNarrative(F, text).map((p) => `${p.severity} ${formatProblem(p)}`);
const EXTERNAL =
  '报告只能使用本站的文件（其他网站可借此得知谁在何时阅读报告，内网中也可能无法打开）：请把文件放进 public/ 目录，写成以 / 开头的本站路径';

describe('checkNarrative(file, text, names) accepts', () => {
  it.each([
    [
      'prose with every component used correctly',
      '全年预算<Budget of="全年预算数" source="本年财政拨款" unit="元" />，化解率<Measure name="化解率" />，占比<Share source="上年结转资金" />，<Score of="funding" /><Grade /><IndicatorValue name="群众满意率" field="target" />\n\n<Indicator name="化解信访积案数" />\n\n<Indicators level1="产出指标" caption="产出" />\n\n<Funding />\n\n<Chart kind="monthly" label="图1" />',
    ],
    [
      'Markdown: headings, lists, tables, emphasis',
      '## 小标题\n\n- 一\n- 二\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n**粗体** *斜体*',
    ],
    ['a comment and a quoted space in braces', '文字{" "}<Grade />{/* 注释 */}{\'\'}'],
    [
      'images and links on this site',
      '![图](/images/a.png) [规则](/guize/) [上文](#top) <img src="images/b.png" srcset="/c.png 1x, /d.png 2x" alt="" /> <a href="../">上级</a>',
    ],
    ['an inline data: image', '![点](data:image/png;base64,iVBORw0KGgo=)'],
    ['mail and telephone links', '[邮件](mailto:xf@example.gov.cn) [电话](tel:12345)'],
    [
      'typesetting elements',
      '<sup>1</sup> <br /> <span style="color: red">红</span>\n\n<div><strong>加粗</strong></div>',
    ],
  ])('%s', (_, text) => {
    expect(lines(text)).toEqual([]);
  });

  it('does not check sources and indicators when the data could not be read', () => {
    expect(unchecked('<Share source="任意" /><Indicator name="任意" />')).toEqual([]);
  });
});

describe('checkNarrative(file, text, names) refuses', () => {
  it.each([
    [
      'an unknown component, suggesting the nearest',
      '<Mesure name="化解率" />',
      [
        `error ${F}:1: 第1列: 不认识的组件 <Mesure>（是否应为 <Measure>？）；可用的组件有 Budget、Chart、Funding、Grade、Indicator、IndicatorValue、Indicators、Measure、Score、Share`,
      ],
    ],
    [
      'a member or namespaced component',
      '<os.hostname /> <x:y />',
      [
        `error ${F}:1: 第1列: 不认识的组件 <os.hostname>；可用的组件有 Budget、Chart、Funding、Grade、Indicator、IndicatorValue、Indicators、Measure、Score、Share`,
        `error ${F}:1: 第17列: 不认识的组件 <x:y>；可用的组件有 Budget、Chart、Funding、Grade、Indicator、IndicatorValue、Indicators、Measure、Score、Share`,
      ],
    ],
    [
      'an unknown attribute and a missing required one',
      '<Measure nmae="化解率" />',
      [
        `error ${F}:1: 第1列: <Measure> 没有属性 nmae（是否应为 name？）；可用的属性有 name、unit`,
        `error ${F}:1: 第1列: <Measure> 缺少属性 name，如 <Measure name="积案总数" />`,
      ],
    ],
    [
      'a bare attribute where a value is needed',
      '<Chart kind />',
      [`error ${F}:1: 第1列: <Chart> 的属性 kind 必须写成带引号的文字，如 kind="monthly"`],
    ],
    [
      'an attribute in braces, even a literal one',
      '<Measure name={"化解率"} />',
      [
        `error ${F}:1: 第1列: <Measure> 的属性 name 必须写成带引号的文字，如 name="积案总数"；不能用 {…} 表达式`,
      ],
    ],
    [
      'a spread attribute',
      '<Grade {...process.env} />',
      [`error ${F}:1: 第1列: <Grade> 不能使用 {…} 展开属性；属性应逐个写成 名称="文字"`],
    ],
    [
      'content inside a component',
      '<Grade>优</Grade>',
      [`error ${F}:1: 第1列: <Grade> 不接受内容，其中的文字不会显示；应写成 <Grade … />`],
    ],
    [
      'an unknown unit and score kind',
      '<Budget of="全年预算数" unit="千元" /><Score of="all" />',
      [
        `error ${F}:1: 第1列: <Budget> 的 unit：“千元”不是已知的单位（是否应为 “万元”？）；可用的有 万元、元`,
        `error ${F}:1: 第32列: <Score> 的 of：“all”不是已知的得分种类；可用的有 total（总分）、funding（预算执行得分）`,
      ],
    ],
    [
      'an unknown source and indicator, against this project-year',
      '<Share source="本年拨款" /><Indicator name="满意率" />',
      [
        `error ${F}:1: 第1列: <Share> 的 source：资金来源“本年拨款”不在本项目年度的 budget.csv 中（是否应为 “本年财政拨款”？）；应为 本年财政拨款、上年结转资金 之一`,
        `error ${F}:1: 第24列: <Indicator> 的 name：indicators.csv 中没有名为“满意率”的三级指标（是否应为 “群众满意率”？）；本项目年度的指标有 群众满意率、化解信访积案数`,
      ],
    ],
    [
      'import and export',
      'import fs from "node:fs"\nexport const x = fs\n\n文字',
      [
        `error ${F}:1: 第1列: 正文不能使用 import 语句；报告正文只能使用站点提供的组件（Budget、Chart、Funding、Grade、Indicator、IndicatorValue、Indicators、Measure、Score、Share），无需也不能导入或导出任何内容`,
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });

  const CODE =
    '正文不能使用 {…} 表达式（构建时会作为代码执行）；花括号中只能写注释 {/* … */} 或带引号的文字，如 {" "}';
  it.each([
    ['{process.env.HOME}'],
    ['{await import("node:os")}'],
    ['{require("fs")}'],
    ['{`${process.pid}`}'],
    ['{"a" + process.env.X}'],
    ['{"/*" + process.env.X + "*/"}'],
    ["{'\\x41'}"],
    ['{x}'],
    ['{(() => 1)()}'],
  ])('the expression %s', (text) => {
    expect(lines(text)).toEqual([`error ${F}:1: 第1列: ${CODE}`]);
  });

  it.each([
    ['<script>', '<script src="/a.js"></script>', 'script'],
    ['<style>', '<style>{""}</style>', 'style'],
    ['<iframe>', '<iframe src="/x"></iframe>', 'iframe'],
    ['<object>', '<object data="/x"></object>', 'object'],
    ['<link>', '<link rel="stylesheet" href="/a.css" />', 'link'],
    ['<base>', '<base href="https://evil.example/" />', 'base'],
    ['<meta>', '<meta http-equiv="refresh" content="0;url=https://evil.example" />', 'meta'],
    ['<form>', '<form action="https://evil.example"></form>', 'form'],
    ['<svg>', '<svg><image href="https://evil.example/x" /></svg>', 'svg'],
  ])('the element %s', (_, text, name) => {
    expect(lines(text)).toEqual([
      `error ${F}:1: 第1列: 正文不能使用 <${name}> 元素；正文只能写文字、Markdown、站点提供的组件和常见排版元素（如 <br>、<sup>、<table>、本站的 <img>）`,
    ]);
  });

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
      'an event attribute',
      '<img src="/a.png" onerror="alert(1)" />',
      '<img> 不能使用事件属性 onerror（会在浏览器中执行脚本）',
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

  it.each([
    [
      'an unclosed brace',
      '文字 {未闭合',
      '1:4',
      '花括号 { 没有配对的 }；如要显示花括号，请写成 \\{',
    ],
    [
      'an HTML comment',
      '文字 <!-- 注释 -->',
      '1:4',
      'MDX 中不能用 <!-- --> 注释，应写成 {/* 注释 */}',
    ],
    [
      'an unclosed component',
      '<Measure name="化解率">\n\n文字',
      '1:1',
      '标签没有正确闭合；组件应写成 <Measure name="化解率" />（以 /> 结尾）',
    ],
  ])('a syntax error: %s, located', (_, text, at, hint) => {
    const [problem, ...rest] = checkNarrative(F, text, NAMES);
    expect(rest).toEqual([]);
    expect(`${problem?.line}:${problem?.column?.replace(/\D/g, '')}`).toBe(at);
    expect(problem?.message).toMatch(
      new RegExp(`^MDX 语法错误：${hint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}（解析器：`),
    );
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

describe('isPlainLiteral(code)', () => {
  it.each([
    ['', true],
    ['  ', true],
    ['" "', true],
    ["'文字'", true],
    ['/* 注释 */', true],
    ['// 注释\n', true],
    ['/* a */ "b" /* c */', true],
    ['"a" "b"', false],
    ['"a\\"b"', false],
    ['"/*" + x + "*/"', false],
    ['/* unclosed', false],
    ['`x`', false],
    ['1', false],
    ['x', false],
  ])('%j → %s', (code, expected) => {
    expect(isPlainLiteral(code)).toBe(expected);
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

describe('checkNarrative(file, text) refuses a frontmatter block', () => {
  it('at line 1, and leaves a thematic break alone', () => {
    expect(lines('---\ntitle: x\n---\n\n文字\n')).toEqual([
      `error ${F}:1: 第1列: 正文文件不能以 --- 包围的文件头（frontmatter）开始；项目信息请写在同目录的 project.yaml 中`,
    ]);
    expect(lines('文字\n\n---\n\n文字\n')).toEqual([]);
  });
});

describe('checkNarrative(file, text, names) never repeats a planted number', () => {
  it.each([['110101199003071233'], ['13812345678']])('%s in an attribute', (value) => {
    const found = lines(`<Measure name="${value}" /><Share source="${value}" />`);
    expect(found).toHaveLength(2);
    for (const line of found) expect(line).not.toContain(value);
  });
});

describe('checkNarrative(file, text, names) with a project.yaml placeholder in the prose', () => {
  it.each([
    ['全年化解{已化解件数}。', '<Measure name="已化解件数" />'],
    ['支出{ 资金支出总额 }。', '<Measure name="资金支出总额" />'],
  ])('%s is refused, naming the component to use: %s', (text, component) => {
    const out = lines(text);
    expect(out).toHaveLength(1);
    expect(out[0]).toContain(`正文中引用计算数字请用组件 ${component}`);
  });

  it.each(['{已化解件数 + 1}', '{总分}', '{已化解件数()}'])(
    '%s keeps the general expression message',
    (text) => {
      expect(lines(text)[0]).toContain('正文不能使用 {…} 表达式');
    },
  );

  it('refuses {资金支出总额:元} as MDX that does not parse', () => {
    expect(lines('支出{资金支出总额:元}。')[0]).toContain('MDX 语法错误');
  });
});
