import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  acquireLock,
  describeIoError,
  MARKER,
  MARKER_TEXT,
  moveToStaging,
  prepareParent,
  publish,
  PublishError,
  refuseExistingOut,
  refuseOutPath,
  siblings,
  step,
  tidyUp,
} from '../../../src/lib/output/publish.ts';
import { tempRoot } from '../support/folders.ts';

/** A project with the folders the rules protect, a foreign folder, and a link to itself. */
async function project(): Promise<string> {
  const root = await tempRoot({
    'data/2024/demo/cases.csv': 'x\n',
    'content/2024/demo/01.mdx': 'x\n',
    'src/pages/index.astro': 'x\n',
    'node_modules/x/index.js': 'x\n',
    '.git/HEAD': 'x\n',
    'public/favicon.svg': 'x\n',
    'scripts/build.ts': 'x\n',
    'test/unit/a.test.ts': 'x\n',
    'templates/a.mdx': 'x\n',
    'foreign/notes.txt': 'x\n',
    'old-site/index.html': 'x\n',
    [`old-site/${MARKER}`]: MARKER_TEXT,
  });
  mkdirSync(join(root, 'empty'));
  symlinkSync(root, join(root, 'link-to-project'));
  symlinkSync(join(root, 'data'), join(root, 'link-to-data'));
  return root;
}

