import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LEGACY_MARKER_TEXT,
  listFiles,
  MARKER,
  markerText,
  owner,
  parseMarker,
} from '../../../src/lib/output/marker.ts';
import { tempRoot } from '../support/folders.ts';

/** What a build wrote in these tests: a page, a page in a folder, a name needing quotes. */
const SITE: Record<string, string> = {
  'index.html': '<p>站点</p>\n',
  '2024/demo/index.html': '<p>项目</p>\n',
  '_astro/a "b"\\c.css': 'p{}\n',
};

/** A folder as a build leaves it: SITE and its marker. */
async function builtSite(extra: Record<string, string> = {}): Promise<string> {
  const dir = await tempRoot(SITE);
  writeFileSync(join(dir, MARKER), markerText(listFiles(dir)));
  for (const [path, text] of Object.entries(extra)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('listFiles(dir) / markerText(files) / parseMarker(text)', () => {
  it('listFiles(dir) lists every file but the marker, sorted, with its size in bytes', async () => {
    const dir = await builtSite();
    expect([...listFiles(dir)]).toEqual([
      ['2024/demo/index.html', Buffer.byteLength(SITE['2024/demo/index.html'] ?? '')],
      ['_astro/a "b"\\c.css', 4],
      ['index.html', Buffer.byteLength(SITE['index.html'] ?? '')],
    ]);
  });

  it('listFiles(dir) marks what is not a regular file (a symlink) with size -1', async () => {
    const dir = await tempRoot({ 'a.html': 'x' });
    symlinkSync('/etc/passwd', join(dir, 'link'));
    expect(listFiles(dir).get('link')).toBe(-1);
  });

  it('parseMarker(markerText(files)) gives the list back, every path as written', async () => {
    const files = listFiles(await tempRoot(SITE));
    expect(parseMarker(markerText(files))).toEqual(files);
    expect(parseMarker(markerText(new Map()))).toEqual(new Map());
  });

  it('markerText(files) is the same for the same files (builds stay byte-identical)', () => {
    const files = new Map([['index.html', 12]]);
    expect(markerText(files)).toBe(markerText(new Map(files)));
    expect(markerText(files)).not.toBe(markerText(new Map([['index.html', 13]])));
  });

  it('parseMarker(text) reads the fixed marker of older builds as legacy', () => {
    expect(parseMarker(LEGACY_MARKER_TEXT)).toBe('legacy');
  });

  it.each([
    ['a line added to cover a foreign file', (t: string) => t.replace(/\n$/, '\n5 "mine.html"\n')],
    ['a size edited', (t: string) => t.replace(/^12 /m, '99 ')],
    ['the count edited', (t: string) => t.replace(/^files 1$/m, 'files 2')],
    ['the last line cut off', (t: string) => t.slice(0, -1)],
    ['a path that is not a JSON string', (t: string) => t.replace('"index.html"', 'index.html')],
    ['some other text', () => 'hello\n'],
    ['empty', () => ''],
  ])('parseMarker(text) refuses a marker with %s', (_, edit) => {
    expect(parseMarker(edit(markerText(new Map([['index.html', 12]]))))).toBeUndefined();
  });
});

describe('owner(dir, against?): a folder is the build’s when every file in it is listed', () => {
  it('a folder as the build left it is the build’s, with its list', async () => {
    const dir = await builtSite();
    expect(owner(dir)).toEqual({ kind: 'build', files: listFiles(dir) });
  });

  it('a folder where the build’s files were deleted is still the build’s', async () => {
    const dir = await builtSite();
    rmSync(join(dir, 'index.html'));
    expect(owner(dir).kind).toBe('build');
  });

  it('an absent folder is absent; a folder with no files, only folders, is empty', async () => {
    const dir = await tempRoot({});
    expect(owner(join(dir, 'none'))).toEqual({ kind: 'absent' });
    mkdirSync(join(dir, 'a/b'), { recursive: true });
    expect(owner(dir)).toEqual({ kind: 'empty' });
  });

  it.each([
    [
      'a file the marker does not list (a page added beside the site)',
      { 'about.html': '<p>我的页面</p>' },
      'about.html',
      '标记文件所列的构建文件中没有它',
    ],
    [
      'a file in a folder of the site',
      { '2024/demo/notes.txt': 'x' },
      '2024/demo/notes.txt',
      '标记文件所列的构建文件中没有它',
    ],
    [
      'a page of the build changed since (another size)',
      { 'index.html': '<p>改过的首页</p>\n' },
      'index.html',
      '它与构建写入时的大小不同（已被改动）',
    ],
  ])('a folder with %s is foreign, naming that file', async (_, extra, file, why) => {
    const dir = await builtSite(extra);
    expect(owner(dir)).toEqual({ kind: 'foreign', file, why });
  });

  it('a folder with a listed path that is now a symlink is foreign', async () => {
    const dir = await builtSite();
    rmSync(join(dir, 'index.html'));
    symlinkSync('/etc/hostname', join(dir, 'index.html'));
    expect(owner(dir)).toEqual({
      kind: 'foreign',
      file: 'index.html',
      why: '它不是普通文件（如符号链接）',
    });
  });

  it('a folder with files and no marker is foreign, naming its first file', async () => {
    const dir = await tempRoot({ 'b.txt': 'x', 'a/z.txt': 'x' });
    expect(owner(dir)).toEqual({
      kind: 'foreign',
      file: 'a/z.txt',
      why: '目录中没有 .xinfang-site 标记文件',
    });
  });

  it('a folder whose marker was edited (or is another program’s) is foreign, naming the marker', async () => {
    const dir = await builtSite();
    const text = readFileSync(join(dir, MARKER), 'utf8');
    writeFileSync(join(dir, MARKER), text.replace(/\n$/, '\n3 "about.html"\n'));
    writeFileSync(join(dir, 'about.html'), 'abc');
    expect(owner(dir)).toEqual({
      kind: 'foreign',
      file: MARKER,
      why: '标记文件的内容无法识别或被改动过',
    });
  });

  it('a file, not a folder, is foreign', async () => {
    const dir = await tempRoot({ site: 'x' });
    expect(owner(join(dir, 'site'))).toEqual({ kind: 'foreign', file: '.', why: '它不是文件夹' });
  });

  it('a site of an older build (fixed marker) is undecided, then decided by the new list', async () => {
    const dir = await tempRoot({ ...SITE, [MARKER]: LEGACY_MARKER_TEXT });
    expect(owner(dir)).toEqual({ kind: 'legacy' });
    const wrote = new Map([
      ['index.html', 1],
      ['2024/demo/index.html', 1],
      ['_astro/a "b"\\c.css', 1],
      ['2025/demo/index.html', 1],
    ]);
    expect(owner(dir, wrote)).toEqual({ kind: 'build', files: wrote });
    wrote.delete('2024/demo/index.html');
    expect(owner(dir, wrote)).toEqual({
      kind: 'foreign',
      file: '2024/demo/index.html',
      why: '旧版本构建的站点中有本次构建不会写入的文件',
    });
  });
});
