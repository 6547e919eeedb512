import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeReportDocx } from '../../../src/integrations/docx-export.ts';
import { docxText } from '../../../src/lib/docx/package.ts';
import { reportFolders, writeFolderDocx } from '../../../src/lib/docx/site-docx.ts';
import { page } from '../support/report-page.ts';
import { tempRoot } from '../support/folders.ts';

/** A built site: two project-years with a report page and report.json, and other folders. */
function site(): Record<string, string> {
  return {
    '2023/demo/index.html': page('<p>二〇二三</p>'),
    '2023/demo/report.json': '{}',
    '2024/demo/index.html': page('<p>二〇二四</p>'),
    '2024/demo/report.json': '{}',
    '2024/demo/print/index.html': '<p>打印页</p>',
    '2024/nojson/index.html': page(),
    '_astro/index.html': '<p>资源</p>',
    'index.html': '<p>首页</p>',
  };
}

describe('writeReportDocx(dir, workersFrom)', () => {
  it('writes report.docx and annex.docx beside each report page that has a report.json', async () => {
    const dir = await tempRoot(site());
    expect(await reportFolders(dir)).toEqual([join(dir, '2023/demo'), join(dir, '2024/demo')]);
    expect(await writeReportDocx(dir)).toBe(2);
    expect(docxText(readFileSync(join(dir, '2023/demo/report.docx')))).toContain('二〇二三');
    expect(docxText(readFileSync(join(dir, '2024/demo/report.docx')))).toContain('二〇二四');
    expect(docxText(readFileSync(join(dir, '2024/demo/annex.docx')))).toContain('自评等级：优');
  });

  it('writes the same bytes on worker threads as in this thread', async () => {
    const here = await tempRoot(site());
    const threads = await tempRoot(site());
    await writeReportDocx(here, 99);
    await writeReportDocx(threads, 1);
    for (const file of ['2023/demo/report.docx', '2024/demo/report.docx', '2024/demo/annex.docx'])
      expect(readFileSync(join(threads, file)).equals(readFileSync(join(here, file)))).toBe(true);
  });

  it.each([
    [
      'a page without its report date',
      (html: string) => html.replace(/ data-report-date="[^"]*"/, ''),
      '没有报告日期',
    ],
    [
      'a page with an impossible report date',
      (html: string) => html.replace('2025-03-20', '2025-3-20'),
      '没有报告日期',
    ],
    [
      'a page that is no report',
      () => '<article data-report-date="2025-03-20"><p>不是报告</p></article>',
      '报告页中没有报告正文',
    ],
  ])('fails on %s, naming the page and leaving no half document', async (_name, edit, message) => {
    const dir = await tempRoot({
      '2024/demo/index.html': edit(page()),
      '2024/demo/report.json': '{}',
    });
    await expect(writeFolderDocx(join(dir, '2024/demo'))).rejects.toThrow(
      `${join(dir, '2024/demo/index.html')}: 无法生成 Word 文档：`,
    );
    await expect(writeFolderDocx(join(dir, '2024/demo'))).rejects.toThrow(message);
    expect(await reportFolders(dir)).toHaveLength(1);
    expect(readdirSync(join(dir, '2024/demo')).sort()).toEqual(['index.html', 'report.json']);
  });
});
