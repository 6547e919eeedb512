/**
 * Publishing a build: how it replaces the last one (where it may be written: out-path.ts).
 *
 * The new site is moved, checked, into a staging folder next to the output (same parent, so
 * the same filesystem) and swapped in with two renames once it passed every check; a lock file next to
 * the output keeps two builds from swapping at once (build-lock.ts), and the next build tidies
 * up after one that was killed.
 *
 *   <parent>/<name>            the published site, with MARKER (the list of its files) in it
 *   <parent>/.<name>-staging   the checked build, with its MARKER, until it is swapped in
 *   <parent>/.<name>-previous  the old site, only between the two renames
 *   <parent>/.<name>-lock      the pid (and start time) of the build working on <name>
 *
 * Astro itself builds under the project's .astro/builds/, a folder no one else writes to.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describeIoError, PublishError, step } from './fs-steps.ts';
import { type FileList, listFiles, MARKER, markerText, owner } from './marker.ts';
import { realPath, refuseExistingOut, refuseForeign, shownPath } from './out-path.ts';

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
 * otherwise), a staging folder is a checked build that was not swapped in, and `build` (under
 * the project's .astro/) an unfinished one. `previous` and staging are touched only when every
 * file in them is one their marker lists; otherwise nothing is, and the error names the file.
 * Returns what it did, for the log.
 */
export async function tidyUp(out: string, build?: string, root = dirname(out)): Promise<string[]> {
  const { staging, previous } = siblings(out);
  const previousOwner = owner(previous);
  const stagingOwner = owner(staging);
  for (const [dir, found] of [
    [previous, previousOwner],
    [staging, stagingOwner],
  ] as const) {
    const what = `输出目录旁的 ${shownPath(dir, realPath(root))}/ `;
    const refusal =
      refuseForeign(what, found) ??
      (found.kind === 'legacy'
        ? `${what}是旧版本构建留下的，无法确认其中每个文件都由构建写入：已停止，未作任何改动。请查看后手动删除它（若输出目录不存在，它可能是上一次的站点，可改名为输出目录）。`
        : undefined);
    if (refusal) throw new PublishError(refusal);
  }
  const done: string[] = [];
  if (build && build !== staging && existsSync(build)) {
    await step('删除', build, () => rm(build, { recursive: true, force: true }));
    done.push('删除了上一次未完成构建的中间目录');
  }
  if (previousOwner.kind !== 'absent') {
    if (!existsSync(out)) {
      await step('恢复上一次的站点到', out, () => rename(previous, out));
      done.push('恢复了上一次构建中断时移开的旧站点');
    } else {
      await step('删除', previous, () => rm(previous, { recursive: true, force: true }));
      done.push('删除了上一次构建留下的旧站点副本');
    }
  }
  if (stagingOwner.kind !== 'absent') {
    await step('删除', staging, () => rm(staging, { recursive: true, force: true }));
    done.push('删除了上一次未完成构建的暂存目录');
  }
  return done;
}

/**
 * Moves a checked build from where Astro wrote it to the staging folder next to the output,
 * its marker listing every file written first: a rename on the same filesystem, else a copy
 * (marker first, so that a copy cut short is still a folder the next build may remove; then the
 * original removed). A failed copy (a full disk, no permission) removes what it wrote; the
 * published site is not touched. Returns the list of files, for `publish`.
 */
export async function moveToStaging(build: string, staging: string): Promise<FileList> {
  const files = await step('列出新站点的文件', build, async () => listFiles(build));
  const marker = markerText(files);
  await step('写入标记文件', join(build, MARKER), () => writeFile(join(build, MARKER), marker));
  try {
    await rename(build, staging);
    return files;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV')
      throw new PublishError(describeIoError(error, '把新站点移到暂存目录', staging));
  }
  try {
    await mkdir(staging);
    await writeFile(join(staging, MARKER), marker);
    for (const name of await readdir(build))
      if (name !== MARKER)
        await cp(join(build, name), join(staging, name), {
          recursive: true,
          errorOnExist: true,
          force: false,
        });
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw new PublishError(describeIoError(error, '把新站点复制到暂存目录', staging));
  }
  await rm(build, { recursive: true, force: true }).catch(() => undefined);
  return files;
}

/** Makes sure the folder the output and its staging live in exists. */
export async function prepareParent(out: string): Promise<void> {
  await step('创建输出目录的上级目录', dirname(out), () =>
    mkdir(dirname(out), { recursive: true }).then(() => undefined),
  );
}

/**
 * Swaps the checked staging folder in for `out`, once `out` is found to be the build's own
 * (every file one its marker lists, or, for a site of an older build, one `files` — the new
 * build's list — holds): the old site is moved aside, the new one renamed into place, the old
 * one removed. A failure of the second rename puts the old site back. Every step is a rename
 * within one folder, so never a copy across filesystems.
 */
export async function publish(out: string, files: FileList, root = dirname(out)): Promise<void> {
  const { staging, previous } = siblings(out);
  const refusal = refuseExistingOut(out, root, files);
  if (refusal) throw new PublishError(refusal);
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

/** Whether a build wrote `dir` (its marker lists every file in it), for tests. */
export function isBuiltSite(dir: string): boolean {
  return owner(dir).kind === 'build';
}
