/**
 * readRegularFile() and folderKind(): only ordinary files and folders are read; a link, pipe,
 * socket or device is named for what it is, and never opened for reading (which could hang).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderKind, readRegularFile } from '../../../src/lib/read/file-kind.ts';

const dir = mkdtempSync(join(tmpdir(), 'xinfang-file-kind-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'plain.csv'), 'a,b\n');
symlinkSync(join(dir, 'plain.csv'), join(dir, 'link.csv'));
symlinkSync('/dev/zero', join(dir, 'zero.csv'));
symlinkSync(join(dir, 'nowhere.csv'), join(dir, 'dangling.csv'));
execFileSync('mkfifo', [join(dir, 'pipe.csv')]);
mkdirSync(join(dir, 'folder.csv'));
mkdirSync(join(dir, 'real'));
symlinkSync(join(dir, 'real'), join(dir, 'linked'), 'dir');

describe('readRegularFile(path)', () => {
  it('reads an ordinary file', async () => {
    expect((await readRegularFile(join(dir, 'plain.csv'))).bytes?.toString()).toBe('a,b\n');
  });

  it('says a file that is not there is missing', async () => {
    expect(await readRegularFile(join(dir, 'absent.csv'))).toEqual({ missing: true });
  });

  it.each([
    ['a link to an ordinary file', 'link.csv', '是符号链接'],
    ['a link to /dev/zero', 'zero.csv', '是符号链接'],
    ['a dangling link', 'dangling.csv', '是符号链接'],
    ['a named pipe (without waiting for a writer)', 'pipe.csv', '是命名管道（FIFO）'],
    ['a folder', 'folder.csv', '是目录'],
  ])('refuses %s', async (_, name, kind) => {
    expect(await readRegularFile(join(dir, name))).toEqual({ kind });
  });

  it('refuses a device', async () => {
    expect(await readRegularFile('/dev/zero')).toEqual({ kind: '是设备文件' });
  });

  it('refuses a socket', async () => {
    const path = join(dir, 'socket.csv');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path, resolve));
    try {
      expect(await readRegularFile(path)).toEqual({ kind: '是套接字' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('folderKind(path)', () => {
  it.each([
    ['an ordinary folder', 'real', undefined],
    ['nothing at all', 'absent', undefined],
    ['a link to a folder', 'linked', '是符号链接'],
    ['a file', 'plain.csv', '是普通文件'],
    ['a named pipe', 'pipe.csv', '是命名管道（FIFO）'],
  ])('%s → %s', async (_, name, kind) => {
    expect(await folderKind(join(dir, name))).toBe(kind);
  });
});
