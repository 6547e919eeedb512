/**
 * Which folders a build may replace or delete, decided by what is in them, not by their names.
 * Every site a build publishes carries MARKER, which lists each file the build wrote (its size
 * and path) under an id that is a digest of that list. A folder is the build's own when every
 * file in it is one its marker lists, at the size the build wrote it; one foreign file (a page
 * someone added beside the site, a file changed since) makes the whole folder foreign, and the
 * build stops rather than delete it.
 *
 * The id is a digest, not a random token, so that two builds of the same input write the same
 * marker and stay byte-identical; a list edited by hand no longer matches it.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file every published site carries. */
export const MARKER = '.xinfang-site';

const HEADER =
  '此目录是信访局项目支出绩效自评站点的构建结果，每次构建都会整个替换它；请勿在此存放其他文件。';

/**
 * The whole marker of builds before the file list (one fixed line). Such a folder is replaced
 * only when every file in it is one the new build also writes (see `owner`).
 */
export const LEGACY_MARKER_TEXT = `${HEADER}\n`;

const EXPLAIN =
  '构建只在目录中每个文件都列在下面（字节数 路径）且大小未变时，才替换或删除这个目录。';

/** What a build wrote: relative path (forward slashes) → size in bytes. */
export type FileList = ReadonlyMap<string, number>;

/** Every regular file under `dir` but the marker, sorted by path; symlinks and the like too. */
export function listFiles(dir: string): Map<string, number> {
  const files = new Map<string, number>();
  const walk = (abs: string, rel: string): void => {
    const entries = readdirSync(abs, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (path === MARKER) continue;
      if (entry.isDirectory()) walk(join(abs, entry.name), path);
      else files.set(path, entry.isFile() ? lstatSync(join(abs, entry.name)).size : -1);
    }
  };
  walk(dir, '');
  return files;
}

function listLines(files: FileList): string[] {
  return [...files].map(([path, size]) => `${size} ${JSON.stringify(path)}`);
}

function digest(lines: readonly string[]): string {
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 32);
}

/** The marker of a build that wrote `files`. */
export function markerText(files: FileList): string {
  const lines = listLines(files);
  return [HEADER, EXPLAIN, `build ${digest(lines)}`, `files ${lines.length}`, ...lines, ''].join(
    '\n',
  );
}

const LINE = /^(\d{1,15}) ("(?:[^"\\]|\\.)*")$/;

/**
 * The list a marker holds; 'legacy' for the fixed marker of older builds; undefined when the
 * text is neither (damaged, edited by hand, or some other program's file of the same name).
 */
export function parseMarker(text: string): FileList | 'legacy' | undefined {
  if (text === LEGACY_MARKER_TEXT) return 'legacy';
  const lines = text.split('\n');
  const [header, explain, build, count, ...rest] = lines;
  if (header !== HEADER || explain !== EXPLAIN || rest.pop() !== '') return undefined;
  if (count !== `files ${rest.length}` || build !== `build ${digest(rest)}`) return undefined;
  const files = new Map<string, number>();
  for (const line of rest) {
    const match = LINE.exec(line);
    if (!match) return undefined;
    let path: unknown;
    try {
      path = JSON.parse(match[2] ?? '');
    } catch {
      return undefined;
    }
    if (typeof path !== 'string') return undefined;
    files.set(path, Number(match[1]));
  }
  return files;
}

/** Who a folder belongs to, as far as a build can tell. */
export type Owner =
  | { kind: 'absent' }
  /** No files at all (folders may be empty or nested): nothing to lose. */
  | { kind: 'empty' }
  | { kind: 'build'; files: FileList }
  /** The fixed marker of older builds, and `against` not given: undecided. */
  | { kind: 'legacy' }
  /** `file`: the first foreign file (relative path), `why`: what makes it foreign. */
  | { kind: 'foreign'; file: string; why: string };

/**
 * Who `dir` belongs to. A folder with the fixed marker of older builds is the build's when
 * every file in it is one `against` (the list of the build being published) also holds.
 */
export function owner(dir: string, against?: FileList): Owner {
  let stat;
  try {
    stat = lstatSync(dir);
  } catch {
    return { kind: 'absent' };
  }
  if (!stat.isDirectory()) return { kind: 'foreign', file: '.', why: '它不是文件夹' };
  const present = listFiles(dir);
  let text: string | undefined;
  try {
    text = readFileSync(join(dir, MARKER), 'utf8');
  } catch {
    text = undefined;
  }
  if (text === undefined) {
    const [first] = present.keys();
    return first === undefined
      ? { kind: 'empty' }
      : { kind: 'foreign', file: first, why: `目录中没有 ${MARKER} 标记文件` };
  }
  const listed = parseMarker(text);
  if (listed === undefined)
    return { kind: 'foreign', file: MARKER, why: '标记文件的内容无法识别或被改动过' };
  if (listed === 'legacy') {
    if (!against) return { kind: 'legacy' };
    for (const file of present.keys())
      if (!against.has(file))
        return { kind: 'foreign', file, why: '旧版本构建的站点中有本次构建不会写入的文件' };
    return { kind: 'build', files: against };
  }
  for (const [file, size] of present) {
    const wrote = listed.get(file);
    if (wrote === undefined)
      return { kind: 'foreign', file, why: '标记文件所列的构建文件中没有它' };
    if (size !== wrote)
      return {
        kind: 'foreign',
        file,
        why: size < 0 ? '它不是普通文件（如符号链接）' : '它与构建写入时的大小不同（已被改动）',
      };
  }
  return { kind: 'build', files: listed };
}
