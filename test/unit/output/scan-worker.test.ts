/**
 * The worker script of scanOutput(): started by the pool, it answers each job (a folder and some
 * of its files) with the findings scanFiles() gives in this thread.
 */
import { describe, expect, it } from 'vitest';
import { mapInWorkers } from '../../../src/lib/base/pool.ts';
import type { Finding, ScanJob } from '../../../src/lib/output/scan.ts';
import { scanFiles } from '../../../src/lib/output/scan.ts';
import { tempRoot } from '../support/folders.ts';

const SCRIPT = new URL('../../../src/lib/output/scan-worker.ts', import.meta.url);
const inlineNever = (): Promise<never> => Promise.reject(new Error('ran in this thread'));

describe('scan-worker.ts run by mapInWorkers()', () => {
  it('answers each job with the findings of its files, as scanFiles() does here', async () => {
    const dir = await tempRoot({
      'a/index.html': '<p>联系电话</p>\n<p>138 1234 5678</p>\n',
      'b/index.html': '<p>无号码 2024-01-05 1,234.00元</p>\n',
      'c/data.csv': '\uFEFF编号,备注\r\nA1,身份证110101199003071233\r\n',
    });
    const jobs: ScanJob[] = [
      { dir, files: ['a/index.html', 'b/index.html'] },
      { dir, files: ['c/data.csv'] },
    ];
    const answers = await mapInWorkers<ScanJob, Finding[]>(jobs, {
      workers: 2,
      script: SCRIPT,
      inline: inlineNever,
    });
    expect(answers).toEqual([
      [{ file: 'a/index.html', line: 2, kind: 'mobile' }],
      [{ file: 'c/data.csv', line: 2, kind: 'idcard' }],
    ]);
    expect(answers).toEqual([
      await scanFiles(jobs[0] as ScanJob),
      await scanFiles(jobs[1] as ScanJob),
    ]);
  });

  it('rejects the run when a job names a file that is not there', async () => {
    const dir = await tempRoot({ 'x.html': '<p>x</p>' });
    await expect(
      mapInWorkers(
        [
          { dir, files: ['x.html'] },
          { dir, files: ['gone.html'] },
        ],
        {
          workers: 2,
          script: SCRIPT,
          inline: inlineNever,
        },
      ),
    ).rejects.toThrow(/ENOENT/);
  });
});
