/**
 * Every option of a build, read and checked in one place: the flags of `npm run build` and the
 * XF_* environment variables. Nothing here reads the environment itself — the caller hands in
 * the process's environment and arguments (scripts/build.ts, astro.config.mjs), so the rest of the code
 * receives a typed, checked Settings object as an argument and src/lib reads no environment.
 *
 * `npm run build --data x` starts Astro in a child process, which only sees environment
 * variables: the flags are turned into their variables there (settingsEnv), and Astro's
 * configuration reads them back with readSettings(). docs/settings.md has the table.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface Settings {
  /** The sub-path the site is served from, `/xinfang/jixiao/` (XF_BASE). */
  base: string;
  /** Folders the site is read from and writes to; relative ones to the project root. */
  dataDir?: string;
  contentDir?: string;
  /** One cache folder for every build (XF_CACHE_DIR); else one per output folder. */
  cacheDir?: string;
  /** Where the ledger pages are written (XF_LEDGER_DIR); else under the cache folder. */
  ledgerDir?: string;
  /** Rows per ledger page (XF_PAGE_SIZE); else the ledger module's default. */
  pageSize?: number;
  /** Minutes to wait for another build of the same output (XF_LOCK_WAIT, --wait), as given. */
  lockWait?: string;
  /** A stale figure in the narrative fails the build instead of warning (XF_STRICT_FIGURES=1). */
  strictFigures: boolean;
}

/** What `npm run build` was asked: the settings, and what goes to `astro build` as written. */
export interface BuildCommand {
  settings: Settings;
  /** Astro's output folder (--outDir, or its older name --out). */
  outDir?: string;
  /** --quiet: Astro's --silent (errors still print). */
  quiet: boolean;
  /** Every other flag (--force, --verbose, …) for Astro, in the order given. */
  astroArgs: string[];
}

type Key = Exclude<keyof Settings, 'base' | 'strictFigures' | 'lockWait'>;

interface FolderOption {
  key: Key & ('dataDir' | 'contentDir' | 'cacheDir' | 'ledgerDir');
  env: string;
  flag?: string;
  what: string;
}

/** The options naming a folder, each with its variable and, for some, its build flag. */
const FOLDERS: readonly FolderOption[] = [
  { key: 'dataDir', env: 'XF_DATA_DIR', flag: 'data', what: '数据目录' },
  { key: 'contentDir', env: 'XF_CONTENT_DIR', flag: 'content', what: '叙述目录' },
  { key: 'cacheDir', env: 'XF_CACHE_DIR', flag: 'cache', what: '缓存目录' },
  { key: 'ledgerDir', env: 'XF_LEDGER_DIR', what: '台账页目录' },
];

/** What a folder flag's error message shows as an example. */
const FLAG_EXAMPLES: Readonly<Record<string, string>> = {
  data: 'data',
  content: 'content',
  cache: '/tmp/xinfang-cache',
};

/** Every environment variable a build reads; any other XF_* name is a mistake. */
export const SETTING_VARIABLES = [
  'XF_BASE',
  ...FOLDERS.map((f) => f.env),
  'XF_PAGE_SIZE',
  'XF_STRICT_FIGURES',
  'XF_LOCK_WAIT',
] as const;

/** Largest XF_PAGE_SIZE: a page of more rows would be too large for a browser to show well. */
export const MAX_PAGE_SIZE = 100_000;

