/**
 * The options naming the data a command reads, in one place for `npm run build`,
 * `npm run check-data` and `npm run new-year`: --data and --content (relative to the working folder, or absolute)
 * become XF_DATA_DIR and XF_CONTENT_DIR, which the build's loader reads (src/loaders/paths.ts);
 * without them those variables, as set, are used, else data/ and content/.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** The data options, as node:util parseArgs takes them. */
export const DATA_OPTIONS = {
  data: { type: 'string' },
  content: { type: 'string' },
} as const;

/** Which variable each data option sets. */
const VARIABLES = { data: 'XF_DATA_DIR', content: 'XF_CONTENT_DIR' } as const;

/** An option given without its folder (`--data` last, or `--data --quiet`), in Chinese. */
export function missingFolder(name: string, example = name): string {
  return `--${name} 后面需要一个目录，例如 --${name} ${example}`;
}

/**
 * The environment for a command reading the data: `env` with XF_DATA_DIR and XF_CONTENT_DIR
 * set, as absolute paths, from --data and --content when given. Throws (the message in
 * Chinese) on an option without its folder.
 */
export function dataEnv(
  values: Partial<Record<keyof typeof DATA_OPTIONS, unknown>>,
  env: NodeJS.ProcessEnv,
  cwd: string,
): NodeJS.ProcessEnv {
  const out = { ...env };
  for (const name of ['data', 'content'] as const) {
    const value = values[name];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value === '') throw new Error(missingFolder(name));
    out[VARIABLES[name]] = resolve(cwd, value);
  }
  return out;
}

/**
 * The data options and the positionals of a command line; throws, in Chinese, on an unknown
 * option or a data option without its folder.
 */
function parseDataArgs(argv: readonly string[]): {
  values: Partial<Record<keyof typeof DATA_OPTIONS, string>>;
  positionals: string[];
} {
  try {
    return parseArgs({
      args: [...argv],
      options: DATA_OPTIONS,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const option = /'(-[^']*)'/.exec((error as Error).message)?.[1];
    if ((error as { code?: string }).code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option)
      throw new Error(missingFolder(option.replace(/^-+/, '').split(' ')[0] ?? ''), {
        cause: error,
      });
    throw new Error(
      `不认识的参数${option ? ` ${option}` : ''}：可用 --data 数据目录、--content 叙述目录（也可用环境变量 XF_DATA_DIR、XF_CONTENT_DIR）`,
      { cause: error },
    );
  }
}

/**
 * The command line of `npm run check-data`: the data options, and, as before them, the data
 * folder alone (`npm run check-data -- other-data`). Throws, in Chinese, on anything else.
 */
export function checkDataEnv(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): NodeJS.ProcessEnv {
  const { values, positionals } = parseDataArgs(argv);
  if (positionals.length > 1 || (positionals.length === 1 && values.data !== undefined))
    throw new Error('数据目录只能给一个：用 --data 目录，或直接写目录');
  return dataEnv({ ...values, data: values.data ?? positionals[0] }, env, cwd);
}

/** What a command that writes into the data and narrative folders (new-year) is given. */
export interface WriteCommand {
  /** The arguments left once the data options are taken out. */
  args: string[];
  /** The folders, relative to the working folder (forward slashes), each an existing folder. */
  dataDir: string;
  contentDir: string;
}

/**
 * The command line of `npm run new-year`: its own arguments and the data options (or
 * XF_DATA_DIR / XF_CONTENT_DIR), checked before anything is written. A folder named must exist
 * (nothing is created elsewhere on a typo); none may be the project folder or one above it (a
 * year would be written beside src/), and must differ (a year's data and narrative would land
 * in one folder). Throws, in Chinese, naming the option.
 */
export function writeCommand(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  isFolder: (path: string) => boolean,
): WriteCommand {
  const { values, positionals } = parseDataArgs(argv);
  const set = dataEnv(values, env, cwd);
  const dirs = { data: 'data', content: 'content' } as Record<'data' | 'content', string>;
  for (const name of ['data', 'content'] as const) {
    const given = set[VARIABLES[name]];
    const how = values[name] !== undefined ? `--${name}` : given ? VARIABLES[name] : `--${name}`;
    const abs = resolve(cwd, given || dirs[name]);
    const rel = relative(abs, cwd);
    if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel)))
      throw new Error(
        `${how} 指向项目目录${rel === '' ? '本身' : '的上级目录'}（${abs}）：新年度会写在那里；请指向${name === 'data' ? '数据目录，如 --data data' : '叙述目录，如 --content content'}`,
      );
    // Only a folder named on purpose must exist: by default data/ and content/ are made.
    if (given && !isFolder(abs)) throw new Error(`${how} 的目录不存在：${abs}`);
    dirs[name] = relative(cwd, abs).split('\\').join('/') || '.';
  }
  if (resolve(cwd, dirs.data) === resolve(cwd, dirs.content))
    throw new Error(`数据目录和叙述目录不能是同一个目录（${resolve(cwd, dirs.data)}）`);
  return { args: positionals, dataDir: dirs.data, contentDir: dirs.content };
}
