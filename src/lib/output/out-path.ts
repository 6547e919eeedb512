/**
 * Where the site may be written. The output folder is replaced as a whole, so it must never be
 * the project, a folder of the project's own (data, narrative, code), a folder the site is read
 * from, or a folder holding any file the build did not write (marker.ts decides which).
 */
import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { type FileList, type Owner, owner } from './marker.ts';

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
 * Why a folder the build would replace or delete is not its own; undefined when it is (or may
 * be: a site of an older build, decided when the new list is known). `what`: the folder in
 * words, with its path.
 */
export function refuseForeign(what: string, found: Owner): string | undefined {
  if (found.kind !== 'foreign') return undefined;
  const file = found.file === '.' ? '' : `中的 ${found.file} `;
  return `${what}${file}不是本项目构建写入的（${found.why}）：构建只替换或删除全部由它写入的目录，为免删除其他文件，已停止，未作任何改动。请把不属于站点的文件移走，或换一个不存在的目录、空目录作为输出目录；要发布到已有其他文件的网站目录，请把构建结果复制过去，而不要直接输出到那里。`;
}

/**
 * Why the existing `out` may not be replaced; undefined when it may (absent, empty, or every
 * file in it one the last build wrote). `against`: the list of the build about to be published,
 * which decides a site of an older build (fixed marker); without it such a site passes for now.
 * Called with the lock held, after tidyUp.
 */
export function refuseExistingOut(
  out: string,
  root: string,
  against?: FileList,
): string | undefined {
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
  return refuseForeign(`输出目录 ${shown}/ `, owner(out, against));
}
