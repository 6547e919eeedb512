/**
 * loadSite() on folders that are symbolic links (the data folder itself, a year of the
 * narrative, a project's narrative folder) and on a narrative file that is a named pipe: each
 * is refused by name, never followed or read.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { errorLines } from '../../src/lib/dataset/summary.ts';
import { loadSite } from '../../src/lib/pipeline/site.ts';
import { makeCaseRoot } from '../corpus/corpus.ts';

const work = mkdtempSync(join(tmpdir(), 'xinfang-links-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FOLDER =
  '是符号链接，不是普通目录；站点只读取项目内的普通目录（符号链接可能指向项目以外），请把目录本身复制到这里';

/** The template with `folder` moved outside the project and linked back in its place. */
function linked(name: string, folder: string): string {
  const root = makeCaseRoot(join(work, name));
  const outside = join(work, `${name}-outside`);
  renameSync(join(root, folder), outside);
  symlinkSync(outside, join(root, folder), 'dir');
  return root;
}

describe('loadSite(options) with a folder that is a symbolic link', () => {
  it.each([
    ['the data folder', 'data', ['data: ' + FOLDER]],
    ['a year of the narrative', 'content/2024', ['content/2024: ' + FOLDER]],
    ['a project of the narrative', 'content/2024/demo', ['content/2024/demo: ' + FOLDER]],
  ])('refuses %s by name', async (name, folder, expected) => {
    const site = await loadSite({ root: linked(name.replace(/\s/g, '-'), folder) });
    expect(errorLines(site.problems)).toEqual(expected);
  });
});

describe('loadSite(options) with a named pipe for a narrative file', () => {
  it('refuses it by name without waiting on it', async () => {
    const root = makeCaseRoot(join(work, 'pipe'));
    execFileSync('mkfifo', [join(root, 'content/2024/demo/02-pingjia.mdx')]);
    const site = await loadSite({ root });
    expect(errorLines(site.problems)).toEqual([
      'content/2024/demo/02-pingjia.mdx: 是命名管道（FIFO），不是普通文件；站点只读取项目内的普通文件（符号链接可能指向项目以外，管道和设备文件读取时会挂起），请把文件本身复制到这里',
    ]);
  });
});
