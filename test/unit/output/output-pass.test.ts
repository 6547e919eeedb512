import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputPass, passFiles } from '../../../src/lib/output/output-pass.ts';
import { readableHtml } from '../../../src/lib/output/readable-html.ts';
import { scanFiles, scanOutput } from '../../../src/lib/output/scan.ts';
import { fileSignature, textFiles } from '../../../src/lib/output/site-files.ts';
import { tempRoot } from '../support/folders.ts';

const MOBILE = '138 1234 5678';

/** A small built site: pages, a CSV download, report.json, a script and an image. */
function site(): Record<string, string | Uint8Array> {
  return {
    'index.html': '<html><body><main><h1>首页</h1><p>正文</p></main></body></html>',
    '2024/demo/index.html': `<html><body><main><p>电话</p><p>${MOBILE}</p></main></body></html>`,
    '2024/demo/cases.csv': '案件编号,信访人\nA1,罗某厚\nA2,李四光\n',
    '2024/demo/report.json': '{"a": 1}\n',
    '_astro/a.js': 'const a = 1;',
    'favicon.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
  };
}

describe('passFiles(job)', () => {
  it('rewrites each page one block per line and scans what it wrote; other files as they are', async () => {
    const files = site();
    const dir = await tempRoot(files);
    const passed = await passFiles({ dir, files: ['2024/demo/index.html', '2024/demo/cases.csv'] });
    const page = readFileSync(join(dir, '2024/demo/index.html'), 'utf8');
    expect(page).toBe(readableHtml(files['2024/demo/index.html'] as string));
    expect(readFileSync(join(dir, '2024/demo/cases.csv'), 'utf8')).toBe(
      files['2024/demo/cases.csv'],
    );
    // The findings are those of the rewritten page: the number is on its own line now.
    expect(passed).toEqual([
      {
        file: '2024/demo/index.html',
        signature: await fileSignature(join(dir, '2024/demo/index.html')),
        findings: await scanFiles({ dir, files: ['2024/demo/index.html'] }),
      },
      {
        file: '2024/demo/cases.csv',
        signature: await fileSignature(join(dir, '2024/demo/cases.csv')),
        findings: [{ file: '2024/demo/cases.csv', line: 3, kind: 'name' }],
      },
    ]);
    expect(passed[0]?.findings).toEqual([
      { file: '2024/demo/index.html', line: 5, kind: 'mobile' },
    ]);
  });
});

describe('outputPass(dir, cores)', () => {
  it('gives publishing’s scan the same findings as the readable pass and a full scan after it', async () => {
    const files = site();
    const once = await tempRoot(files);
    const twice = await tempRoot(files);
    const record = await outputPass(once, 2);
    // main's way: every page rewritten, then every text file read again and scanned.
    for (const f of await textFiles(twice))
      if (f.file.endsWith('.html'))
        writeFileSync(join(twice, f.file), readableHtml(readFileSync(join(twice, f.file), 'utf8')));
    const full = await scanOutput(twice);
    expect(full.length).toBe(2);
    expect(await scanOutput(once, { passed: record })).toEqual(full);
    for (const f of await textFiles(once))
      expect(
        readFileSync(join(once, f.file)).equals(readFileSync(join(twice, f.file))),
        f.file,
      ).toBe(true);
    expect([...record.keys()]).toEqual((await textFiles(once)).map((f) => f.file));
  });

  it('is read again by publishing’s scan where a file changed or appeared after the pass', async () => {
    const dir = await tempRoot(site());
    const record = await outputPass(dir, 2);
    expect(await scanOutput(dir, { passed: record })).toHaveLength(2);
    // A file written after the pass (the Word export writes its documents then) and a page
    // changed since are both scanned, not taken from the record.
    writeFileSync(join(dir, 'index.html'), `<p>${MOBILE}</p>\n`);
    writeFileSync(join(dir, 'late.txt'), `说明\n${MOBILE}`);
    expect(await scanOutput(dir, { passed: record })).toEqual([
      { file: '2024/demo/cases.csv', line: 3, kind: 'name' },
      { file: '2024/demo/index.html', line: 5, kind: 'mobile' },
      { file: 'index.html', line: 1, kind: 'mobile' },
      { file: 'late.txt', line: 2, kind: 'mobile' },
    ]);
  });

  it('takes the record’s findings for a file unchanged since, without reading it again', async () => {
    const dir = await tempRoot(site());
    const record = await outputPass(dir, 2);
    const seen = record.get('_astro/a.js');
    expect(seen?.findings).toEqual([]);
    // Were the script read again, this line would not be reported.
    record.set('_astro/a.js', {
      signature: seen?.signature ?? '',
      findings: [{ file: '_astro/a.js', line: 9, kind: 'idcard' }],
    });
    expect(await scanOutput(dir, { passed: record })).toContainEqual({
      file: '_astro/a.js',
      line: 9,
      kind: 'idcard',
    });
  });

  it('trusts a record only for the file and signature it names', async () => {
    const dir = await tempRoot(site());
    const record = await outputPass(dir, 2);
    const page = record.get('2024/demo/index.html');
    expect(page?.findings).toHaveLength(1);
    // A record claiming a clean page under a stale signature is not believed.
    record.set('2024/demo/index.html', { signature: '0:0', findings: [] });
    expect(await scanOutput(dir, { passed: record })).toContainEqual({
      file: '2024/demo/index.html',
      line: 5,
      kind: 'mobile',
    });
  });
});
