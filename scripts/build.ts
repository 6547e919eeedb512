/**
 * `npm run build`: builds the site into a staging folder and, only when everything succeeded,
 * swaps it in for the output folder. A failed build prints every problem and leaves the last
 * good site exactly as it was.
 *
 *   node scripts/build.ts [--out dist] [--data data] [--content content] [--base /] [--cache dir]
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DataError, formatProblem } from '../src/lib/problems.ts';

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
    data: { type: 'string' },
    content: { type: 'string' },
    base: { type: 'string' },
    cache: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});

const root = process.cwd();
const out = resolve(root, values.out ?? 'dist');
const staging = join(dirname(out), `.${out.split(/[\\/]/).pop() ?? 'dist'}-staging`);
const previous = join(dirname(out), `.${out.split(/[\\/]/).pop() ?? 'dist'}-previous`);
if (values.data) process.env['XF_DATA_DIR'] = resolve(root, values.data);
if (values.content) process.env['XF_CONTENT_DIR'] = resolve(root, values.content);
if (values.base) process.env['XF_BASE'] = values.base;
if (values.cache) process.env['XF_CACHE_DIR'] = resolve(root, values.cache);

/** The first DataError in an error's cause chain: Astro wraps what a loader throws. */
function findDataError(error: unknown): DataError | undefined {
  let e: unknown = error;
  for (let depth = 0; e && depth < 10; depth++) {
    if (e instanceof DataError) return e;
    if (e instanceof Error && e.name === 'DataError' && 'problems' in e) return e as DataError;
    e = e instanceof Error ? e.cause : undefined;
  }
  return undefined;
}

function fail(lines: string[]): never {
  console.error('');
  for (const line of lines) console.error(line);
  console.error(
    `\n构建失败：输出目录 ${values.out ?? 'dist'}/ 保持上一次成功构建的内容，未作任何改动。`,
  );
  process.exit(1);
}

await rm(staging, { recursive: true, force: true });
const { build } = await import('astro');
try {
  await build({
    root,
    outDir: staging,
    logLevel: values.quiet ? 'warn' : 'info',
    ...(values.base ? { base: values.base } : {}),
  });
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  const dataError = findDataError(error);
  if (dataError) {
    const errors = dataError.problems.filter((p) => p.severity === 'error');
    fail([`数据有 ${errors.length} 个错误：`, ...errors.map(formatProblem)]);
  }
  fail([`构建出错：${error instanceof Error ? error.message : String(error)}`]);
}

// Swap: the old site stays in place until the new one is complete.
await rm(previous, { recursive: true, force: true });
await mkdir(dirname(out), { recursive: true });
if (existsSync(out)) await rename(out, previous);
await rename(staging, out);
await rm(previous, { recursive: true, force: true });
console.log(`\n构建完成：${values.out ?? 'dist'}/`);
