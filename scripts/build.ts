/**
 * `npm run build`: `astro build`, plus the one thing Astro cannot do for it — keep every line it
 * prints free of ID-card and mobile numbers. The checks and the publishing themselves belong to
 * the build (src/integrations/publish.ts), so `npx astro build` publishes the same checked site.
 *
 *   node scripts/build.ts [--outDir dist | --out dist] [--base /] [--data data]
 *                         [--content content] [--cache dir] [--wait minutes] [--quiet]
 *                         [other astro build flags]
 *
 * --data and --content (scripts/lib/data-options.ts, shared with check-data), --cache and
 * --wait set XF_DATA_DIR, XF_CONTENT_DIR, XF_CACHE_DIR and XF_LOCK_WAIT for Astro; --out is
 * the older name of Astro's --outDir; --quiet is Astro's --silent (errors still print).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { redactLines } from '../src/lib/read/privacy.ts';
import { DATA_OPTIONS, dataEnv, missingFolder } from './lib/data-options.ts';

const { values, tokens } = parseArgs({
  options: {
    out: { type: 'string' },
    outDir: { type: 'string' },
    ...DATA_OPTIONS,
    cache: { type: 'string' },
    wait: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
  strict: false,
  tokens: true,
});

for (const name of ['out', 'outDir', 'cache'] as const) {
  if (values[name] !== undefined && typeof values[name] !== 'string') {
    console.error(missingFolder(name, 'dist'));
    process.exit(2);
  }
}
if (values.wait !== undefined && typeof values.wait !== 'string') {
  console.error('--wait 后面需要一个分钟数，例如 --wait 10');
  process.exit(2);
}

const root = process.cwd();
let env: NodeJS.ProcessEnv;
try {
  env = dataEnv(values, { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, root);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
if (typeof values.cache === 'string') env['XF_CACHE_DIR'] = resolve(root, values.cache);
if (typeof values.wait === 'string') env['XF_LOCK_WAIT'] = values.wait;

// Every other flag (--base, --force, --verbose, …) goes to Astro as written.
const ours = new Set(['out', 'outDir', 'data', 'content', 'cache', 'wait', 'quiet']);
const passed: string[] = [];
const argv = process.argv.slice(2);
for (const token of tokens) {
  if (token.kind === 'option' && ours.has(token.name)) continue;
  if (token.kind === 'option') {
    passed.push(argv[token.index] ?? '');
    if (token.value !== undefined && token.inlineValue === false) passed.push(token.value);
  } else if (token.kind === 'positional') passed.push(token.value);
}
const out = values.outDir ?? values.out;
if (typeof out === 'string') passed.push('--outDir', out);
if (values.quiet) passed.push('--silent');

const astro = join(
  dirname(createRequire(import.meta.url).resolve('astro/package.json')),
  'bin',
  'astro.mjs',
);
const child = spawn(process.execPath, [astro, 'build', ...passed], {
  env,
  stdio: ['inherit', 'pipe', 'pipe'],
});

/**
 * Line by line, so that a number split across two chunks is still seen whole: nothing printed
 * repeats an ID-card or mobile number, our messages (which never quote such cells) or an Astro
 * or MDX error quoting a line of a narrative.
 */
function relay(from: NodeJS.ReadableStream, to: NodeJS.WriteStream): Promise<void> {
  const lines = createInterface({ input: from, crlfDelay: Infinity });
  lines.on('line', (line) => to.write(`${redactLines(line)}\n`));
  return new Promise((done) => lines.once('close', done));
}
const relayed = Promise.all([
  relay(child.stdout, process.stdout),
  relay(child.stderr, process.stderr),
]);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.kill(signal));
}
const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) =>
  child.once('close', (c, s) => done([c, s])),
);
await relayed;
process.exitCode = code ?? (signal ? 1 : 0);
