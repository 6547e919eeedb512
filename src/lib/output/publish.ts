/**
 * Publishing a build: how it replaces the last one (where it may be written: out-path.ts).
 *
 * The new site is built into a staging folder next to the output (same parent, so the same
 * filesystem) and swapped in with two renames once it passed every check; a lock file next to
 * the output keeps two builds from swapping at once (build-lock.ts), and the next build tidies
 * up after one that was killed.
 *
 *   <parent>/<name>            the published site, with MARKER in it
 *   <parent>/.<name>-staging   the build being made
 *   <parent>/.<name>-previous  the old site, only between the two renames
 *   <parent>/.<name>-lock      the pid of the build working on <name>
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describeIoError, PublishError, step } from './fs-steps.ts';
import { MARKER, MARKER_TEXT } from './out-path.ts';

export interface Siblings {
  staging: string;
  previous: string;
  lock: string;
}

/** The folders and lock file a build of `out` keeps next to it (real path expected). */
export function siblings(out: string): Siblings {
  const parent = dirname(out);
  const name = basename(out);
  return {
    staging: join(parent, `.${name}-staging`),
    previous: join(parent, `.${name}-previous`),
    lock: join(parent, `.${name}-lock`),
  };
}

/**
 * Puts things right after a build that was killed, with the lock held: a `previous` folder is
 * the old site (restored when the output is missing, killed between the two renames; removed
 * otherwise), and a staging folder is an unfinished build. Returns what it did, for the log.
 */
export async function tidyUp(out: string, build?: string): Promise<string[]> {
  const { staging, previous } = siblings(out);
  const done: string[] = [];
  if (build && build !== staging && existsSync(build)) {
    await step('删除', build, () => rm(build, { recursive: true, force: true }));
    done.push('删除了上一次未完成构建的中间目录');
  }
  if (existsSync(previous)) {
    if (!existsSync(out)) {
      await step('恢复上一次的站点到', out, () => rename(previous, out));
      done.push('恢复了上一次构建中断时移开的旧站点');
    } else {
      await step('删除', previous, () => rm(previous, { recursive: true, force: true }));
      done.push('删除了上一次构建留下的旧站点副本');
    }
  }
  if (existsSync(staging)) {
    await step('删除', staging, () => rm(staging, { recursive: true, force: true }));
    done.push('删除了上一次未完成构建的暂存目录');
  }
  return done;
}

/**
 * Moves a checked build from where Astro wrote it to the staging folder next to the output:
 * a rename on the same filesystem, else a copy (then the original removed). A failed copy
 * (a full disk, no permission) removes what it wrote; the published site is not touched.
 */
export async function moveToStaging(build: string, staging: string): Promise<void> {
  try {
    await rename(build, staging);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV')
      throw new PublishError(describeIoError(error, '把新站点移到暂存目录', staging));
  }
  try {
    await cp(build, staging, { recursive: true, errorOnExist: true, force: false });
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw new PublishError(describeIoError(error, '把新站点复制到暂存目录', staging));
  }
  await rm(build, { recursive: true, force: true }).catch(() => undefined);
}

/** Makes sure the folder the output and its staging live in exists. */
export async function prepareParent(out: string): Promise<void> {
  await step('创建输出目录的上级目录', dirname(out), () =>
    mkdir(dirname(out), { recursive: true }).then(() => undefined),
  );
}

/**
 * Swaps the checked staging folder in for `out`: the old site is moved aside, the new one
 * renamed into place, the old one removed. A failure of the second rename puts the old site
 * back. Every step is a rename within one folder, so never a copy across filesystems.
 */
export async function publish(out: string): Promise<void> {
  const { staging, previous } = siblings(out);
  await step('写入标记文件', join(staging, MARKER), () =>
    writeFile(join(staging, MARKER), MARKER_TEXT),
  );
  const hadOld = existsSync(out);
  if (hadOld) await step('移开旧站点', out, () => rename(out, previous));
  try {
    await step('发布新站点到', out, () => rename(staging, out));
  } catch (error) {
    if (hadOld) await rename(previous, out).catch(() => undefined);
    throw error;
  }
  if (hadOld) await rm(previous, { recursive: true, force: true }).catch(() => undefined);
}

/** The marker of a folder, for tests: whether a build wrote it. */
export async function isBuiltSite(dir: string): Promise<boolean> {
  try {
    return (await readFile(join(dir, MARKER), 'utf8')) === MARKER_TEXT;
  } catch {
    return false;
  }
}
