/**
 * The filesystem steps of publishing: a failed step becomes a PublishError that says in Chinese
 * what was being done, where, and why; a leftover is removed on a best-effort basis.
 */
import { rmSync } from 'node:fs';

/** A build that must not go on; its message says why, in full, and nothing was touched. */
export class PublishError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PublishError';
    // Astro prints an error's stack under its message; this message is the whole story.
    this.stack = '';
  }
}

const IO_REASONS: Record<string, string> = {
  EACCES: '没有权限',
  EPERM: '操作不被允许（权限不足，或文件被锁定）',
  ENOSPC: '磁盘空间已满',
  EDQUOT: '超出了磁盘配额',
  EROFS: '所在的文件系统是只读的',
  ENOTDIR: '路径中有一段是文件而不是文件夹',
  EISDIR: '这里是一个文件夹而不是文件',
  ENOENT: '路径不存在',
  EEXIST: '已有同名文件',
  ENOTEMPTY: '目标文件夹不是空的',
  EBUSY: '正被其他程序占用（或是挂载点）',
  EXDEV: '不在同一文件系统上，无法直接重命名',
  EIO: '磁盘读写错误',
  ENAMETOOLONG: '路径太长',
  ELOOP: '符号链接形成了循环',
  EMFILE: '同时打开的文件太多',
};

/** An I/O failure in words: what was being done, where, and why (the code kept for searches). */
export function describeIoError(error: unknown, action: string, path: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code ? (IO_REASONS[code] ?? '读写出错') : '读写出错';
  return `无法${action} ${path}：${reason}${code ? `（${code}）` : ''}`;
}

/** Runs an fs step; a failure becomes a PublishError naming the step, the path and the cause. */
export async function step<T>(action: string, path: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new PublishError(describeIoError(error, action, path));
  }
}

export function rmQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // Best effort: a leftover is tidied by the next build.
  }
}

/** Removes a folder or file now, synchronously (exit handlers). */
export function removeNow(path: string): void {
  rmQuietly(path);
}
