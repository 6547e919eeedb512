/**
 * The worker script of outputPass(): started by the pool, it rewrites and scans each job's files
 * exactly as passFiles() does in this thread.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapInWorkers } from '../../../src/lib/base/pool.ts';
import { passFiles } from '../../../src/lib/output/output-pass.ts';
import { readableHtml } from '../../../src/lib/output/readable-html.ts';
import type { ScanJob } from '../../../src/lib/output/scan.ts';
import { tempRoot } from '../support/folders.ts';

const SCRIPT = new URL('../../../src/lib/output/output-pass-worker.ts', import.meta.url);
const inlineNever = (): Promise<never> => Promise.reject(new Error('ran in this thread'));

const FILES = {
  'a/index.html': '<html><body><main><h1>标题</h1><p>电话 138 1234 5678</p></main></body></html>',
  'b/index.html': '<html><body><table><tr><td>1</td><td>2</td></tr></table></body></html>',
  'c/data.csv': '\uFEFF编号,备注\r\nA1,身份证110101199003071233\r\n',
};

describe('output-pass-worker.ts run by mapInWorkers()', () => {
  it('rewrites and scans the files of each job, as passFiles() does here', async () => {
    const threads = await tempRoot(FILES);
    const here = await tempRoot(FILES);
    const jobs = (dir: string): ScanJob[] => [
      { dir, files: ['a/index.html', 'b/index.html'] },
      { dir, files: ['c/data.csv'] },
    ];
    const answers = await mapInWorkers<ScanJob, Awaited<ReturnType<typeof passFiles>>>(
      jobs(threads),
      {
        workers: 2,
        script: SCRIPT,
        inline: inlineNever,
      },
    );
    const expected = await Promise.all(jobs(here).map(passFiles));
    const findings = (a: typeof expected) => a.map((job) => job.map((f) => [f.file, f.findings]));
    expect(findings(answers)).toEqual(findings(expected));
    expect(answers.flat().flatMap((f) => f.findings.map((x) => x.kind))).toEqual([
      'mobile',
      'idcard',
    ]);
    for (const name of ['a/index.html', 'b/index.html'])
      expect(readFileSync(join(threads, name), 'utf8'), name).toBe(
        readableHtml(FILES[name as keyof typeof FILES]),
      );
  });

  it('rejects the run when a job names a file that is not there', async () => {
    const dir = await tempRoot(FILES);
    await expect(
      mapInWorkers(
        [
          { dir, files: ['a/index.html'] },
          { dir, files: ['gone.html'] },
        ],
        { workers: 2, script: SCRIPT, inline: inlineNever },
      ),
    ).rejects.toThrow(/ENOENT/);
  });
});
