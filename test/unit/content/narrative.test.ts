/**
 * checkNarrative(): what a narrative file may hold. Each row is something a careless or hostile
 * writer could put in an MDX file, and the exact problems it must yield (or none).
 */
import { describe, expect, it } from 'vitest';
import { checkNarrative, isPlainLiteral } from '../../../src/lib/content/narrative.ts';
import { F, lines, NAMES } from '../support/narrative.ts';

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
});

describe('checkNarrative(file, text, names) refuses', () => {
  it.each([
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

  it('an event attribute', () => {
    expect(lines('<img src="/a.png" onerror="alert(1)" />')).toEqual([
      `error ${F}:1: 第1列: <img> 不能使用事件属性 onerror（会在浏览器中执行脚本）`,
    ]);
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

describe('checkNarrative(file, text) refuses a frontmatter block', () => {
  it('at line 1, and leaves a thematic break alone', () => {
    expect(lines('---\ntitle: x\n---\n\n文字\n')).toEqual([
      `error ${F}:1: 第1列: 正文文件不能以 --- 包围的文件头（frontmatter）开始；项目信息请写在同目录的 project.yaml 中`,
    ]);
    expect(lines('文字\n\n---\n\n文字\n')).toEqual([]);
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
