/**
 * The worker script of the Word export: started by the pool, it writes report.docx and
 * annex.docx into each project-year folder it is sent, byte for byte as writeFolderDocx() does
 * in this thread.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapInWorkers } from '../../../src/lib/base/pool.ts';
import { docxText } from '../../../src/lib/docx/package.ts';
import { writeFolderDocx } from '../../../src/lib/docx/site-docx.ts';
import { page } from '../support/report-page.ts';
import { tempRoot } from '../support/folders.ts';

const SCRIPT = new URL('../../../src/lib/docx/docx-worker.ts', import.meta.url);
const inlineNever = (): Promise<never> => Promise.reject(new Error('ran in this thread'));
const FOLDERS = {
  '2023/demo/index.html': page('<p>二〇二三</p>'),
  '2024/demo/index.html': page('<p>二〇二四</p>'),
};

describe('docx-worker.ts run by mapInWorkers()', () => {
  it('writes both documents of each folder it is sent, the same bytes as in this thread', async () => {
    const threads = await tempRoot(FOLDERS);
    const here = await tempRoot(FOLDERS);
    const folders = ['2023/demo', '2024/demo'];
    const answers = await mapInWorkers(
      folders.map((f) => join(threads, f)),
      { workers: 2, script: SCRIPT, inline: inlineNever },
    );
    expect(answers).toEqual([undefined, undefined]);
    for (const f of folders) await writeFolderDocx(join(here, f));
    for (const f of folders)
      for (const kind of ['report.docx', 'annex.docx']) {
        const bytes = readFileSync(join(threads, f, kind));
        expect(bytes.equals(readFileSync(join(here, f, kind))), `${f}/${kind}`).toBe(true);
      }
    expect(docxText(readFileSync(join(threads, '2023/demo/report.docx')))).toContain('二〇二三');
  });

  it('rejects the run, naming the page, when a folder’s page states no report date', async () => {
    const dir = await tempRoot({
      ...FOLDERS,
      '2024/bad/index.html': '<html><body><article class="report">无日期</article></body></html>',
    });
    await expect(
      mapInWorkers([join(dir, '2023/demo'), join(dir, '2024/bad')], {
        workers: 2,
        script: SCRIPT,
        inline: inlineNever,
      }),
    ).rejects.toThrow(/2024\/bad\/index\.html: 无法生成 Word 文档：报告页中没有报告日期/);
  });
});
