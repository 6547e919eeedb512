import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock } from '../../../src/lib/output/build-lock.ts';
import { MARKER, MARKER_TEXT } from '../../../src/lib/output/out-path.ts';
import {
  moveToStaging,
  prepareParent,
  publish,
  siblings,
  tidyUp,
} from '../../../src/lib/output/publish.ts';
import { tempRoot } from '../support/folders.ts';

const shmDirs: string[] = [];
afterEach(() => {
  for (const dir of shmDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A site folder with one page saying `text`. */
function site(dir: string, text: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
}

describe('publish / tidyUp: the output is always a whole old or new site', () => {
  it('publish swaps the staging folder in, with the marker, and leaves nothing beside it', async () => {
    const dir = await tempRoot({});
    const out = join(dir, 'site');
    const { staging, previous } = siblings(out);
    site(out, 'old');
    site(staging, 'new');
    await publish(out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    expect(readFileSync(join(out, MARKER), 'utf8')).toBe(MARKER_TEXT);
    expect(existsSync(staging)).toBe(false);
    expect(existsSync(previous)).toBe(false);
  });

  it('publish without a staging folder fails naming the step, and the old site stays', async () => {
    const dir = await tempRoot({});
    const out = join(dir, 'site');
    site(out, 'old');
    await expect(publish(out)).rejects.toThrow(/无法写入标记文件 .*：路径不存在（ENOENT）/);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old');
  });

  it('after a kill between the two renames, the next build restores the old site', async () => {
    const dir = await tempRoot({});
    const out = join(dir, 'site');
    const { staging, previous, lock } = siblings(out);
    site(previous, 'old'); // moved aside, then killed
    site(staging, 'new, unpublished');
    writeFileSync(lock, `999999999\n${hostname()}\n`);
    const release = await acquireLock(lock, { pollMs: 10 });
    const notes = await tidyUp(out);
    release();
    expect(notes).toEqual([
      '恢复了上一次构建中断时移开的旧站点',
      '删除了上一次未完成构建的暂存目录',
    ]);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(staging) || existsSync(previous) || existsSync(lock)).toBe(false);
  });

  it('after a kill once the new site was in place, the next build removes the old copy', async () => {
    const dir = await tempRoot({});
    const out = join(dir, 'site');
    const { previous } = siblings(out);
    site(previous, 'old');
    site(out, 'new');
    expect(await tidyUp(out)).toEqual(['删除了上一次构建留下的旧站点副本']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(previous)).toBe(false);
  });

  it('removes an intermediate build folder a killed build left elsewhere', async () => {
    const dir = await tempRoot({});
    const build = join(dir, 'builds/abc');
    site(build, 'half');
    expect(await tidyUp(join(dir, 'site'), build)).toEqual(['删除了上一次未完成构建的中间目录']);
    expect(existsSync(build)).toBe(false);
  });

  it('moveToStaging copies a build across filesystems and removes the original', async () => {
    const dir = await tempRoot({});
    const build = join(dir, 'build');
    site(build, 'new');
    const shm = mkdtempSync('/dev/shm/xf-test-');
    shmDirs.push(shm);
    const staging = join(shm, '.site-staging');
    await moveToStaging(build, staging);
    expect(readFileSync(join(staging, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(build)).toBe(false);
  });
});

describe('prepareParent / moveToStaging: I/O failures named in Chinese', () => {
  it.runIf(existsSync('/sys/kernel'))(
    'an output under /sys, where even root may not make folders, fails with EPERM named',
    async () => {
      await expect(prepareParent('/sys/xinfang-test/site')).rejects.toThrow(
        '无法创建输出目录的上级目录 /sys/xinfang-test：操作不被允许（权限不足，或文件被锁定）（EPERM）',
      );
    },
  );

  it('an output whose parent is a regular file fails with ENOTDIR, truly, even as root', async () => {
    const dir = await tempRoot({ 'a-file': 'x\n' });
    await expect(prepareParent(join(dir, 'a-file/x/site'))).rejects.toThrow(
      /无法创建输出目录的上级目录 .*a-file\/x：路径中有一段是文件而不是文件夹（ENOTDIR）/,
    );
    await expect(prepareParent(join(dir, 'a-file/site'))).rejects.toThrow(
      /无法创建输出目录的上级目录 .*a-file：已有同名文件（EEXIST）/,
    );
    const build = join(dir, 'build');
    site(build, 'new');
    await expect(moveToStaging(build, join(dir, 'a-file/.site-staging'))).rejects.toThrow(
      /无法把新站点移到暂存目录 .*：路径中有一段是文件而不是文件夹（ENOTDIR）/,
    );
  });
});
