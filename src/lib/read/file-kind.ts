/**
 * Only ordinary files and folders are read. A symbolic link could point outside the project (or
 * at /dev/zero), a named pipe or device would make a read hang or never end, and a socket cannot
 * be read at all: each is refused with a message that says what is there instead of "missing".
 *
 * Files are opened with O_NOFOLLOW and O_NONBLOCK and checked again on the open handle, so a file
 * swapped for a link or a pipe between listing the folder and reading it is refused too.
 */
import { constants } from 'node:fs';
import type { Dirent, Stats } from 'node:fs';
import { lstat, open } from 'node:fs/promises';

/** What a non-regular entry is, in words for a message: `是符号链接`, or undefined for a file. */
export function entryKind(entry: Dirent | Stats): string | undefined {
  if (entry.isSymbolicLink()) return '是符号链接';
  if (entry.isFIFO()) return '是命名管道（FIFO）';
  if (entry.isSocket()) return '是套接字';
  if (entry.isBlockDevice() || entry.isCharacterDevice()) return '是设备文件';
  if (entry.isDirectory()) return '是目录';
  if (entry.isFile()) return undefined;
  return '不是普通文件';
}

/** The message for an entry that should be an ordinary file. */
export function notAFileMessage(kind: string): string {
  return kind === '是目录'
    ? '是目录，不是普通文件；此处应为一个文件'
    : `${kind}，不是普通文件；站点只读取项目内的普通文件（符号链接可能指向项目以外，管道和设备文件读取时会挂起），请把文件本身复制到这里`;
}

/** The message for an entry that should be an ordinary folder. */
export function notAFolderMessage(kind: string): string {
  return `${kind}，不是普通目录；站点只读取项目内的普通目录（符号链接可能指向项目以外），请把目录本身复制到这里`;
}

const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const NONBLOCK = constants.O_NONBLOCK ?? 0;

export type ReadResult =
  | { bytes: Buffer; missing?: undefined; kind?: undefined }
  | { missing: true; bytes?: undefined; kind?: undefined }
  | { kind: string; bytes?: undefined; missing?: undefined };

/** Reads an ordinary file; says what is there instead when it is a link, pipe, device or folder. */
export async function readRegularFile(path: string): Promise<ReadResult> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | NOFOLLOW | NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { missing: true };
    // ELOOP (Linux) or EMLINK (BSD): the last component is a symbolic link.
    const stats = await lstat(path).catch(() => undefined);
    if (stats) return { kind: entryKind(stats) ?? '无法读取' };
    return { missing: true };
  }
  try {
    const stats = await handle.stat();
    const kind = entryKind(stats);
    if (kind !== undefined) return { kind };
    return { bytes: await handle.readFile() };
  } finally {
    await handle.close();
  }
}

/** What a path that should be a folder is instead, or undefined for a folder or nothing. */
export async function folderKind(path: string): Promise<string | undefined> {
  const stats = await lstat(path).catch(() => undefined);
  if (!stats || stats.isDirectory()) return undefined;
  return entryKind(stats) ?? '是普通文件';
}
