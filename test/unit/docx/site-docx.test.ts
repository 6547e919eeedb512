/**
 * The Word documents of a built site: reportFolders() finds the project-year folders that hold a
 * report page and its report.json; pageReportDate() reads the date the page states;
 * writeFolderDocx() writes both documents whole, or fails naming the page and leaves none.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxText } from '../../../src/lib/docx/package.ts';
import { pageReportDate, reportFolders, writeFolderDocx } from '../../../src/lib/docx/site-docx.ts';
import { page } from '../support/report-page.ts';
import { tempRoot } from '../support/folders.ts';

describe('reportFolders(dir)', () => {
  it('lists <年度>/<项目标识>/ folders with index.html and report.json, sorted by name', async () => {
    const dir = await tempRoot({
      '2024/b/index.html': 'x',
      '2024/b/report.json': '{}',
      '2024/a/index.html': 'x',
      '2024/a/report.json': '{}',
      '2023/z/index.html': 'x',
      '2023/z/report.json': '{}',
      '2024/no-json/index.html': 'x',
      '2024/no-page/report.json': '{}',
      '2024/a-file': 'not a folder',
      '202/short/index.html': 'x',
      '202/short/report.json': '{}',
      '20245/long/index.html': 'x',
      '20245/long/report.json': '{}',
      'search/x/index.html': 'x',
      'search/x/report.json': '{}',
      '2022': 'a file named like a year',
    });
    expect(await reportFolders(dir)).toEqual(
      ['2023/z', '2024/a', '2024/b'].map((f) => join(dir, f)),
    );
  });

  it('finds none in an empty site', async () => {
    expect(await reportFolders(await tempRoot({ 'index.html': 'x' }))).toEqual([]);
  });
});

describe('pageReportDate(html)', () => {
  it.each([
    ['<article class="report" data-report-date="2025-03-20">', '2025-03-20'],
    ['<article data-project-year="2024/x" data-report-date="2024-12-31" class="r">', '2024-12-31'],
  ])('reads %s', (html, date) => expect(pageReportDate(html)).toBe(date));

  it.each([
    ['no date at all', '<article class="report">'],
    ['a date not written YYYY-MM-DD', '<article data-report-date="2025-3-20">'],
    ['a date on another element', '<section data-report-date="2025-03-20">'],
    ['an empty date', '<article data-report-date="">'],
  ])('refuses %s', (_, html) => {
    expect(() => pageReportDate(html)).toThrow('报告页中没有报告日期（data-report-date）');
  });
});

describe('writeFolderDocx(folder)', () => {
  it('writes report.docx and annex.docx beside the page, and nothing else', async () => {
    const dir = await tempRoot({ '2024/demo/index.html': page('<p>独有的一段</p>') });
    await writeFolderDocx(join(dir, '2024/demo'));
    expect(readdirSync(join(dir, '2024/demo')).sort()).toEqual([
      'annex.docx',
      'index.html',
      'report.docx',
    ]);
    expect(docxText(readFileSync(join(dir, '2024/demo/report.docx')))).toContain('独有的一段');
    expect(docxText(readFileSync(join(dir, '2024/demo/annex.docx')))).toContain('自评等级：优');
  });

  it.each([
    ['a page without a report date', '<html><body><p>x</p></body></html>', /报告页中没有报告日期/],
    ['a page that is not a report', '<article data-report-date="2025-03-20"></article>', /.+/],
  ])('fails on %s, naming the page, and leaves no document', async (_, html, reason) => {
    const dir = await tempRoot({ '2024/demo/index.html': html });
    const error = await writeFolderDocx(join(dir, '2024/demo')).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toContain(`${join(dir, '2024/demo/index.html')}: 无法生成 Word 文档：`);
    expect(error?.message).toMatch(reason);
    expect(readdirSync(join(dir, '2024/demo'))).toEqual(['index.html']);
  });

  it('fails on a folder without a page', async () => {
    const dir = await tempRoot({ '2024/demo/report.json': '{}' });
    await expect(writeFolderDocx(join(dir, '2024/demo'))).rejects.toThrow(/ENOENT/);
    expect(existsSync(join(dir, '2024/demo/report.docx'))).toBe(false);
  });
});
