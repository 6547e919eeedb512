import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  describeIoError,
  PublishError,
  removeNow,
  step,
} from '../../../src/lib/output/fs-steps.ts';
import { tempRoot } from '../support/folders.ts';

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
});

describe('removeNow(path)', () => {
  it('removes a folder with its content, a file, or nothing, and never throws', async () => {
    const dir = await tempRoot({ 'site/a/index.html': 'x', lock: '1\n' });
    removeNow(join(dir, 'site'));
    removeNow(join(dir, 'lock'));
    removeNow(join(dir, 'absent'));
    expect(existsSync(join(dir, 'site'))).toBe(false);
    expect(existsSync(join(dir, 'lock'))).toBe(false);
  });
});
