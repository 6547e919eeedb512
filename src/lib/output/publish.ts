/**
 * Publishing a build: where the site may be written, and how it replaces the last one.
 *
 * The output folder is replaced as a whole, so it must never be the project, a folder of the
 * project's own (data, narrative, code), or a folder someone else keeps files in. The new site
 * is built into a staging folder next to the output (same parent, so the same filesystem) and
 * swapped in with two renames once it passed every check; a lock file next to the output keeps
 * two builds from swapping at once, and the next build tidies up after one that was killed.
 *
 *   <parent>/<name>            the published site, with MARKER in it
 *   <parent>/.<name>-staging   the build being made
 *   <parent>/.<name>-previous  the old site, only between the two renames
 *   <parent>/.<name>-lock      the pid of the build working on <name>
 */
import {
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
} from 'node:fs';
import { cp, mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The file every published site carries: a folder holding it was written by this build. */
export const MARKER = '.xinfang-site';

/** Fixed text, so two builds of the same input stay byte-identical. */
export const MARKER_TEXT =
  '此目录是信访局项目支出绩效自评站点的构建结果，每次构建都会整个替换它；请勿在此存放其他文件。\n';

/** Folders of the project the output may not be, lie in, or contain. */
export const PROTECTED_DIRS: readonly { dir: string; what: string }[] = [
  { dir: 'data', what: '数据目录' },
  { dir: 'content', what: '叙述目录' },
  { dir: 'src', what: '源代码' },
  { dir: 'public', what: '站点静态文件的来源' },
  { dir: 'templates', what: '模板' },
  { dir: 'scripts', what: '脚本' },
  { dir: 'test', what: '测试' },
  { dir: 'node_modules', what: '依赖包' },
  { dir: '.git', what: 'Git 仓库' },
  { dir: '.astro', what: 'Astro 生成的类型' },
];

/** A build that must not go on; its message says why, in full, and nothing was touched. */
export class PublishError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PublishError';
    // Astro prints an error's stack under its message; this message is the whole story.
    this.stack = '';
  }
}

/** The real path of `path`, symlinks resolved, whether or not it exists yet. */
export function realPath(path: string): string {
  const abs = resolve(path);
  let existing = abs;
  const rest: string[] = [];
  while (!existsSync(existing)) {
    const parent = dirname(existing);
    if (parent === existing) break;
    rest.unshift(basename(existing));
    existing = parent;
  }
  let real = existing;
  try {
    real = realpathSync(existing);
  } catch {
    // An unreadable ancestor: compare the path as written.
  }
  return join(real, ...rest);
}

/** `a` is `b` or lies inside it. */
export function within(a: string, b: string): boolean {
  return a === b || a.startsWith(b.endsWith(sep) ? b : b + sep);
}

/** How a path is shown in messages: relative to the project when inside it. */
export function shownPath(path: string, root: string): string {
  const rel = relative(root, path);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/');
}

export interface OutRules {
  /** The project folder. */
  root: string;
  /** Folders the site is read from, wherever they are (XF_DATA_DIR, XF_CONTENT_DIR). */
  inputs: readonly { dir: string; what: string }[];
}

const REPLACES = '构建会用新站点整个替换输出目录，因此不能输出到这里；已停止，未作任何改动。';

/**
 * Why `out` may not receive the site, from its path alone; undefined when it may. `out` and
 * every folder in `rules` are compared by their real paths.
 */
export function refuseOutPath(out: string, rules: OutRules): string | undefined {
  const real = realPath(out);
  const root = realPath(rules.root);
  const shown = shownPath(real, root);
  if (dirname(real) === real) return `输出目录 ${shown} 是文件系统的根目录：${REPLACES}`;
  if (real === root) return `输出目录 ${shown} 就是项目目录：${REPLACES}`;
  if (within(root, real)) return `输出目录 ${shown} 是项目目录的上级目录：${REPLACES}`;
  const guarded = [
    ...PROTECTED_DIRS.map((p) => ({ dir: join(root, p.dir), what: p.what })),
    ...rules.inputs,
  ];
  for (const { dir, what } of guarded) {
    const realDir = realPath(dir);
    const name = `${shownPath(realDir, root)}/（${what}）`;
    if (real === realDir) return `输出目录 ${shown} 就是 ${name}：${REPLACES}`;
    if (within(real, realDir)) return `输出目录 ${shown} 位于 ${name}之内：${REPLACES}`;
    if (within(realDir, real)) return `输出目录 ${shown} 包含 ${name}：${REPLACES}`;
  }
  return undefined;
}

/**
 * Why the existing `out` may not be replaced; undefined when it may (absent, empty, or a site
 * this build wrote). Called with the lock held, after tidyUp.
 */
export function refuseExistingOut(out: string, root: string): string | undefined {
  const shown = shownPath(out, realPath(root));
  let stat;
  try {
    stat = lstatSync(out);
  } catch {
    return undefined;
  }
  if (!stat.isDirectory())
    return `输出目录 ${shown} 已存在，但它是一个文件而不是文件夹：已停止，未作任何改动。`;
  if (statSync(dirname(out)).dev !== stat.dev)
    return `输出目录 ${shown} 是一个挂载点（与上级目录不在同一文件系统）：发布要在同一文件系统上整个替换输出目录，挂载点本身不能被替换。请输出到它下面的一个子目录，如 ${shown}/site。已停止，未作任何改动。`;
  if (readdirSync(out).length > 0 && !existsSync(join(out, MARKER)))
    return `输出目录 ${shown} 已有其他文件，且不是本项目构建的站点（其中没有 ${MARKER} 标记文件）：构建会整个替换输出目录，为免删除这些文件，已停止，未作任何改动。请指定一个不存在的目录或空目录；若它确是旧版本构建的站点，请先手动删除它。`;
  return undefined;
}

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

/** Whether a process with this pid runs on this machine. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface LockOwner {
  pid: number;
  host: string;
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return Infinity;
  }
}

function readOwner(lock: string): LockOwner | undefined {
  try {
    const [pid, host] = readFileSync(lock, 'utf8').split('\n');
    return { pid: Number(pid), host: host ?? '' };
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock file `lock`, waiting while another live build holds it. A lock left by a build
 * that died (its pid no longer runs on this host), or by this very process, is taken over.
 * Resolves to the function that gives it back.
 */
export async function acquireLock(
  lock: string,
  options: { onWait?: (owner: LockOwner) => void; pollMs?: number } = {},
): Promise<() => void> {
  const me = `${process.pid}\n${hostname()}\n`;
  let told = false;
  for (;;) {
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(me);
      await handle.close();
      return () => {
        // Only our own lock is removed: a build that took over a lock it thought stale keeps it.
        if (readOwner(lock)?.pid === process.pid) rmQuietly(lock);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
        throw new PublishError(describeIoError(error, '创建锁文件', lock));
    }
    const owner = readOwner(lock);
    // A lock with no pid in it is being written right now, or was cut short by a kill: only the
    // latter stays that way for seconds.
    const garbled = owner !== undefined && !(Number.isInteger(owner.pid) && owner.pid > 0);
    const stale =
      owner !== undefined &&
      (garbled
        ? ageMs(lock) > 5_000
        : owner.host === hostname() && (owner.pid === process.pid || !alive(owner.pid)));
    if (stale) {
      rmQuietly(lock);
      continue;
    }
    if (owner === undefined && !existsSync(lock)) continue;
    if (!told && owner && !garbled) {
      options.onWait?.(owner);
      told = true;
    }
    await new Promise((r) => setTimeout(r, options.pollMs ?? 250));
  }
}

function rmQuietly(path: string): void {
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
