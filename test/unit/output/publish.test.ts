import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock } from '../../../src/lib/output/build-lock.ts';
import {
  LEGACY_MARKER_TEXT,
  listFiles,
  MARKER,
  markerText,
  parseMarker,
} from '../../../src/lib/output/marker.ts';
import {
  isBuiltSite,
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

/** A site folder with one page saying `text`, as a build leaves it: with its marker. */
function site(dir: string, text: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
  writeFileSync(join(dir, MARKER), markerText(listFiles(dir)));
}

/** Every path and byte under `dir`, to see that a folder was left exactly as it was. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      out[path.slice(dir.length)] = readFileSync(path, 'utf8');
    }
  return out;
}

describe('publish(out, files): the output is always a whole old or new site', () => {
  it('publish swaps the staging folder in, with the marker listing its files, and leaves nothing beside it', async () => {
    const dir = await tempRoot({});
    const out = join(dir, 'site');
    const { staging, previous } = siblings(out);
    site(out, 'old');
    const build = join(dir, 'build');
    mkdirSync(join(build, '2024'), { recursive: true });
    writeFileSync(join(build, 'index.html'), 'new');
    writeFileSync(join(build, '2024/index.html'), 'new 2024');
    const files = await moveToStaging(build, staging);
    await publish(out, files);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    expect(parseMarker(readFileSync(join(out, MARKER), 'utf8'))).toEqual(
      new Map([
        ['2024/index.html', 8],
        ['index.html', 3],
      ]),
    );
    expect(isBuiltSite(out)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['site']);
    expect(existsSync(staging) || existsSync(previous)).toBe(false);
  });

  it('publish without a staging folder fails naming the step, and the old site stays', async () => {
    const dir = await tempRoot({});
    const out = join(dir, 'site');
    site(out, 'old');
    await expect(publish(out, new Map())).rejects.toThrow(
      /无法发布新站点到 .*：路径不存在（ENOENT）/,
    );
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old');
  });

  it('publish refuses a folder holding a copied marker and one foreign file, naming the file, changing nothing', async () => {
    const dir = await tempRoot({});
    const out = join(dir, 'www');
    site(out, 'old'); // dist/ copied into a web root …
    writeFileSync(join(out, 'about.html'), 'the web root’s own page'); // … which has its own files
    const before = snapshot(out);
    site(siblings(out).staging, 'new');
    await expect(publish(out, new Map([['index.html', 3]]), dir)).rejects.toThrow(
      '输出目录 www/ 中的 about.html 不是本项目构建写入的（标记文件所列的构建文件中没有它）',
    );
    expect(snapshot(out)).toEqual(before);
  });

  it('publish replaces a site of an older build (fixed marker) whose files the new build all writes, and no other', async () => {
    const dir = await tempRoot({});
    const out = join(dir, 'site');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'old');
    writeFileSync(join(out, MARKER), LEGACY_MARKER_TEXT);
    writeFileSync(join(out, 'mine.html'), 'kept');
    site(siblings(out).staging, 'new');
    await expect(publish(out, new Map([['index.html', 3]]), dir)).rejects.toThrow(
      '输出目录 site/ 中的 mine.html 不是本项目构建写入的（旧版本构建的站点中有本次构建不会写入的文件）',
    );
    expect(readFileSync(join(out, 'mine.html'), 'utf8')).toBe('kept');
    rmSync(join(out, 'mine.html'));
    await publish(out, new Map([['index.html', 3]]), dir);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    expect(isBuiltSite(out)).toBe(true);
  });
});

describe('tidyUp(out, build?): what a killed build left, removed only when the build wrote it', () => {
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

  it('removes an empty staging folder (nothing in it to lose)', async () => {
    const dir = await tempRoot({});
    const out = join(dir, 'site');
    mkdirSync(join(siblings(out).staging, '_astro'), { recursive: true });
    expect(await tidyUp(out)).toEqual(['删除了上一次未完成构建的暂存目录']);
    expect(existsSync(siblings(out).staging)).toBe(false);
  });

  it.each([
    [
      'a foreign .site-previous/ (no marker)',
      'previous' as const,
      (path: string) => writeFileSync(join(path, 'index.html'), 'mine'),
      '输出目录旁的 .site-previous/ 中的 index.html 不是本项目构建写入的（目录中没有 .xinfang-site 标记文件）',
    ],
    [
      'a .site-previous/ whose marker misses a file',
      'previous' as const,
      (path: string) => {
        site(path, 'old');
        writeFileSync(join(path, 'notes.txt'), 'mine');
      },
      '输出目录旁的 .site-previous/ 中的 notes.txt 不是本项目构建写入的（标记文件所列的构建文件中没有它）',
    ],
    [
      'a foreign .site-staging/ (no marker)',
      'staging' as const,
      (path: string) => writeFileSync(join(path, 'draft.html'), 'mine'),
      '输出目录旁的 .site-staging/ 中的 draft.html 不是本项目构建写入的（目录中没有 .xinfang-site 标记文件）',
    ],
    [
      'a .site-staging/ whose marker misses a file',
      'staging' as const,
      (path: string) => {
        site(path, 'new');
        writeFileSync(join(path, 'draft.html'), 'mine');
      },
      '输出目录旁的 .site-staging/ 中的 draft.html 不是本项目构建写入的（标记文件所列的构建文件中没有它）',
    ],
    [
      'a .site-previous/ of an older build (fixed marker)',
      'previous' as const,
      (path: string) => {
        writeFileSync(join(path, 'index.html'), 'old');
        writeFileSync(join(path, MARKER), LEGACY_MARKER_TEXT);
      },
      '输出目录旁的 .site-previous/ 是旧版本构建留下的，无法确认其中每个文件都由构建写入：已停止，未作任何改动。',
    ],
  ])(
    '%s survives untouched, with or without the output, and the error names the file',
    async (_, which, make, words) => {
      for (const withOut of [true, false]) {
        const dir = await tempRoot({});
        const out = join(dir, 'site');
        const folder = siblings(out)[which];
        mkdirSync(folder, { recursive: true });
        make(folder);
        // Beside it, leftovers the build did write: still not touched, as nothing is on refusal.
        const other = siblings(out)[which === 'staging' ? 'previous' : 'staging'];
        site(other, 'ours');
        if (withOut) site(out, 'current');
        const before = snapshot(dir);
        await expect(tidyUp(out, undefined, dir)).rejects.toThrow(words);
        expect(snapshot(dir)).toEqual(before);
      }
    },
  );

  it('removes an intermediate build folder a killed build left elsewhere', async () => {
    const dir = await tempRoot({});
    const build = join(dir, 'builds/abc');
    site(build, 'half');
    expect(await tidyUp(join(dir, 'site'), build)).toEqual(['删除了上一次未完成构建的中间目录']);
    expect(existsSync(build)).toBe(false);
  });

  it('moveToStaging copies a build across filesystems with its marker, and removes the original', async () => {
    const dir = await tempRoot({});
    const build = join(dir, 'build');
    mkdirSync(build);
    writeFileSync(join(build, 'index.html'), 'new');
    const shm = mkdtempSync('/dev/shm/xf-test-');
    shmDirs.push(shm);
    const staging = join(shm, '.site-staging');
    expect(await moveToStaging(build, staging)).toEqual(new Map([['index.html', 3]]));
    expect(readFileSync(join(staging, 'index.html'), 'utf8')).toBe('new');
    expect(isBuiltSite(staging)).toBe(true);
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
