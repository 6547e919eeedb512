import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SizedFile } from '../../../src/lib/output/site-files.ts';
import {
  BYTES_PER_JOB,
  FILES_PER_JOB,
  fileSignature,
  planPass,
  textFiles,
  WORKERS_FROM_BYTES,
} from '../../../src/lib/output/site-files.ts';
import { tempRoot } from '../support/folders.ts';

const MiB = 1024 ** 2;

/** `count` files of `bytes` each, named f0, f1, … */
function sized(count: number, bytes: number): SizedFile[] {
  return Array.from({ length: count }, (_, i) => ({ file: `f${i}`, bytes, signature: '' }));
}

describe('planPass(files, cores)', () => {
  it.each<[string, SizedFile[], number]>([
    ['no files', [], 1],
    ['a district’s site (57 files, 2 MiB)', sized(57, (2 * MiB) / 57), 1],
    ['just under the threshold', sized(16, WORKERS_FROM_BYTES / 16 - 1), 1],
    ['exactly the threshold', sized(16, WORKERS_FROM_BYTES / 16), 2],
    ['a 100,000-case project-year (577 files, 131 MiB)', sized(577, (131 * MiB) / 577), 2],
    ['one huge file: a single job, a single thread', sized(1, 200 * MiB), 1],
  ])('%s: %i thread(s)', (_, files, workers) => {
    expect(planPass(files, 2).workers).toBe(workers);
  });

  it('starts no more threads than there are cores or jobs', () => {
    expect(planPass(sized(600, MiB), 8).workers).toBe(8);
    expect(planPass(sized(600, MiB), 1).workers).toBe(1);
    expect(planPass(sized(3, 10 * MiB), 8).workers).toBe(3);
  });

  it('splits by bytes and by file count, keeping every file once, in order', () => {
    const files = [...sized(3, 3 * MiB), ...sized(250, 100)].map((f, i) => ({
      ...f,
      file: `f${i}`,
    }));
    const { jobs } = planPass(files, 2);
    expect(jobs.flat()).toEqual(files.map((f) => f.file));
    // 3 MiB each: a second one would pass BYTES_PER_JOB, so each starts a job of its own; the
    // small files then fill jobs of FILES_PER_JOB.
    expect(jobs.map((job) => job.length)).toEqual([1, 1, FILES_PER_JOB, FILES_PER_JOB, 51]);
    expect(jobs[2]?.[0]).toBe('f2');
  });

  it('gives a file larger than a job a job of its own', () => {
    expect(planPass(sized(2, BYTES_PER_JOB + 1), 2).jobs).toEqual([['f0'], ['f1']]);
  });
});

describe('textFiles(dir)', () => {
  it('lists the text files depth first, each folder sorted by name, with sizes', async () => {
    const dir = await tempRoot({
      'b/index.html': '<p>b</p>',
      'a.csv': 'x\n',
      'a/z.json': '{}',
      'a/logo.png': new Uint8Array([1, 2, 3]),
      'index.html': '<p>首页</p>',
      'c/report.docx': new Uint8Array([80, 75]),
    });
    const files = await textFiles(dir);
    expect(files.map((f) => [f.file, f.bytes])).toEqual([
      ['a/z.json', 2],
      ['a.csv', 2],
      ['b/index.html', 8],
      ['c/report.docx', 2],
      ['index.html', 13],
    ]);
    for (const f of files) expect(f.signature).toBe(await fileSignature(join(dir, f.file)));
  });
});

describe('fileSignature(path)', () => {
  it('changes when the file is written again, even at the same size', async () => {
    const dir = await tempRoot({ 'a.html': '<p>1</p>' });
    const path = join(dir, 'a.html');
    const before = await fileSignature(path);
    writeFileSync(path, '<p>2</p>');
    utimesSync(path, new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(await fileSignature(path)).not.toBe(before);
    expect(await fileSignature(path)).toMatch(/^8:\d+$/);
  });
});
