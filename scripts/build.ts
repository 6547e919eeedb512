/**
 * `npm run build`: builds the site into a staging folder and, only when everything succeeded,
 * swaps it in for the output folder. A failed build prints every problem and leaves the last
 * good site exactly as it was.
 *
 *   node scripts/build.ts [--out dist] [--data data] [--content content] [--base /] [--cache dir]
 */
import { existsSync, rmSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { formatFinding, scanOutput } from '../src/lib/output-scan.ts';
import { mdxCompileProblem } from '../src/lib/content/narrative.ts';
import { DataError, formatProblem } from '../src/lib/problems.ts';
import { redactLines } from '../src/lib/read/privacy.ts';

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
// import.meta.env.BASE_URL and its siblings follow the process environment when it sets them,
// as a test runner does for its own code: the site's base comes from --base (or XF_BASE) only.
delete process.env['BASE_URL'];
delete process.env['MODE'];
delete process.env['DEV'];
delete process.env['PROD'];
delete process.env['SSR'];

/**
 * Nothing the build prints repeats an ID-card or mobile number: not our messages (which never
 * quote such cells), and not an Astro or MDX error quoting a line of a narrative either.
 */
function guard(stream: NodeJS.WriteStream): void {
  const write = stream.write.bind(stream) as (
    chunk: string | Uint8Array,
    ...rest: unknown[]
  ) => boolean;
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) =>
    write(
      redactLines(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')),
      ...rest,
    )) as typeof stream.write;
}
guard(process.stdout);
guard(process.stderr);

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

/** Findings printed in full; past that, a count (one leaking template can touch every page). */
const MAX_FINDINGS = 100;

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

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
// Astro keeps its intermediate server build in the output folder when that lies inside the
// working directory, and otherwise in <cwd>/.astro/, which concurrent builds into other folders
// (tests, benchmarks) would share and delete under each other. Such a build works from a folder
// of its own inside the project, where the intermediate build still finds node_modules.
await mkdir(dirname(out), { recursive: true });
const privateCwd = out.startsWith(root + sep)
  ? undefined
  : join(root, '.build', `cwd-${process.pid}`);
if (privateCwd) {
  await mkdir(privateCwd, { recursive: true });
  process.chdir(privateCwd);
  process.on('exit', () => rmSync(privateCwd, { recursive: true, force: true }));
}
const { build } = await import('astro');
try {
  await build({
    root,
    outDir: staging,
    logLevel: values.quiet ? 'warn' : 'info',
    ...(values.base ? { base: values.base } : {}),
    // Pages are rendered a few at a time, so that writing one overlaps rendering the next: a
    // ten-year archive writes over a gigabyte of ledger pages.
    build: { concurrency: 4 },
  });
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  const dataError = findDataError(error);
  if (dataError) {
    const errors = dataError.problems.filter((p) => p.severity === 'error');
    fail([`数据有 ${errors.length} 个错误：`, ...errors.map(formatProblem)]);
  }
  // An MDX error the data step's checks let through: located like them, without a stack.
  const mdx = mdxCompileProblem(error, root);
  if (mdx) fail([`正文有 1 个错误：`, formatProblem(mdx)]);
  const message = error instanceof Error ? error.message : String(error);
  fail([
    `构建出错：${message
      .split('\n')
      .filter((l) => !/^\s+at /.test(l))
      .join('\n')}`,
  ]);
}

// The last look before publishing: no ID-card or mobile number anywhere, and no petitioner
// shown by name (src/lib/output-scan.ts). A hit fails the build like a data error.
const started = performance.now();
const findings = await scanOutput(staging);
if (findings.length > 0) {
  await rm(staging, { recursive: true, force: true });
  const shown = findings.slice(0, MAX_FINDINGS).map(formatFinding);
  if (findings.length > MAX_FINDINGS) shown.push(`……另有 ${findings.length - MAX_FINDINGS} 处`);
  fail([`输出检查发现 ${findings.length} 处不得发布的内容：`, ...shown]);
}
if (!values.quiet) {
  console.log(`输出检查通过：无身份证号、手机号或未脱敏的信访人（${seconds(started)} 秒）`);
}

// Swap: the old site stays in place until the new one is complete.
await rm(previous, { recursive: true, force: true });
if (existsSync(out)) await rename(out, previous);
await rename(staging, out);
await rm(previous, { recursive: true, force: true });
console.log(`\n构建完成：${values.out ?? 'dist'}/`);