/** Bad options, every one of them, one line each. */
export class SettingsError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`构建选项有误：\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'SettingsError';
    this.problems = problems;
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/** The settings in `env` (XF_* variables), checked; throws a SettingsError naming every bad one. */
export function readSettings(env: Env): Settings {
  const problems: string[] = [];
  const settings = fromEnv(env, problems);
  if (problems.length > 0) throw new SettingsError(problems);
  return settings;
}

function fromEnv(env: Env, problems: string[]): Settings {
  for (const name of Object.keys(env).sort()) {
    if (name.startsWith('XF_') && !(SETTING_VARIABLES as readonly string[]).includes(name))
      problems.push(`未知的环境变量 ${name}，可用的有 ${SETTING_VARIABLES.join('、')}`);
  }
  const settings: Settings = { base: '/', strictFigures: false };
  const value = (name: string): string | undefined => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? undefined : v;
  };

  const base = value('XF_BASE');
  if (base !== undefined) readBase(base, '环境变量 XF_BASE', settings, problems);
  for (const { key, env: name, what } of FOLDERS) {
    const dir = value(name);
    if (dir === undefined) continue;
    if (dir.includes('\0')) problems.push(`环境变量 ${name}（${what}）含有空字符`);
    else settings[key] = dir;
  }
  const pageSize = value('XF_PAGE_SIZE');
  if (pageSize !== undefined) {
    const n = /^\d{1,6}$/.test(pageSize.trim()) ? Number(pageSize.trim()) : NaN;
    if (n >= 1 && n <= MAX_PAGE_SIZE) settings.pageSize = n;
    else
      problems.push(
        `环境变量 XF_PAGE_SIZE（台账每页行数）应为 1 到 ${MAX_PAGE_SIZE} 之间的整数，如 1000`,
      );
  }
  // Checked where it is used, with the lock (src/lib/output/build-lock.ts, lockWaitMs).
  const lockWait = value('XF_LOCK_WAIT');
  if (lockWait !== undefined) settings.lockWait = lockWait;
  const strict = value('XF_STRICT_FIGURES');
  if (strict === '1') settings.strictFigures = true;
  else if (strict !== undefined && strict !== '0')
    problems.push(
      '环境变量 XF_STRICT_FIGURES（叙述中过时的数字是否报错）应为 1（报错）或 0（警告）',
    );
  return settings;
}

/** A sub-path the site can be served from: one leading slash (`//host/` is another site). */
function readBase(value: string, what: string, settings: Settings, problems: string[]): void {
  if (/^\/(?!\/)[^\s?#\\]*$/.test(value)) settings.base = value;
  else
    problems.push(
      `${what}（网站所在路径）应以一个 / 开头（不是 //）、不含空白、?、# 或 \\，如 /xinfang/jixiao/`,
    );
}

/**
 * `npm run build`'s arguments and environment, checked together: a flag wins over its variable
 * (--data over XF_DATA_DIR, --base over XF_BASE), and a folder given as a flag is relative to
 * `cwd`. Astro then reads them back from the environment (settingsEnv), checked as they were.
 */
export function readBuildCommand(argv: readonly string[], env: Env, cwd: string): BuildCommand {
  const { values, tokens } = parseArgs({
    args: [...argv],
    options: {
      out: { type: 'string' },
      outDir: { type: 'string' },
      data: { type: 'string' },
      content: { type: 'string' },
      cache: { type: 'string' },
      base: { type: 'string' },
      wait: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
    strict: false,
    tokens: true,
  });
  const problems: string[] = [];
  const flag = (name: string): string | undefined => {
    const v = values[name];
    if (v === undefined) return undefined;
    if (typeof v === 'string' && v.trim() !== '' && !v.startsWith('-')) return v;
    problems.push(`--${name} 后面需要一个目录，例如 --${name} ${FLAG_EXAMPLES[name] ?? 'dist'}`);
    return undefined;
  };
  const settings = fromEnv(env, problems);
  for (const { key, flag: name } of FOLDERS) {
    const dir = name === undefined ? undefined : flag(name);
    if (dir !== undefined) settings[key] = resolve(cwd, dir);
  }
  const base = values['base'];
  if (typeof base === 'string') readBase(base, '--base', settings, problems);
  else if (base !== undefined)
    problems.push('--base 后面需要网站所在路径，例如 --base /xinfang/jixiao/');
  const wait = values['wait'];
  if (typeof wait === 'string') settings.lockWait = wait;
  else if (wait !== undefined) problems.push('--wait 后面需要一个分钟数，例如 --wait 10');
  const outDir = flag('outDir') ?? flag('out');
  if (values['quiet'] !== undefined && typeof values['quiet'] !== 'boolean')
    problems.push('--quiet 不带值');
  if (problems.length > 0) throw new SettingsError(problems);

  const ours = new Set(['out', 'outDir', 'data', 'content', 'cache', 'base', 'wait', 'quiet']);
  const astroArgs: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'option' && ours.has(token.name)) continue;
    if (token.kind === 'option') {
      astroArgs.push(argv[token.index] ?? '');
      if (token.value !== undefined && token.inlineValue === false) astroArgs.push(token.value);
    } else if (token.kind === 'positional') astroArgs.push(token.value);
  }
  const command: BuildCommand = { settings, quiet: values['quiet'] === true, astroArgs };
  if (outDir !== undefined) command.outDir = outDir;
  return command;
}

/** The variables that make readSettings() in a child process return `settings` again. */
export function settingsEnv(settings: Settings): Record<string, string> {
  const env: Record<string, string> = {};
  if (settings.base !== '/') env['XF_BASE'] = settings.base;
  for (const { key, env: name } of FOLDERS) {
    const dir = settings[key];
    if (dir !== undefined) env[name] = dir;
  }
  if (settings.pageSize !== undefined) env['XF_PAGE_SIZE'] = String(settings.pageSize);
  if (settings.strictFigures) env['XF_STRICT_FIGURES'] = '1';
  if (settings.lockWait !== undefined) env['XF_LOCK_WAIT'] = settings.lockWait;
  return env;
}
