import { Document, Paragraph } from 'docx';
import { parse } from 'node-html-parser';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { inlineRuns, normalize, skipped, xmlSafe } from '../../../src/lib/docx/inline-runs.ts';
import { docxText } from '../../../src/lib/docx/package.ts';
import { packDocx } from '../../../src/lib/docx/pack-docx.ts';
import { BODY } from '../../../src/lib/docx/typesetting.ts';

const el = (html: string) => parse(html).firstChild as HTMLElement;

/** The paragraph's text as Word shows it (a line break as a line feed). */
async function runsText(html: string): Promise<string> {
  const doc = new Document({
    sections: [{ children: [new Paragraph({ children: inlineRuns(el(html), BODY) })] }],
  });
  return docxText(await packDocx(doc, '2025-03-20'));
}

describe('xmlSafe(text)', () => {
  it.each([
    ['甲\u0001乙\u000b丙', '甲乙丙'],
    ['tab\tand\nline\rbreaks', 'tab\tand\nline\rbreaks'],
    ['\ufffe\uffff', ''],
    ['lone \ud800 and \udc00 surrogates', 'lone  and  surrogates'],
    ['a pair 😀 stays', 'a pair 😀 stays'],
    ['', ''],
  ])('xmlSafe(%j) is %j', (text, safe) => {
    expect(xmlSafe(text)).toBe(safe);
  });
});

describe('normalize(text)', () => {
  it.each([
    ['  甲 \t\n 乙  ', '甲 乙'],
    ['资金\u3000情况', '资金\u3000情况'],
    ['a\u00a0\u00a0b', 'a\u00a0\u00a0b'],
    ['', ''],
  ])('normalize(%j) is %j', (text, out) => {
    expect(normalize(text)).toBe(out);
  });
});

describe('skipped(el)', () => {
  it.each([
    ['<nav>目录</nav>', true],
    ['<script>x</script>', true],
    ['<style>p{}</style>', true],
    ['<summary>展开</summary>', true],
    ['<a class="print-link" href="/p/">打印</a>', true],
    ['<span class="visually-hidden">屏幕阅读器</span>', true],
    ['<p>与上年对比：<a href="/2023/">2023 年度</a></p>', false],
    ['<p> <a href="/2023/">与上年对比</a> </p>', true],
    ['<p>正文</p>', false],
    ['<a href="/x/">链接</a>', false],
  ])('skipped(%s) is %s', (html, out) => {
    expect(skipped(el(html))).toBe(out);
  });
});

describe('inlineRuns(el, style)', () => {
  it('collapses white space as a browser does, none at the start or end of a line', async () => {
    expect(await runsText('<p>  甲 \n\t <b> 乙 </b>  丙<br>  丁 </p>')).toContain('甲 乙 丙\n丁');
  });

  it('leaves out screen-only parts inside the text', async () => {
    const text = await runsText('<p>甲<span class="visually-hidden">隐藏</span>乙</p>');
    expect(text).toContain('甲乙');
    expect(text).not.toContain('隐藏');
  });
});
