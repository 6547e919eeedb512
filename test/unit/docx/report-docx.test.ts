import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxText } from '../../../src/lib/docx/package.ts';
import { reportDocx } from '../../../src/lib/docx/report-docx.ts';
import { page } from '../support/report-page.ts';

const part = (bytes: Uint8Array, name: string) =>
  strFromU8(unzipSync(bytes)[name] ?? new Uint8Array());

describe('reportDocx({ html, date })', () => {
  it('writes the page’s text in the page’s order, screen-only parts left out', async () => {
    const { report } = await reportDocx({ html: page(), date: '2025-03-20' });
    const lines = docxText(report).split('\n');
    const body = lines.slice(0, lines.indexOf('— ') > 0 ? lines.indexOf('— ') : undefined);
    expect(body.slice(0, 14)).toEqual([
      // The title in two lines, as printed: at 二号 in one line 告 would wrap alone.
      '2024年度示例资金',
      '绩效自评报告',
      '示例区信访局 2025年3月20日',
      '一、基本情况',
      '（一）项目概况',
      '项目名称：示例资金',
      '全年化解270件，化解率92.47%。',
      '写在正文里的 <script>alert(1)</script> 照原样显示。',
      '1．产出指标： 化解≥270件。',
      '三、综合评价情况及评价结论',
      // The score panel is for the screen; on paper it is a sentence.
      '本项目自评总分97.91分，评价等级为“优”。',
      '（待填写）',
      '（二）项目过程情况',
      '附件：项目支出绩效自评表',
    ]);
    const text = lines.join('\n');
    for (const absent of [
      '打印本节',
      '打印全文',
      '首页',
      '目录',
      '数据表',
      '不应出现',
      'window.x',
      '与上年对比',
    ])
      expect(text).not.toContain(absent);
  });

  it('gives headings Word’s heading styles in 公文 type: 黑体 and 楷体 三号, the body 仿宋 三号 at a fixed 28.9pt', async () => {
    const { report } = await reportDocx({ html: page(), date: '2025-03-20' });
    const doc = part(report, 'word/document.xml');
    const styleOf = (text: string) =>
      new RegExp(`<w:pStyle w:val="(\\w+)"/>(?:(?!</w:p>).)*${text}`).exec(doc)?.[1];
    expect(styleOf('一、基本情况')).toBe('Heading1');
    expect(styleOf('附件：项目支出绩效自评表')).toBe('Heading1');
    expect(styleOf('（一）项目概况')).toBe('Heading2');
    expect(styleOf('（二）项目过程情况')).toBe('Heading2');
    expect(styleOf('绩效自评报告')).toBe('Title');
    const styles = part(report, 'word/styles.xml');
    const style = (id: string) =>
      new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`).exec(styles)?.[0] ?? '';
    expect(style('Heading1')).toContain('w:eastAsia="黑体"');
    expect(style('Heading2')).toContain('w:eastAsia="楷体_GB2312"');
    expect(style('Title')).toContain('w:eastAsia="方正小标宋简体"');
    expect(style('Title')).toContain('<w:sz w:val="44"/>');
    expect(styles).toMatch(
      /<w:docDefaults>.*w:eastAsia="仿宋_GB2312".*<w:sz w:val="32"\/>.*w:line="578" w:lineRule="exact"/,
    );
  });

  it('sets A4 with the 公文 margins of the print pages, the annex on a landscape page, page numbers “— 1 —”', async () => {
    const { report, annex } = await reportDocx({ html: page(), date: '2025-03-20' });
    const doc = part(report, 'word/document.xml');
    const sections = [...doc.matchAll(/<w:pgSz [^>]*\/>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toMatch(/w:w="11906" w:h="16838"/);
    expect(sections[1]).toMatch(/w:w="16838" w:h="11906" w:orient="landscape"/);
    expect(doc).toMatch(/<w:pgMar w:top="2097" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(part(annex, 'word/document.xml')).toMatch(/w:orient="landscape"/);
    const footer =
      Object.keys(unzipSync(report)).find((n) => /^word\/footer\d*\.xml$/.test(n)) ?? '';
    expect(part(report, footer)).toMatch(/— <\/w:t>.*PAGE.*<w:t xml:space="preserve"> —/);
    // GB/T 9704: odd page numbers at the right, even ones at the left.
    const footers = Object.keys(unzipSync(report))
      .filter((n) => /^word\/footer\d*\.xml$/.test(n))
      .map((n) => /<w:jc w:val="(\w+)"\/>/.exec(part(report, n))?.[1]);
    expect(footers.sort()).toEqual(['left', 'left', 'right', 'right']);
    expect(part(report, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
  });

  it('makes the 自评表 two Word tables, funding block over indicator block, merged cells where the page merges them, the indicator heads repeated', async () => {
    const { annex } = await reportDocx({ html: page(), date: '2025-03-20' });
    const doc = part(annex, 'word/document.xml');
    expect(doc.match(/<w:tbl>/g)).toHaveLength(2);
    expect(doc.match(/<w:tblHeader\/>/g)?.length).toBeGreaterThan(0);
    expect(doc).toContain('<w:gridSpan w:val=');
    expect(doc.match(/<w:vMerge w:val="restart"\/>/g)?.length).toBe(2);
    const text = docxText(annex);
    for (const cell of [
      '项目名称',
      '示例资金',
      '800.0000',
      '768.6979',
      '96.09%',
      '9.61',
      '化解信访积案数',
      '≥270',
      '92.47',
      '97.91',
      '自评等级：优',
    ])
      expect(text).toContain(cell);
    expect(text.split('\n')[0]).toBe('2024年度项目支出绩效自评表');
    expect(text).not.toContain('附件：项目支出绩效自评表');
  });

  it('leaves charts out, as the printed report does: no image, no chart title, no chart data', async () => {
    const { report } = await reportDocx({ html: page(), date: '2025-03-20' });
    const media = Object.keys(unzipSync(report)).filter((n) => n.startsWith('word/media/'));
    expect(media).toEqual([]);
    const text = docxText(report);
    expect(text).not.toContain('资金拨付进度（按月）');
    expect(text).not.toContain('当月拨付（元）');
  });

  it('puts each of a unit report’s 自评表 on a page of its own, headed by its 附件N line only', async () => {
    const one =
      /<section class="report-section annex" id="annex">\n<h2>[^]*?<\/h2>\n([^]*)<\/section>`?/;
    const form = one.exec(page())?.[1] ?? '';
    expect(form).toContain('self-evaluation-table');
    const html = page().replace(
      /<section class="report-section annex" id="annex">[^]*<\/section>\n<\/article>/,
      `<section class="report-section annex" id="annex"><h2>附件：各项目支出绩效自评表</h2>
<section class="unit-annex"><h3>附件1：甲资金</h3>${form}</section>
<section class="unit-annex"><h3>附件2：乙资金</h3>${form}</section></section>\n</article>`,
    );
    const { report, annex } = await reportDocx({ html, date: '2025-03-20' });
    const text = docxText(report);
    expect(text).toContain('附件1：甲资金');
    expect(text).not.toContain('附件：各项目支出绩效自评表');
    const doc = part(report, 'word/document.xml');
    const headings = [...doc.matchAll(/<w:p>(?:(?!<\/w:p>).)*?附件[12]：/g)].map((m) => m[0]);
    expect(headings).toHaveLength(2);
    expect(headings[0]).not.toContain('<w:pageBreakBefore/>');
    expect(headings[1]).toContain('<w:pageBreakBefore/>');
    expect(docxText(annex).split('\n')[0]).toBe('附件1：甲资金');
  });

  it('gives the same bytes every time, dated with the report date', async () => {
    const a = await reportDocx({ html: page(), date: '2025-03-20' });
    const b = await reportDocx({ html: page(), date: '2025-03-20' });
    expect(Buffer.from(a.report).equals(Buffer.from(b.report))).toBe(true);
    expect(Buffer.from(a.annex).equals(Buffer.from(b.annex))).toBe(true);
    expect(part(a.report, 'docProps/core.xml')).toContain(
      '>2025-03-20T00:00:00Z</dcterms:created>',
    );
  });

  it.each([
    [
      'a rowspan far past the table',
      '<table><tr><td rowspan="99999">甲</td><td>乙</td></tr></table>',
      ['甲', '乙'],
    ],
    [
      'a colspan that is no number',
      '<table><tr><td colspan="x">甲</td></tr><tr><td>丙</td><td>丁</td></tr></table>',
      ['甲', '丙', '丁'],
    ],
    ['an empty table', '<table></table><table><tr></tr></table>', []],
    [
      'a rowspan past the last row, and an empty row',
      '<table><tr><td rowspan="5">甲</td><td>乙</td></tr><tr></tr><tr><td>丙</td></tr></table>',
      ['甲', '乙', '丙'],
    ],
    [
      'markup in a table cell',
      '<table><tr><td>&lt;img src=x onerror=alert(1)&gt;</td></tr></table>',
      ['<img src=x onerror=alert(1)>'],
    ],
    [
      'ideographic and no-break spaces, which a browser keeps',
      '<p> 图1\u3000资金\u00a0\u00a0情况 \t\n 说明 </p>',
      ['图1\u3000资金\u00a0\u00a0情况 说明'],
    ],
    ['characters XML cannot hold', '<p>甲\u0001乙\u000b丙\ufffe丁\ud800戊</p>', ['甲乙丙丁戊']],
  ])('copes with %s', async (_name, extra, cells) => {
    const { report } = await reportDocx({ html: page(extra), date: '2025-03-20' });
    const text = docxText(report);
    for (const cell of cells) expect(text).toContain(cell);
    // Every table has a row and every row a cell, as Word requires.
    const doc = strFromU8(unzipSync(report)['word/document.xml'] ?? new Uint8Array());
    expect(doc).not.toMatch(/<w:tbl>(?:(?!<w:tr[ >]).)*?<\/w:tbl>/);
    expect(doc).not.toMatch(/<w:tr[ >](?:(?!<w:tc>).)*?<\/w:tr>/);
    // Every part is well-formed XML, holding no character XML forbids.
    for (const [name, data] of Object.entries(unzipSync(report)))
      if (/\.(xml|rels)$/.test(name))
        expect(
          [...strFromU8(data)].filter((ch) => {
            const cp = ch.codePointAt(0) ?? 0;
            return (
              (cp < 0x20 && ![0x09, 0x0a, 0x0d].includes(cp)) || cp === 0xfffe || cp === 0xffff
            );
          }),
          name,
        ).toEqual([]);
  });

  it.each([
    [
      'a page that is no report page',
      '<html><body><p>别的页面</p></body></html>',
      '报告页中没有报告正文（article.report）',
    ],
    ['a report page without its annex', page('', false), '报告页中没有附件（自评表，#annex）'],
  ])('throws a Chinese message for %s', async (_name, html, message) => {
    await expect(reportDocx({ html, date: '2025-03-20' })).rejects.toThrow(message);
  });
});
