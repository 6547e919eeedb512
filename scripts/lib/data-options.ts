/**
 * The options naming the data a command reads, in one place for `npm run build` and
 * `npm run check-data`: --data and --content (relative to the working folder, or absolute)
 * become XF_DATA_DIR and XF_CONTENT_DIR, which the build's loader reads (src/loaders/paths.ts);
 * without them those variables, as set, are used, else data/ and content/.
 */
import { resolve } from 'node:path';
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
 * The command line of `npm run check-data`: the data options, and, as before them, the data
 * folder alone (`npm run check-data -- other-data`). Throws, in Chinese, on anything else.
 */
export function checkDataEnv(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): NodeJS.ProcessEnv {
  let parsed;
  try {
    parsed = parseArgs({
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
  const { values, positionals } = parsed;
  if (positionals.length > 1 || (positionals.length === 1 && values.data !== undefined))
    throw new Error('数据目录只能给一个：用 --data 目录，或直接写目录');
  return dataEnv({ ...values, data: values.data ?? positionals[0] }, env, cwd);
}