const shmDirs: string[] = [];
afterEach(() => {
  for (const dir of shmDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Whether `out` (relative to the project, or absolute) is refused, by path or by content. */
function refused(root: string, out: string, inputs: { dir: string; what: string }[] = []) {
  const path = out.startsWith('/') ? out : join(root, out);
  return refuseOutPath(path, { root, inputs }) ?? refuseExistingOut(path, root);
}

describe('refuseOutPath / refuseExistingOut: where the site may be written', () => {
  it.each([
    ['.', '就是项目目录'],
    ['./', '就是项目目录'],
    ['..', '是项目目录的上级目录'],
    ['/', '是文件系统的根目录'],
    ['data', '就是 data/（数据目录）'],
    ['data/x', '位于 data/（数据目录）之内'],
    ['./content/', '就是 content/（叙述目录）'],
    ['src/pages', '位于 src/（源代码）之内'],
    ['node_modules/x', '位于 node_modules/（依赖包）之内'],
    ['.git', '就是 .git/（Git 仓库）'],
    ['public', '就是 public/（站点静态文件的来源）'],
    ['test/out', '位于 test/（测试）之内'],
    ['scripts', '就是 scripts/（脚本）'],
    ['templates/x', '位于 templates/（模板）之内'],
    ['.astro', '就是 .astro/（Astro 生成的类型）'],
    ['link-to-project', '就是项目目录'],
    ['link-to-project/dist/..', '就是项目目录'],
    ['link-to-data/2024', '位于 data/（数据目录）之内'],
    ['foreign', '已有其他文件，且不是本项目构建的站点'],
    ['foreign/notes.txt', '是一个文件而不是文件夹'],
  ])('%s is refused: “…%s…”, and says nothing was touched', async (out, words) => {
    const root = await project();
    const message = refused(root, out);
    expect(message).toContain(words);
    expect(message).toContain('未作任何改动');
    expect(message).not.toContain(root);
  });

  it.each([['dist'], ['empty'], ['old-site'], ['.build/e2e/site'], ['not/yet/made']])(
    '%s is accepted (absent, empty, or a site this build wrote)',
    async (out) => {
      const root = await project();
      expect(refused(root, out)).toBeUndefined();
    },
  );

  it('accepts a new folder on another filesystem (/dev/shm)', async () => {
    const root = await project();
    const out = join(mkdtempSync('/dev/shm/xf-test-'), 'site');
    shmDirs.push(join(out, '..'));
    expect(refused(root, out)).toBeUndefined();
  });

  it('refuses the configured data and narrative folders outside the project, and what holds them', async () => {
    const root = await project();
    const outside = await tempRoot({ 'input/data/a.csv': 'x\n', 'input/content/a.mdx': 'x\n' });
    const inputs = [
      { dir: join(outside, 'input/data'), what: '数据目录' },
      { dir: join(outside, 'input/content'), what: '叙述目录' },
    ];
    expect(refused(root, join(outside, 'input/data'), inputs)).toContain('就是');
    expect(refused(root, join(outside, 'input/content/x'), inputs)).toContain('之内');
    expect(refused(root, join(outside, 'input'), inputs)).toContain('包含');
    expect(refused(root, join(outside, 'site'), inputs)).toBeUndefined();
  });

  it.runIf(statSync('/dev/shm').dev !== statSync('/dev').dev)(
    'refuses a mount point itself (it cannot be renamed), naming a sub-folder to use',
    async () => {
      const root = await project();
      expect(refuseExistingOut('/dev/shm', root)).toContain('是一个挂载点');
    },
  );
});

describe('acquireLock: one build per output folder', () => {
  it('makes a second taker wait, telling it who holds the lock, until the first gives it back', async () => {
    const dir = await tempRoot({});
    const lock = join(dir, '.site-lock');
    const release = await acquireLock(lock);
    expect(readFileSync(lock, 'utf8')).toBe(`${process.pid}\n${hostname()}\n`);
    const waits: number[] = [];
    // A lock this very process holds counts as left over (see below): pid 1, which runs for as
    // long as the machine does, holds it here.
    release();
    writeFileSync(lock, `1\n${hostname()}\n`);
    let taken = false;
    const second = acquireLock(lock, {
      pollMs: 10,
      onWait: (owner) => waits.push(owner.pid),
    }).then((r) => {
      taken = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(taken).toBe(false);
    expect(waits).toEqual([1]);
    rmSync(lock); // the holder finishes
    const releaseSecond = await second;
    expect(taken).toBe(true);
    releaseSecond();
    expect(existsSync(lock)).toBe(false);
  });

  it('gives back only its own lock: a lock another build took over is left alone', async () => {
    const dir = await tempRoot({});
    const lock = join(dir, '.site-lock');
    const release = await acquireLock(lock);
    writeFileSync(lock, `1\n${hostname()}\n`);
    release();
    expect(readFileSync(lock, 'utf8')).toBe(`1\n${hostname()}\n`);
  });

  it('takes over a lock whose process has died, or one left by this process', async () => {
    const dir = await tempRoot({});
    const lock = join(dir, '.site-lock');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    writeFileSync(lock, `${dead.stdout.toString()}\n${hostname()}\n`);
    const release = await acquireLock(lock, { pollMs: 10 });
    expect(readFileSync(lock, 'utf8')).toBe(`${process.pid}\n${hostname()}\n`);
    const again = await acquireLock(lock, { pollMs: 10 });
    again();
    release();
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock file with no pid in it (cut short by a kill) once it is a minute old', async () => {
    const dir = await tempRoot({ '.site-lock': '' });
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(dir, '.site-lock'), old, old);
    const release = await acquireLock(join(dir, '.site-lock'), { pollMs: 10 });
    release();
    expect(existsSync(join(dir, '.site-lock'))).toBe(false);
  });
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

describe('describeIoError / step: I/O failures named in Chinese', () => {
  it.each([
    ['EACCES', '没有权限'],
    ['EPERM', '操作不被允许（权限不足，或文件被锁定）'],
    ['ENOSPC', '磁盘空间已满'],
    ['EROFS', '所在的文件系统是只读的'],
    ['EIO', '磁盘读写错误'],
    ['ENOTDIR', '路径中有一段是文件而不是文件夹'],
    ['EWHATEVER', '读写出错'],
  ])('%s → “%s”, with the step, the path and the code', (code, reason) => {
    const error = Object.assign(new Error('x'), { code });
    expect(describeIoError(error, '发布新站点到', '/srv/site')).toBe(
      `无法发布新站点到 /srv/site：${reason}（${code}）`,
    );
  });

  it('step turns a failing fs call into a PublishError with no stack to print', async () => {
    const failing = step('写入', '/x', () =>
      Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' })),
    );
    await expect(failing).rejects.toBeInstanceOf(PublishError);
    await expect(failing).rejects.toThrow('无法写入 /x：磁盘空间已满（ENOSPC）');
    const error = await failing.catch((e: unknown) => e as Error);
    expect(error.stack).toBe('');
  });

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
