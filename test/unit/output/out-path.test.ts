import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LEGACY_MARKER_TEXT, MARKER, markerText } from '../../../src/lib/output/marker.ts';
import {
  realPath,
  refuseExistingOut,
  refuseOutPath,
  shownPath,
  within,
} from '../../../src/lib/output/out-path.ts';
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
    [`old-site/${MARKER}`]: markerText(new Map([['index.html', 2]])),
    'older-site/index.html': 'x\n',
    [`older-site/${MARKER}`]: LEGACY_MARKER_TEXT,
    'web-root/index.html': 'x\n',
    'web-root/about.html': 'mine\n',
    [`web-root/${MARKER}`]: markerText(new Map([['index.html', 2]])),
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
    [
      'foreign',
      '输出目录 foreign/ 中的 notes.txt 不是本项目构建写入的（目录中没有 .xinfang-site 标记文件）',
    ],
    [
      'web-root',
      '输出目录 web-root/ 中的 about.html 不是本项目构建写入的（标记文件所列的构建文件中没有它）',
    ],
    ['foreign/notes.txt', '是一个文件而不是文件夹'],
  ])('%s is refused: “…%s…”, and says nothing was touched', async (out, words) => {
    const root = await project();
    const message = refused(root, out);
    expect(message).toContain(words);
    expect(message).toContain('未作任何改动');
    expect(message).not.toContain(root);
  });

  it.each([
    ['dist'],
    ['empty'],
    ['old-site'],
    ['older-site'],
    ['.build/e2e/site'],
    ['not/yet/made'],
  ])(
    '%s is accepted (absent, empty, a site this build wrote, or one of an older build: decided at publishing)',
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

describe('within(a, b), shownPath(path, root), realPath(path)', () => {
  it.each([
    ['/a/b', '/a/b', true],
    ['/a/b/c', '/a/b', true],
    ['/a/b/c', '/a/b/', true],
    ['/a/bc', '/a/b', false],
    ['/a', '/a/b', false],
  ])('within(%s, %s) is %s', (a, b, inside) => {
    expect(within(a, b)).toBe(inside);
  });

  it.each([
    ['/p/site', '/p', 'site'],
    ['/p/a/b', '/p', 'a/b'],
    ['/p', '/p', '.'],
    ['/elsewhere/site', '/p', '/elsewhere/site'],
    ['/p/../q', '/p', '/p/../q'],
  ])('shownPath(%s, %s) is %s', (path, root, shown) => {
    expect(shownPath(path, root)).toBe(shown);
  });

  it('resolves links in the part of a path that exists, and keeps the rest as written', async () => {
    const root = await project();
    const real = realPath(root);
    expect(realPath(join(root, 'link-to-data', 'not', 'yet'))).toBe(
      join(real, 'data', 'not', 'yet'),
    );
    expect(realPath(join(root, 'link-to-project'))).toBe(real);
  });
});
